import { uuidv7 } from 'uuidv7';
import type { ActionItem, ChannelOutput, ChannelParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { queryActionItems, tallyByOrganization, tallyDue } from '../db/actionItemQuery';
import {
  type DueDates,
  type OwnerCandidate,
  findActionItem,
  findAgendaItemMeeting,
  findOwnerCandidate,
  insertActionItems,
  listActionUpdates,
  readStatuses,
  statusWriter,
  updateActionItem,
} from '../db/actionItemRepository';
import { recordAudit } from '../db/auditRepository';
import { findMeetingState } from '../db/meetingRepository';
import type { Db } from '../db/openDatabase';
import { dueDatesNow } from './actionItemsDueDates';
import { changedFields, initialFields } from './directoryAudit';
import { assertMeetingEditable } from './meetingEditability';
import { assertAvailable, referenceError } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound, workspaceDb } from './workspaceTransaction';

/**
 * Action items: who does what by when. The owner is an active member (their organization and sector follow
 * them); an item created at a meeting needs that meeting's record to be open for changes; every status change
 * is a dated update in the item's history, and one given at a meeting is part of that meeting's minutes.
 */
export function queryActions(context: ServiceContext, input: ChannelParsedInput<'actions.query'>): ChannelOutput<'actions.query'> {
  const db = workspaceDb(context);
  return queryActionItems(db, input, dueDatesNow(db, context.now()));
}

export function getAction(context: ServiceContext, { id }: { id: string }): ChannelOutput<'actions.get'> {
  const db = workspaceDb(context);
  return { item: requireItem(db, id, dueDatesNow(db, context.now())), updates: listActionUpdates(db, id) };
}

export function countActions(context: ServiceContext): ChannelOutput<'actions.counts'> {
  const db = workspaceDb(context);
  const due = dueDatesNow(db, context.now());
  return { ...tallyDue(db, due), byOrganization: tallyByOrganization(db, due) };
}

export function createAction(context: ServiceContext, input: ChannelParsedInput<'actions.create'>): ActionItem {
  return inWorkspaceTransaction(context, (db, at) => {
    const due = dueDatesNow(db, new Date(at));
    const owner = requireAvailableOwner(db, input.ownerId, null);
    const source = requireEditableSource(db, input.sourceMeetingId, input.sourceAgendaItemId);
    const id = uuidv7();
    const { status, ...fields } = input;
    insertActionItems(db, [{ ...fields, ...source, id, status, completedOn: status === 'done' ? due.today : null }], context.profile, at);
    auditAction(context, db, at, id, 'created', initialFields(audited({ ...input, ...source }, owner)));
    return requireItem(db, id, due);
  });
}

/** Title, details, owner, due date and priority. An item keeps an owner who was archived since; a new owner must be active. */
export function updateAction(context: ServiceContext, input: ChannelParsedInput<'actions.update'>): ActionItem {
  const { id, ...fields } = input;
  return inWorkspaceTransaction(context, (db, at) => {
    const due = dueDatesNow(db, new Date(at));
    const before = requireItem(db, id, due);
    const owner = requireAvailableOwner(db, fields.ownerId, before.ownerId);
    const changes = changedFields(audited(before, ownerOf(before)), audited(fields, owner));
    if (Object.keys(changes).length === 0) return before;
    updateActionItem(db, id, fields, at);
    auditAction(context, db, at, id, 'updated', changes);
    return requireItem(db, id, due);
  });
}

/** Moves an item to a status with a dated update; the same status with a note records the note. */
export function setActionStatus(context: ServiceContext, input: ChannelParsedInput<'actions.setStatus'>): ActionItem {
  return inWorkspaceTransaction(context, (db, at) => {
    const due = dueDatesNow(db, new Date(at));
    const before = requireItem(db, input.id, due);
    if (input.meetingId) assertMeetingEditable(db, input.meetingId);
    if (before.status === input.status && input.note === '') return before;
    statusWriter(db)(before, { to: input.status, note: input.note, meetingId: input.meetingId, profile: context.profile, at, today: due.today });
    const changes = { status: { from: before.status, to: input.status }, ...(input.note ? { note: input.note } : {}), ...(input.meetingId ? { meetingId: input.meetingId } : {}) };
    auditAction(context, db, at, input.id, 'status updated', changes);
    return requireItem(db, input.id, due);
  });
}

/** One status for many items in one transaction; items already in that status are left alone and not counted. */
export function bulkSetActionStatus(context: ServiceContext, input: ChannelParsedInput<'actions.bulkSetStatus'>): { changed: number } {
  return inWorkspaceTransaction(context, (db, at) => {
    const ids = [...new Set(input.ids)];
    const items = readStatuses(db, ids);
    const missing = ids.length - items.length;
    if (missing > 0) {
      throw new AppError('NOT_FOUND', `${missing === 1 ? 'One of the chosen action items no longer exists' : `${missing} of the chosen action items no longer exist`}. Reload the list and try again; nothing was changed.`);
    }
    const changing = items.filter((item) => item.status !== input.status);
    const write = statusWriter(db);
    const change = { to: input.status, note: input.note, meetingId: null, profile: context.profile, at, today: dueDatesNow(db, new Date(at)).today };
    for (const item of changing) write(item, change);
    if (changing.length > 0) {
      recordAudit(db, { profile: context.profile, entity: 'action-item', entityId: null, action: 'status updated in bulk', changes: { status: input.status, count: changing.length, ...(input.note ? { note: input.note } : {}) } }, at);
    }
    return { changed: changing.length };
  });
}

function requireItem(db: Db, id: string, due: DueDates): ActionItem {
  return requireFound(findActionItem(db, id, due), 'action item');
}

/** A new owner is an active member of the roster; the one the item already has (`keep`) may stay when archived since. */
function requireAvailableOwner(db: Db, ownerId: string | null, keep: string | null): OwnerCandidate | null {
  if (ownerId === null) return null;
  assertAvailable(db, 'members', 'ownerId', ownerId, [keep]);
  return requireFound(findOwnerCandidate(db, ownerId), 'member');
}

/**
 * The agenda item must be on the meeting's agenda (the meeting follows from it when not given): a reference the
 * form got wrong is VALIDATION on its field. The meeting's record must be open for changes (CONFLICT otherwise).
 */
function requireEditableSource(db: Db, meetingId: string | null, agendaItemId: string | null): { sourceMeetingId: string | null; sourceAgendaItemId: string | null } {
  let sourceMeetingId = meetingId;
  if (meetingId && !findMeetingState(db, meetingId)) throw referenceError('sourceMeetingId', 'That meeting no longer exists. Reload and choose another.');
  if (agendaItemId) {
    const agendaItem = findAgendaItemMeeting(db, agendaItemId);
    if (!agendaItem) throw referenceError('sourceAgendaItemId', 'That agenda item no longer exists. Reload and choose another.');
    if (meetingId && agendaItem.meetingId !== meetingId) {
      throw referenceError('sourceAgendaItemId', `"${agendaItem.title}" is on another meeting's agenda. Choose an agenda item of this meeting.`);
    }
    sourceMeetingId = agendaItem.meetingId;
  }
  if (sourceMeetingId) assertMeetingEditable(db, sourceMeetingId);
  return { sourceMeetingId, sourceAgendaItemId: agendaItemId };
}

const ownerOf = (item: ActionItem): Pick<OwnerCandidate, 'shownName'> | null => (item.ownerId ? { shownName: item.ownerName ?? '' } : null);

/** What the audit log records of an item: the owner by shown name (a protected owner by display name only), never by identity. */
function audited(fields: { title: string; details: string; ownerId: string | null; dueOn: string | null; priority: string; sourceMeetingId?: string | null; sourceAgendaItemId?: string | null; status?: string }, owner: Pick<OwnerCandidate, 'shownName'> | null) {
  const { title, details, ownerId, dueOn, priority, status, sourceMeetingId, sourceAgendaItemId } = fields;
  const extra = status === undefined ? {} : { status, sourceMeetingId, sourceAgendaItemId };
  return { title, details, ownerId, owner: owner?.shownName ?? null, dueOn, priority, ...extra };
}

function auditAction(context: ServiceContext, db: Db, at: string, id: string, action: string, changes: Record<string, unknown>): void {
  recordAudit(db, { profile: context.profile, entity: 'action-item', entityId: id, action, changes }, at);
}
