import { uuidv7 } from 'uuidv7';
import { addAgendaItems, markContinuation, orderAgenda, readAgenda, readItemsToCarry } from '../db/agendaItemRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { placeAfterStandardItems } from '../meetings/carryOverOrder';
import { writeMeetingHistory } from './meetingAudit';
import type { ServiceContext } from './serviceContext';

const sameTitle = (title: string) => title.trim().toLocaleLowerCase();

/**
 * Copies the unfinished regular items of a finished meeting to the next one (notes stay behind), in the caller's
 * transaction on either engine. An item is carried once: the copy remembers its origin, and a unique index refuses
 * a second copy. When the next agenda already has an open item of the same title (a recurring item from the
 * series' template), that item becomes the continuation instead of a second copy beside it.
 */
export async function carryOpenItems(context: ServiceContext, db: StorageExecutor, at: string, fromMeetingId: string, toMeetingId: string): Promise<number> {
  const unfinished = await readItemsToCarry(db, fromMeetingId);
  if (unfinished.length === 0) return 0;
  const waiting = new Map(
    (await readAgenda(db, toMeetingId))
      .filter((item) => item.role === 'regular' && item.status === 'open' && item.carriedOverFrom === null)
      .map((item) => [sameTitle(item.title), item.id]),
  );
  const items = [];
  for (const item of unfinished) {
    const already = waiting.get(sameTitle(item.title));
    if (already === undefined) {
      items.push(item);
      continue;
    }
    waiting.delete(sameTitle(item.title));
    await markContinuation(db, already, item.id, at);
  }
  await writeMeetingHistory(context, db, at, {
    id: toMeetingId,
    action: 'items carried over',
    changes: { fromMeetingId, items: unfinished.map((item) => item.title) },
  });
  if (items.length === 0) return unfinished.length;
  const ids = items.map(() => uuidv7());
  await addAgendaItems(
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
  await orderAgenda(db, placeAfterStandardItems(await readAgenda(db, toMeetingId), new Set(ids)));
  return unfinished.length;
}
