import type { MeetingStatus } from '../../shared/contract';

/** How a status reads inside a sentence: `"Board meeting" is in minutes draft.` */
export const statusInSentence: Record<MeetingStatus, string> = {
  planned: 'planned',
  'in-progress': 'in progress',
  'minutes-draft': 'in minutes draft',
  approved: 'approved',
  cancelled: 'cancelled',
};
