import type { ActionStatus } from '../../shared/contract';
import type { SampleAction } from './sampleMeetingScript';

/**
 * How an action item of the script got to where it stands today: each step is a dated status update, given
 * either at the review of open action items of the next meeting (then part of its minutes) or on a day after
 * the meeting it came from.
 */
export interface StatusStep {
  to: ActionStatus;
  note: string;
  when: 'next-meeting' | { daysAfter: number };
}

export function statusSteps(action: SampleAction): StatusStep[] {
  const update = action.update ?? '';
  switch (action.status) {
    case 'open':
      return [];
    case 'in-progress':
      return [{ to: 'in-progress', note: update, when: 'next-meeting' }];
    case 'blocked':
      return [
        { to: 'in-progress', note: '', when: { daysAfter: 3 } },
        { to: 'blocked', note: update, when: 'next-meeting' },
      ];
    case 'cancelled':
      return [{ to: 'cancelled', note: update, when: 'next-meeting' }];
    case 'done':
      return [
        { to: 'in-progress', note: '', when: { daysAfter: 2 } },
        { to: 'done', note: update, when: { daysAfter: Math.max(3, action.dueInDays - 2) } },
      ];
  }
}
