import type { MeetingStatus } from '../../../../shared/contract';

export type LifecycleAction = 'start' | 'run' | 'finish' | 'resume' | 'approve' | 'cancel' | 'amend' | 'finishAmendment';

/** The steps a meeting can take from where it is: planned -> in progress -> minutes draft -> approved; or cancelled. */
export function lifecycleActionsFor(status: MeetingStatus, amending: boolean): LifecycleAction[] {
  switch (status) {
    case 'planned':
      return ['start', 'cancel'];
    case 'in-progress':
      return ['run', 'finish'];
    case 'minutes-draft':
      return ['approve', 'resume'];
    case 'approved':
      return amending ? ['finishAmendment'] : ['amend'];
    case 'cancelled':
      return [];
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Starting more than a day before or after the planned time is probably the wrong meeting: the app asks first. */
export function startsFarFromNow(startsAtUtc: string, now: Date): boolean {
  const planned = Date.parse(startsAtUtc);
  return !Number.isNaN(planned) && Math.abs(planned - now.getTime()) > DAY_MS;
}
