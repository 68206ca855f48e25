/** Action items, preferences and counts as the host would send them, for the action items' component tests. */
import type { ActionItem, ChannelOutput, Preferences } from '../../../shared/contract';
import { anaMunoz, laneChildWelfare } from './directorySamples';

export const planningMeetingId = '0198f2c4-0000-7000-8000-00000000c001';

export function actionItem(overrides: Partial<ActionItem> & { id: string; title: string }): ActionItem {
  return {
    details: '',
    ownerId: anaMunoz.id,
    ownerName: anaMunoz.shownName,
    organizationId: laneChildWelfare.id,
    organizationName: laneChildWelfare.name,
    sector: 'child-welfare',
    dueOn: '2026-03-20',
    priority: 'normal',
    status: 'open',
    sourceMeetingId: planningMeetingId,
    sourceMeetingTitle: 'March coalition meeting',
    sourceMeetingStartsAt: '2026-03-04T14:00',
    sourceAgendaItemId: null,
    sourceAgendaItemTitle: null,
    completedOn: null,
    overdue: false,
    dueSoon: false,
    createdAt: '2026-03-04T15:00:00.000Z',
    updatedAt: '2026-03-04T15:00:00.000Z',
    ...overrides,
  };
}

export const screeningProtocol = actionItem({ id: '0198f2c4-0000-7000-8000-00000000d001', title: 'Draft the screening protocol', overdue: true });
export const shelterList = actionItem({
  id: '0198f2c4-0000-7000-8000-00000000d002',
  title: 'Share the shelter bed list',
  status: 'in-progress',
  dueSoon: true,
});
export const trainingDates = actionItem({
  id: '0198f2c4-0000-7000-8000-00000000d003',
  title: 'Propose training dates',
  ownerId: null,
  ownerName: null,
  organizationId: null,
  organizationName: null,
  sector: null,
});

export function queryResult(rows: ActionItem[], groups: ChannelOutput<'actions.query'>['groups'] = []): ChannelOutput<'actions.query'> {
  return { rows, total: rows.length, groups, next: null };
}

export function preferences(overrides: Partial<Preferences> = {}): Preferences {
  return { quorumRule: { kind: 'share', percent: 50 }, myMemberId: null, timeZone: 'America/Chicago', dateStyle: 'medium', ...overrides };
}
