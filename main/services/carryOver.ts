import { uuidv7 } from 'uuidv7';
import { appendAgendaItems, itemsToCarry, listAgenda, setAgendaPositions } from '../db/agendaItemRepository';
import type { Db } from '../db/openDatabase';
import { placeAfterStandardItems } from '../meetings/carryOverOrder';
import { auditMeetingChange } from './meetingAudit';
import type { ServiceContext } from './serviceContext';

/**
 * Copies the unfinished regular items of a finished meeting to the next one (notes stay behind). An item is
 * carried once: the copy remembers its origin, and a unique index refuses a second copy.
 */
export function carryOpenItems(context: ServiceContext, db: Db, at: string, fromMeetingId: string, toMeetingId: string): number {
  const items = itemsToCarry(db, fromMeetingId);
  if (items.length === 0) return 0;
  const ids = items.map(() => uuidv7());
  appendAgendaItems(
    db,
    ids,
    items.map((item) => ({
      meetingId: toMeetingId,
      title: item.title,
      type: item.type,
      presenterId: item.presenterId,
      timeboxMinutes: item.timeboxMinutes,
      description: item.description,
      role: 'regular',
      carriedOverFromItemId: item.id,
      approvesMeetingId: null,
    })),
    at,
  );
  setAgendaPositions(db, placeAfterStandardItems(listAgenda(db, toMeetingId), new Set(ids)));
  auditMeetingChange(context, db, at, { id: toMeetingId, action: 'items carried over', changes: { fromMeetingId, items: items.map((item) => item.title) } });
  return items.length;
}
