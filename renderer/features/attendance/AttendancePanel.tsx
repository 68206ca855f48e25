import type { MeetingDetail } from '../../../shared/contract';

/** Placeholder until this panel lands. */
export function AttendancePanel(_props: { detail: MeetingDetail }) {
  return null;
}
