import type { MeetingSummary } from '../../../shared/contract';

const MINUTE_MS = 60_000;

/** The meeting running now, or else the first planned one that has not yet ended. */
export function nextMeetingOf(meetings: readonly MeetingSummary[], now: Date): MeetingSummary | null {
  const running = meetings.find((meeting) => meeting.status === 'in-progress');
  if (running) return running;
  const upcoming = meetings
    .filter((meeting) => meeting.status === 'planned' && Date.parse(meeting.startsAtUtc) + meeting.durationMinutes * MINUTE_MS > now.getTime())
    .sort((a, b) => a.startsAtUtc.localeCompare(b.startsAtUtc));
  return upcoming[0] ?? null;
}
