import { actionGroupings, actionStatuses, unfinishedActionStatuses, type ActionStatus, type ChannelInput } from '../../../shared/contract';
import { sectorIds, type SectorId } from '../../../shared/stakeholderSectors';
import { actionItemsPath } from '../../components/meetings/meetingPaths';

export type ActionGrouping = (typeof actionGroupings)[number];
type ActionQuery = ChannelInput<'actions.query'>;
export type ActionSort = NonNullable<ActionQuery['sort']>;

/**
 * What the action items page shows, as the URL carries it (`/actions?status=open,blocked&owner=…`), so the
 * dashboard and the due notice can link to a filtered view and Back returns to it.
 */
export interface ActionView {
  statuses: ActionStatus[];
  ownerId: string | null;
  organizationId: string | null;
  sector: SectorId | null;
  workgroupId: string | null;
  sourceMeetingId: string | null;
  overdue: boolean;
  dueThisWeek: boolean;
  text: string;
  groupBy: ActionGrouping;
  /** The person's own items on top ("My items"); needs their member chosen. */
  mineFirst: boolean;
}

export const allActionItems: ActionView = {
  statuses: [],
  ownerId: null,
  organizationId: null,
  sector: null,
  workgroupId: null,
  sourceMeetingId: null,
  overdue: false,
  dueThisWeek: false,
  text: '',
  groupBy: 'none',
  mineFirst: false,
};

/** Items someone still has to act on. */
export const unfinishedItems: Partial<ActionView> = { statuses: [...unfinishedActionStatuses] };

const idParams = { ownerId: 'owner', organizationId: 'organization', workgroupId: 'workgroup', sourceMeetingId: 'meeting' } as const;
const flagParams = { overdue: 'overdue', dueThisWeek: 'week', mineFirst: 'mine' } as const;

function oneOf<V extends string>(values: readonly V[], value: string | null): V | null {
  return values.find((candidate) => candidate === value) ?? null;
}

export function viewFromParams(params: URLSearchParams): ActionView {
  const statuses = params
    .getAll('status')
    .flatMap((value) => value.split(','))
    .map((value) => oneOf(actionStatuses, value))
    .filter((status): status is ActionStatus => status !== null);
  const view: ActionView = {
    ...allActionItems,
    statuses: [...new Set(statuses)],
    sector: oneOf(sectorIds, params.get('sector')),
    text: params.get('q') ?? '',
    groupBy: oneOf(actionGroupings, params.get('group')) ?? 'none',
  };
  for (const [key, param] of Object.entries(idParams) as [keyof typeof idParams, string][]) view[key] = params.get(param) || null;
  for (const [key, param] of Object.entries(flagParams) as [keyof typeof flagParams, string][]) view[key] = params.get(param) === '1';
  return view;
}

export function paramsFromView(view: Partial<ActionView>): URLSearchParams {
  const params = new URLSearchParams();
  if (view.statuses?.length) params.set('status', view.statuses.join(','));
  for (const [key, param] of Object.entries(idParams) as [keyof typeof idParams, string][]) {
    const id = view[key];
    if (id) params.set(param, id);
  }
  if (view.sector) params.set('sector', view.sector);
  for (const [key, param] of Object.entries(flagParams) as [keyof typeof flagParams, string][]) {
    if (view[key]) params.set(param, '1');
  }
  if (view.text?.trim()) params.set('q', view.text);
  if (view.groupBy && view.groupBy !== 'none') params.set('group', view.groupBy);
  return params;
}

/** A link to the action items page showing just these items. */
export function actionItemsViewPath(view: Partial<ActionView>): string {
  const search = paramsFromView(view).toString();
  return search ? `${actionItemsPath}?${search}` : actionItemsPath;
}

/** True when the view leaves some items out (grouping and ordering leave everything in). */
export function isFiltered(view: ActionView): boolean {
  return paramsFromView({ ...view, groupBy: 'none', mineFirst: false }).toString() !== '';
}

/** How many filters besides the search text are set, for a collapsed filter bar. */
export function chosenFilterCount(view: ActionView): number {
  return [...paramsFromView({ ...view, text: '', groupBy: 'none', mineFirst: false }).keys()].length;
}

export function withoutFilters(view: ActionView): ActionView {
  return { ...allActionItems, groupBy: view.groupBy, mineFirst: view.mineFirst };
}

export const PAGE_SIZE = 100;

/**
 * The `actions.query` input for one page of a view. `after` is where the page starts (the previous page's `next`):
 * then the host reads on from there in index order; without it (a grouped list), by offset.
 */
export function queryOfView(view: ActionView, options: { myMemberId: string | null; sort: ActionSort; page: number; after?: string | null }): ActionQuery {
  const { mineFirst, text, ...filters } = view;
  return {
    ...filters,
    text: text.trim(),
    mineFirst: mineFirst ? options.myMemberId : null,
    sort: options.sort,
    offset: options.page * PAGE_SIZE,
    limit: PAGE_SIZE,
    ...(options.after ? { after: options.after } : {}),
  };
}

/** Pages of one list seen so far: the page shown, and where each page after the first starts. */
export interface ListPaging {
  page: number;
  /** `starts[n]` is the `after` of page n (none for the first). */
  starts: readonly (string | null)[];
}

export const firstPage: ListPaging = { page: 0, starts: [null] };

/** Moving to `page`: one step forward keeps the cursor the shown page gave; any other move keeps what is known. */
export function pagingTo(paging: ListPaging, page: number, next: string | null | undefined): ListPaging {
  if (page === paging.page + 1 && next && paging.starts.length <= page) return { page, starts: [...paging.starts, next] };
  return { ...paging, page };
}
