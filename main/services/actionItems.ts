import { uuidv7 } from 'uuidv7';
import type { ActionItem, ChannelOutput, ChannelParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { queryActionItems, tallyByOrganization, tallyDue } from '../db/actionItemQuery';
import {
  type DueDates,
  addActionItem,
  readActionItemRows,
  readActionUpdates,
  readAgendaItemMeeting,
  readOwnerCandidate,
  readStatuses,
  saveActionItemFields,
  writeStatusChanges,
} from '../db/actionItemRepository';
import { appendAudit } from '../db/auditRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { readMeetingState } from '../db/meetingRepository';
import { toActionItem } from './actionItemView';
import { loadDueDates } from './actionItemsDueDates';
import { changedFields, initialFields } from './directoryAudit';
import { requireEditable } from './meetingEditability';
import { referenceError, requireAvailable } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

/**
 * Action items: who does what by when. The owner is an active member (their organization and sector follow
 * them); an item created at a meeting needs that meeting's record to be open for changes; every status change
 * is a dated update in the item's history, and one given at a meeting is part of that meeting's minutes.
 */
export async function queryActions(context: ServiceContext, input: ChannelParsedInput<'actions.query'>): Promise<ChannelOutput<'actions.query'>> {
  const db = storage(context);
  const due = await loadDueDates(db, context.now());
  const page = await queryActionItems(db, input, due);
  return { ...page, rows: page.rows.map((row) => toActionItem(row, due)) };
}

export async function getAction(context: ServiceContext, { id }: { id: string }): Promise<ChannelOutput<'actions.get'>> {
  const db = storage(context);
  const item = await requireItem(db, id, await loadDueDates(db, context.now()));
  return { item, updates: await readActionUpdates(db, id) };
}

export async function countActions(context: ServiceContext): Promise<ChannelOutput<'actions.counts'>> {
  const db = storage(context);
  const due = await loadDueDates(db, context.now());
  const byOrganization = await tallyByOrganization(db, due);
  return {
    ...(await tallyDue(db, due)),
    byOrganization: byOrganization.map((group) => ({ organizationId: group.key, organizationName: group.label, open: group.count, overdue: group.overdue })),
  };
}

export function createAction(context: ServiceContext, input: ChannelParsedInput<'actions.create'>): Promise<ActionItem> {
  return inTransaction(context, async (trx, at) => {
    const due = await loadDueDates(trx, new Date(at));
    const owner = await requireAvailableOwner(trx, input.ownerId, null);
    const source = await requireEditableSource(trx, input.sourceMeetingId, input.sourceAgendaItemId);
    const id = uuidv7();
    const { status, ...fields } = input;
    await addActionItem(trx, { ...fields, ...source, id, status, completedOn: status === 'done' ? due.today : null }, context.profile, at);
    await auditAction(context, trx, at, id, 'created', initialFields(audited({ ...input, ...source }, owner)));
    return requireItem(trx, id, due);
  });
}

/** Title, details, owner, due date and priority. An item keeps an owner who was archived since; a new owner must be active. */
export function updateAction(context: ServiceContext, input: ChannelParsedInput<'actions.update'>): Promise<ActionItem> {
  const { id, ...fields } = input;
  return inTransaction(context, async (trx, at) => {
    const due = await loadDueDates(trx, new Date(at));
    const before = await requireItem(trx, id, due);
    const owner = await requireAvailableOwner(trx, fields.ownerId, before.ownerId);
    const changes = changedFields(audited(before, ownerOf(before)), audited(fields, owner));
    if (Object.keys(changes).length === 0) return before;
    await saveActionItemFields(trx, id, fields, at);
    await auditAction(context, trx, at, id, 'updated', changes);
    return requireItem(trx, id, due);
  });
}

/** Moves an item to a status with a dated update; the same status with a note records the note. */
export function setActionStatus(context: ServiceContext, input: ChannelParsedInput<'actions.setStatus'>): Promise<ActionItem> {
  return inTransaction(context, async (trx, at) => {
    const due = await loadDueDates(trx, new Date(at));
    const before = await requireItem(trx, input.id, due);
    if (input.meetingId) await requireEditable(trx, input.meetingId);
    if (before.status === input.status && input.note === '') return before;
    await writeStatusChanges(trx, [before], { to: input.status, note: input.note, meetingId: input.meetingId, profile: context.profile, at, today: due.today });
    const changes = {
      status: { from: before.status, to: input.status },
      ...(input.note ? { note: input.note } : {}),
      ...(input.meetingId ? { meetingId: input.meetingId } : {}),
    };
    await auditAction(context, trx, at, input.id, 'status updated', changes);
    return requireItem(trx, input.id, due);
  });
}

/** One status for many items in one transaction; items already in that status are left alone and not counted. */
export function bulkSetActionStatus(context: ServiceContext, input: ChannelParsedInput<'actions.bulkSetStatus'>): Promise<{ changed: number }> {
  return inTransaction(context, async (trx, at) => {
    const ids = [...new Set(input.ids)];
    const items = await readStatuses(trx, ids);
    const missing = ids.length - items.length;
    if (missing > 0) {
      throw new AppError(
        'NOT_FOUND',
        `${missing === 1 ? 'One of the chosen action items no longer exists' : `${missing} of the chosen action items no longer exist`}. Reload the list and try again; nothing was changed.`,
      );
    }
    const changing = items.filter((item) => item.status !== input.status);
    const { today } = await loadDueDates(trx, new Date(at));
    await writeStatusChanges(trx, changing, { to: input.status, note: input.note, meetingId: null, profile: context.profile, at, today });
    if (changing.length > 0) {
      await appendAudit(
        trx,
        {
          profile: context.profile,
          entity: 'action-item',
          entityId: null,
          action: 'status updated in bulk',
          changes: { status: input.status, count: changing.length, ...(input.note ? { note: input.note } : {}) },
        },
        at,
      );
    }
    return { changed: changing.length };
  });
}

async function requireItem(db: StorageExecutor, id: string, due: DueDates): Promise<ActionItem> {
  const [row] = await readActionItemRows(db, [id]);
  return toActionItem(requireFound(row, 'action item'), due);
}

interface Owner {
  shownName: string;
}

/** A new owner is an active member of the roster; the one the item already has (`keep`) may stay when archived since. */
async function requireAvailableOwner(db: StorageExecutor, ownerId: string | null, keep: string | null): Promise<Owner | null> {
  if (ownerId === null) return null;
  await requireAvailable(db, 'members', 'ownerId', ownerId, [keep]);
  return requireFound(await readOwnerCandidate(db, ownerId), 'member');
}

/**
 * The agenda item must be on the meeting's agenda (the meeting follows from it when not given): a reference the
 * form got wrong is VALIDATION on its field. The meeting's record must be open for changes (CONFLICT otherwise).
 */
async function requireEditableSource(
  db: StorageExecutor,
  meetingId: string | null,
  agendaItemId: string | null,
): Promise<{ sourceMeetingId: string | null; sourceAgendaItemId: string | null }> {
  let sourceMeetingId = meetingId;
  if (meetingId && !(await readMeetingState(db, meetingId)))
    throw referenceError('sourceMeetingId', 'That meeting no longer exists. Reload and choose another.');
  if (agendaItemId) {
    const agendaItem = await readAgendaItemMeeting(db, agendaItemId);
    if (!agendaItem) throw referenceError('sourceAgendaItemId', 'That agenda item no longer exists. Reload and choose another.');
    if (meetingId && agendaItem.meetingId !== meetingId) {
      throw referenceError('sourceAgendaItemId', `"${agendaItem.title}" is on another meeting's agenda. Choose an agenda item of this meeting.`);
    }
    sourceMeetingId = agendaItem.meetingId;
  }
  if (sourceMeetingId) await requireEditable(db, sourceMeetingId);
  return { sourceMeetingId, sourceAgendaItemId: agendaItemId };
}

const ownerOf = (item: ActionItem): Owner | null => (item.ownerId ? { shownName: item.ownerName ?? '' } : null);

/** What the audit log records of an item: the owner by shown name (a protected owner by display name only), never by identity. */
function audited(
  fields: {
    title: string;
    details: string;
    ownerId: string | null;
    dueOn: string | null;
    priority: string;
    sourceMeetingId?: string | null;
    sourceAgendaItemId?: string | null;
    status?: string;
  },
  owner: Owner | null,
) {
  const { title, details, ownerId, dueOn, priority, status, sourceMeetingId, sourceAgendaItemId } = fields;
  const extra = status === undefined ? {} : { status, sourceMeetingId, sourceAgendaItemId };
  return { title, details, ownerId, owner: owner?.shownName ?? null, dueOn, priority, ...extra };
}

async function auditAction(
  context: ServiceContext,
  db: StorageExecutor,
  at: string,
  id: string,
  action: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await appendAudit(db, { profile: context.profile, entity: 'action-item', entityId: id, action, changes }, at);
}
