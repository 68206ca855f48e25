import { uuidv7 } from 'uuidv7';
import type { AgendaItem, ChannelParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import {
  agendaItemReferences,
  appendAgendaItems,
  deleteAgendaItem,
  findAgendaItem,
  listAgenda,
  setAgendaItemStatus,
  setAgendaPositions,
  updateAgendaItemFields,
} from '../db/agendaItemRepository';
import { findRunState, setCurrentItem } from '../db/meetingRepository';
import type { Db } from '../db/openDatabase';
import { changedFields } from './directoryAudit';
import { recordMeetingChange } from './meetingAudit';
import { assertMeetingEditable } from './meetingEditability';
import { assertAvailable } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound } from './workspaceTransaction';

export function requireAgendaItem(db: Db, id: string): AgendaItem {
  return requireFound(findAgendaItem(db, id), 'agenda item');
}

/** An agenda change is a change of the meeting's record: allowed only while the meeting is editable. */
function editableItem(db: Db, id: string): AgendaItem {
  const item = requireAgendaItem(db, id);
  assertMeetingEditable(db, item.meetingId);
  return item;
}

export function addAgendaItem(context: ServiceContext, input: ChannelParsedInput<'agenda.addItem'>): AgendaItem {
  return inWorkspaceTransaction(context, (db, at) => {
    assertMeetingEditable(db, input.meetingId);
    assertAvailable(db, 'members', 'presenterId', input.presenterId);
    const id = uuidv7();
    appendAgendaItems(db, [id], [{ ...input, role: 'regular', carriedOverFromItemId: null, approvesMeetingId: null }], at);
    recordMeetingChange(context, db, at, { id: input.meetingId, action: 'agenda item added', changes: { itemId: id, title: input.title } });
    return requireAgendaItem(db, id);
  });
}

export function updateAgendaItem(context: ServiceContext, input: ChannelParsedInput<'agenda.updateItem'>): AgendaItem {
  const { id, ...fields } = input;
  return inWorkspaceTransaction(context, (db, at) => {
    const before = editableItem(db, id);
    assertAvailable(db, 'members', 'presenterId', fields.presenterId, [before.presenterId]);
    updateAgendaItemFields(db, id, fields, at);
    const { title, type, presenterId, timeboxMinutes, description } = before;
    const changes = changedFields({ title, type, presenterId, timeboxMinutes, description }, fields);
    recordMeetingChange(context, db, at, { id: before.meetingId, action: 'agenda item updated', changes: { itemId: id, ...changes } });
    return requireAgendaItem(db, id);
  });
}

/**
 * Removes an item and closes the gap in the numbering. An item that decisions, action items or a later
 * meeting's carried-over copy point at stays: its record would lose its context.
 */
export function removeAgendaItem(context: ServiceContext, { id }: { id: string }): { done: true } {
  return inWorkspaceTransaction(context, (db, at) => {
    const item = editableItem(db, id);
    const references = agendaItemReferences(db, id);
    if (references.decisions > 0) throw new AppError('CONFLICT', `"${item.title}" has decisions recorded on it. Remove or move those decisions first.`);
    if (references.actionItems > 0) throw new AppError('CONFLICT', `Action items came from "${item.title}", so it stays on the agenda. Mark it done instead.`);
    if (references.carriedTo > 0) throw new AppError('CONFLICT', `"${item.title}" was carried over to a later meeting, so it stays on this agenda.`);
    if (findRunState(db, item.meetingId)?.id === id) setCurrentItem(db, item.meetingId, null, at);
    deleteAgendaItem(db, id);
    setAgendaPositions(db, listAgenda(db, item.meetingId).map((each) => each.id));
    recordMeetingChange(context, db, at, { id: item.meetingId, action: 'agenda item removed', changes: { itemId: id, title: item.title } });
    return { done: true as const };
  });
}

/** The full new order: exactly the meeting's items, each once. */
export function reorderAgenda(context: ServiceContext, input: { meetingId: string; itemIds: string[] }): AgendaItem[] {
  return inWorkspaceTransaction(context, (db, at) => {
    assertMeetingEditable(db, input.meetingId);
    const current = listAgenda(db, input.meetingId).map((item) => item.id);
    const given = new Set(input.itemIds);
    if (given.size !== input.itemIds.length || given.size !== current.length || current.some((id) => !given.has(id))) {
      const message = 'The new order must list every item of this agenda exactly once. The agenda may have changed meanwhile: reload and try again.';
      throw new AppError('VALIDATION', message, { fieldErrors: { itemIds: [message] } });
    }
    setAgendaPositions(db, input.itemIds);
    recordMeetingChange(context, db, at, { id: input.meetingId, action: 'agenda reordered', changes: { from: current, to: input.itemIds } });
    return listAgenda(db, input.meetingId);
  });
}

export function setAgendaItemDone(context: ServiceContext, input: { id: string; status: AgendaItem['status'] }): AgendaItem {
  return inWorkspaceTransaction(context, (db, at) => {
    const item = editableItem(db, input.id);
    if (item.status === input.status) return item;
    setAgendaItemStatus(db, input.id, input.status, at);
    recordMeetingChange(context, db, at, { id: item.meetingId, action: input.status === 'done' ? 'agenda item done' : 'agenda item reopened', changes: { itemId: item.id, title: item.title } });
    return requireAgendaItem(db, input.id);
  });
}
