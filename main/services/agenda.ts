import { uuidv7 } from 'uuidv7';
import type { AgendaItem, ChannelParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import {
  addAgendaItems,
  agendaItemReferences,
  deleteAgendaItem,
  findAgendaItem,
  orderAgenda,
  readAgenda,
  setAgendaItemStatus,
  updateAgendaItemFields,
} from '../db/agendaItemRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { readRunState, storeCurrentItem } from '../db/meetingRepository';
import { changedFields } from './directoryAudit';
import { recordMeetingChange } from './meetingAudit';
import { requireEditable } from './meetingEditability';
import { requireAvailable } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound } from './workspaceTransaction';

export async function requireAgendaItem(db: StorageExecutor, id: string): Promise<AgendaItem> {
  return requireFound(await findAgendaItem(db, id), 'agenda item');
}

/** An agenda change is a change of the meeting's record: allowed only while the meeting is editable. */
async function editableItem(db: StorageExecutor, id: string): Promise<AgendaItem> {
  const item = await requireAgendaItem(db, id);
  await requireEditable(db, item.meetingId);
  return item;
}

export function addAgendaItem(context: ServiceContext, input: ChannelParsedInput<'agenda.addItem'>): Promise<AgendaItem> {
  return inTransaction(context, async (trx, at) => {
    await requireEditable(trx, input.meetingId);
    await requireAvailable(trx, 'members', 'presenterId', input.presenterId);
    const id = uuidv7();
    await addAgendaItems(trx, [id], [{ ...input, role: 'regular', carriedOverFromItemId: null, approvesMeetingId: null }], at);
    await recordMeetingChange(context, trx, at, { id: input.meetingId, action: 'agenda item added', changes: { itemId: id, title: input.title } });
    return requireAgendaItem(trx, id);
  });
}

export function updateAgendaItem(context: ServiceContext, input: ChannelParsedInput<'agenda.updateItem'>): Promise<AgendaItem> {
  const { id, ...fields } = input;
  return inTransaction(context, async (trx, at) => {
    const before = await editableItem(trx, id);
    await requireAvailable(trx, 'members', 'presenterId', fields.presenterId, [before.presenterId]);
    await updateAgendaItemFields(trx, id, fields, at);
    const { title, type, presenterId, timeboxMinutes, description } = before;
    const changes = changedFields({ title, type, presenterId, timeboxMinutes, description }, fields);
    await recordMeetingChange(context, trx, at, { id: before.meetingId, action: 'agenda item updated', changes: { itemId: id, ...changes } });
    return requireAgendaItem(trx, id);
  });
}

/**
 * Removes an item and closes the gap in the numbering. An item that decisions, action items or a later
 * meeting's carried-over copy point at stays: its record would lose its context.
 */
export function removeAgendaItem(context: ServiceContext, { id }: { id: string }): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    const item = await editableItem(trx, id);
    const references = await agendaItemReferences(trx, id);
    if (references.decisions > 0) throw new AppError('CONFLICT', `"${item.title}" has decisions recorded on it. Remove or move those decisions first.`);
    if (references.actionItems > 0) throw new AppError('CONFLICT', `Action items came from "${item.title}", so it stays on the agenda. Mark it done instead.`);
    if (references.planUpdates > 0)
      throw new AppError('CONFLICT', `Plan progress updates were recorded during "${item.title}", so it stays on the agenda. Mark it done instead.`);
    if (references.carriedTo > 0) throw new AppError('CONFLICT', `"${item.title}" was carried over to a later meeting, so it stays on this agenda.`);
    if ((await readRunState(trx, item.meetingId))?.id === id) await storeCurrentItem(trx, item.meetingId, null, at);
    await deleteAgendaItem(trx, id);
    await orderAgenda(
      trx,
      (await readAgenda(trx, item.meetingId)).map((each) => each.id),
    );
    await recordMeetingChange(context, trx, at, { id: item.meetingId, action: 'agenda item removed', changes: { itemId: id, title: item.title } });
    return { done: true as const };
  });
}

/** The full new order: exactly the meeting's items, each once. */
export function reorderAgenda(context: ServiceContext, input: { meetingId: string; itemIds: string[] }): Promise<AgendaItem[]> {
  return inTransaction(context, async (trx, at) => {
    await requireEditable(trx, input.meetingId);
    const current = (await readAgenda(trx, input.meetingId)).map((item) => item.id);
    const given = new Set(input.itemIds);
    if (given.size !== input.itemIds.length || given.size !== current.length || current.some((id) => !given.has(id))) {
      const message = 'The new order must list every item of this agenda exactly once. The agenda may have changed meanwhile: reload and try again.';
      throw new AppError('VALIDATION', message, { fieldErrors: { itemIds: [message] } });
    }
    await orderAgenda(trx, input.itemIds);
    await recordMeetingChange(context, trx, at, { id: input.meetingId, action: 'agenda reordered', changes: { from: current, to: input.itemIds } });
    return readAgenda(trx, input.meetingId);
  });
}

export function setAgendaItemDone(context: ServiceContext, input: { id: string; status: AgendaItem['status'] }): Promise<AgendaItem> {
  return inTransaction(context, async (trx, at) => {
    const item = await editableItem(trx, input.id);
    if (item.status === input.status) return item;
    await setAgendaItemStatus(trx, input.id, input.status, at);
    await recordMeetingChange(context, trx, at, {
      id: item.meetingId,
      action: input.status === 'done' ? 'agenda item done' : 'agenda item reopened',
      changes: { itemId: item.id, title: item.title },
    });
    return requireAgendaItem(trx, input.id);
  });
}
