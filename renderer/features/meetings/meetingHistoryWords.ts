import type { z } from 'zod';
import type { historyEntrySchema } from '../../../shared/contract';
import { attendanceStatusLabels } from '../attendance/attendanceLabels';
import { meetingHistoryActions } from './meetingLabels';

type HistoryEntry = z.infer<typeof historyEntrySchema>;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** The one thing a meeting change was about, in the words the app shows: an item's title, a person, a decision. */
function subjectOf(entry: HistoryEntry): string | null {
  const { changes } = entry;
  if (entry.action === 'attendance marked') {
    const to = (changes.status as { to?: unknown } | undefined)?.to;
    const mark =
      typeof to === 'string' && to in attendanceStatusLabels ? attendanceStatusLabels[to as keyof typeof attendanceStatusLabels].toLowerCase() : null;
    return [text(changes.attendee), mark].filter(Boolean).join(', ') || null;
  }
  if (entry.action === 'substitute set')
    return [text(changes.attendee), text(changes.substitute) && `substitute ${text(changes.substitute)}`].filter(Boolean).join(', ') || null;
  if (entry.action === 'people invited' && typeof changes.added === 'number') return `${changes.added} added`;
  if (entry.action === 'items carried over' && Array.isArray(changes.items)) return changes.items.filter((item) => typeof item === 'string').join('; ') || null;
  return text(changes.title) ?? text(changes.attendee) ?? text(changes.name) ?? text(changes.text);
}

/**
 * A meeting's own change, said in words with what it was about ("Agenda item done: Partner updates"). Changes the
 * shared history list knows ("Edited: Title, Location") pass through untouched.
 */
export function describeMeetingChange(entry: HistoryEntry): HistoryEntry {
  const words = meetingHistoryActions[entry.action];
  if (!words) return entry;
  const subject = subjectOf(entry);
  return { ...entry, action: subject ? `${words}: ${subject}` : words, changes: {} };
}
