import type { MeetingSearchKind } from '../db/meetingSearchRepository';
import type { HitContext } from '../db/meetingHitRepository';
import { type DateStyle, formatDate } from '../../shared/dateFormat';
import { formatMeetingDay } from './meetingTime';

/** "Agenda item · Monthly meeting · Mar 12, 2026": where a search hit lives, in the words and date style the app uses. */
export function hitSubtitle(kind: MeetingSearchKind, context: HitContext | undefined, dateStyle: DateStyle): string {
  const day = context?.meetingStartsAt ? formatMeetingDay(context.meetingStartsAt, dateStyle) : null;
  const meeting = context?.meetingTitle ?? null;
  const parts: Record<MeetingSearchKind, Array<string | null>> = {
    meeting: ['Meeting', day],
    'agenda-item': context?.confidentialNotes ? ['Notes (confidential)', meeting] : ['Agenda item', meeting, day],
    decision: ['Decision', meeting],
    'action-item': [
      'Action item',
      context?.ownerName ?? null,
      context?.dueOn ? `due ${formatDate(context.dueOn, { style: dateStyle, locale: 'en-US' })}` : null,
    ],
  };
  return parts[kind].filter((part): part is string => part !== null && part !== '').join(' · ');
}
