/**
 * The statuses of a plan objective, the words people see for them (in the app and in the exported plan), and which
 * status may follow which. One source of truth for the services, the renderer and the exports.
 */
export const planStatuses = ['on-track', 'at-risk', 'off-track', 'done', 'dropped'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** Still being worked on: these can be at risk or overdue. */
export const activePlanStatuses = ['on-track', 'at-risk', 'off-track'] as const satisfies readonly PlanStatus[];

export const planStatusLabels: Record<PlanStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  done: 'Done',
  dropped: 'Dropped',
};

export function isActivePlanStatus(status: PlanStatus): boolean {
  return (activePlanStatuses as readonly PlanStatus[]).includes(status);
}

/**
 * An active objective may move to any status. A done objective can be reopened (back to an active status) but not
 * dropped, and a dropped one can be taken up again but not marked done: each of those is two decisions, so it is
 * taken in two steps, each with its own dated update.
 */
export function canMovePlanStatus(from: PlanStatus, to: PlanStatus): boolean {
  if (from === to || isActivePlanStatus(from)) return true;
  return isActivePlanStatus(to);
}

/** Why a move is refused, in words for the person who tried it; null when it is allowed. */
export function planStatusMoveProblem(from: PlanStatus, to: PlanStatus): string | null {
  if (canMovePlanStatus(from, to)) return null;
  return from === 'done'
    ? 'A done objective cannot be dropped directly. Reopen it first (on track, at risk or off track), then drop it.'
    : 'A dropped objective cannot be marked done directly. Take it up again first (on track, at risk or off track), then mark it done.';
}

export const planProgressModes = ['manual', 'linked-actions', 'figures'] as const;
export type PlanProgressMode = (typeof planProgressModes)[number];

export const planProgressModeLabels: Record<PlanProgressMode, string> = {
  manual: 'Entered by hand',
  'linked-actions': 'Follows linked action items',
  figures: 'Follows the figures',
};

/**
 * What an objective following a catalogue measure counts: the coalition's total for the latest period with figures
 * ("youth identified per quarter"), or the sum over the year ("people trained this year").
 */
export const figureSpans = ['latest-period', 'year'] as const;
export type FigureSpan = (typeof figureSpans)[number];

export const figureSpanLabels: Record<FigureSpan, string> = {
  'latest-period': 'The latest period with figures',
  year: 'The sum over the year',
};
