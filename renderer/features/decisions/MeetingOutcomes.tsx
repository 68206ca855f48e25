import type { MeetingDetail } from '../../../shared/contract';

/** Placeholder until this panel lands: decisions, action items and action updates of one meeting. */
export function MeetingOutcomes(_props: { detail: MeetingDetail }) {
  return null;
}
