import type { MeetingSummary } from '../../../shared/contract';

/** Upcoming: not over yet (or still running), soonest first. Past: everything else, latest first. */
export function splitByTime(meetings: readonly MeetingSummary[], now: Date): { upcoming: MeetingSummary[]; past: MeetingSummary[] } {
  const endsAt = (meeting: MeetingSummary) => new Date(meeting.startsAtUtc).getTime() + meeting.durationMinutes * 60_000;
  const isUpcoming = (meeting: MeetingSummary) => meeting.status === 'in-progress' || endsAt(meeting) >= now.getTime();
  const byStart = (a: MeetingSummary, b: MeetingSummary) => a.startsAtUtc.localeCompare(b.startsAtUtc);
  return {
    upcoming: meetings.filter(isUpcoming).sort(byStart),
    past: meetings.filter((meeting) => !isUpcoming(meeting)).sort((a, b) => byStart(b, a)),
  };
}
