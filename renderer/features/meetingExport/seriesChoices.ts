import type { MeetingSummary } from '../../../shared/contract';
import { formatDate } from '../../format/formatDate';

export interface SeriesChoice {
  seriesId: string;
  /** "Monthly coalition meeting: 12 meetings from Jan 8, 2026" (the date style chosen in Settings) */
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
    .map(({ seriesId, first, count }) => ({
      seriesId,
      label: `${first?.title ?? 'Series'}: ${count} meetings from ${first ? formatDate(first.startsAt.slice(0, 10)) : ''}`,
    }));
}
