import { uuidv7 } from 'uuidv7';
import { appendAgendaItems, itemsToCarry, listAgenda, markCarriedOver, setAgendaPositions } from '../db/agendaItemRepository';
import type { Db } from '../db/openDatabase';
import { placeAfterStandardItems } from '../meetings/carryOverOrder';
import { auditMeetingChange } from './meetingAudit';
import type { ServiceContext } from './serviceContext';

const sameTitle = (title: string) => title.trim().toLocaleLowerCase();

/**
 * Copies the unfinished regular items of a finished meeting to the next one (notes stay behind). An item is
 * carried once: the copy remembers its origin, and a unique index refuses a second copy. When the next agenda
 * already has an open item of the same title (a recurring item from the series' template), that item becomes the
 * continuation instead of a second copy beside it.
 */
export function carryOpenItems(context: ServiceContext, db: Db, at: string, fromMeetingId: string, toMeetingId: string): number {
  const unfinished = itemsToCarry(db, fromMeetingId);
  if (unfinished.length === 0) return 0;
  const waiting = new Map(
    listAgenda(db, toMeetingId)
      .filter((item) => item.role === 'regular' && item.status === 'open' && item.carriedOverFrom === null)
      .map((item) => [sameTitle(item.title), item.id]),
  );
  const items = unfinished.filter((item) => {
    const already = waiting.get(sameTitle(item.title));
    if (already === undefined) return true;
    waiting.delete(sameTitle(item.title));
    markCarriedOver(db, already, item.id, at);
    return false;
  });
  auditMeetingChange(context, db, at, { id: toMeetingId, action: 'items carried over', changes: { fromMeetingId, items: unfinished.map((item) => item.title) } });
  if (items.length === 0) return unfinished.length;
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
  return unfinished.length;
}
