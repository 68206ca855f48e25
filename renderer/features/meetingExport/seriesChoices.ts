import type { MeetingSummary } from '../../../shared/contract';

export interface SeriesChoice {
  seriesId: string;
  /** "Monthly coalition meeting: 12 meetings from 2026-01-08" */
  label: string;
}

/** The series among the meetings, named after their first meeting, in the order they start. */
export function seriesChoices(meetings: readonly MeetingSummary[]): SeriesChoice[] {
  const bySeries = new Map<string, MeetingSummary[]>();
  for (const meeting of meetings) {
    if (meeting.seriesId === null) continue;
    bySeries.set(meeting.seriesId, [...(bySeries.get(meeting.seriesId) ?? []), meeting]);
  }
  return [...bySeries.entries()]
    .map(([seriesId, members]) => {
      const first = [...members].sort((a, b) => (a.seriesIndex ?? 0) - (b.seriesIndex ?? 0))[0];
      return { seriesId, first, count: members.length };
    })
    .sort((a, b) => (a.first?.startsAtUtc ?? '').localeCompare(b.first?.startsAtUtc ?? ''))
    .map(({ seriesId, first, count }) => ({ seriesId, label: `${first?.title ?? 'Series'}: ${count} meetings from ${first?.startsAt.slice(0, 10) ?? ''}` }));
}
