import { uuidv7 } from 'uuidv7';
import type { ChannelParsedInput, Workgroup } from '../../shared/contract';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { reindexMeetingsOfWorkgroup } from '../db/meetingSearchDocuments';
import {
  type WorkgroupFields,
  findWorkgroup,
  insertWorkgroup,
  listWorkgroups as queryWorkgroups,
  setWorkgroupArchivedAt,
  updateWorkgroup as writeWorkgroup,
} from '../db/workgroupRepository';
import { changedFields, initialFields } from './directoryAudit';
import { writeMeetingHistory } from './meetingAudit';
import { requireAllAvailable, requireAvailable } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

async function requireWorkgroup(db: StorageExecutor, id: string): Promise<Workgroup> {
  return requireFound(await findWorkgroup(db, id), 'workgroup');
}

export function listWorkgroups(context: ServiceContext, input: { includeArchived: boolean }): Promise<Workgroup[]> {
  return queryWorkgroups(storage(context), input);
}

export function createWorkgroup(context: ServiceContext, input: ChannelParsedInput<'workgroups.create'>): Promise<Workgroup> {
  return inTransaction(context, async (trx, at) => {
    await assertPeople(trx, input, null);
    const id = uuidv7();
    await insertWorkgroup(trx, id, input, at);
    await writeMeetingHistory(context, trx, at, { entity: 'workgroup', id, action: 'created', changes: initialFields({ ...input }) });
    return requireWorkgroup(trx, id);
  });
}

/** Its meetings are found by the workgroup's name too, so a new name is reindexed with them. */
export function updateWorkgroup(context: ServiceContext, input: ChannelParsedInput<'workgroups.update'>): Promise<Workgroup> {
  const { id, ...fields } = input;
  return inTransaction(context, async (trx, at) => {
    const before = await requireWorkgroup(trx, id);
    await assertPeople(trx, fields, before);
    await writeWorkgroup(trx, id, fields, at);
    if (before.name !== fields.name) await reindexMeetingsOfWorkgroup(trx, id);
    const after = { name: fields.name, description: fields.description, chairId: fields.chairId, memberIds: [...new Set(fields.memberIds)].sort() };
    const was = {
      name: before.name,
      description: before.description,
      chairId: before.chair?.id ?? null,
      memberIds: before.members.map((member) => member.id).sort(),
    };
    await writeMeetingHistory(context, trx, at, { entity: 'workgroup', id, action: 'updated', changes: changedFields(was, after) });
    return requireWorkgroup(trx, id);
  });
}

export const archiveWorkgroup = (context: ServiceContext, { id }: { id: string }) => setArchived(context, id, true);
export const restoreWorkgroup = (context: ServiceContext, { id }: { id: string }) => setArchived(context, id, false);

/** Archiving what is already archived (or restoring what is active) changes nothing and writes no history. */
function setArchived(context: ServiceContext, id: string, archive: boolean): Promise<Workgroup> {
  return inTransaction(context, async (trx, at) => {
    const current = await requireWorkgroup(trx, id);
    if ((current.archivedAt !== null) === archive) return current;
    await setWorkgroupArchivedAt(trx, id, archive ? at : null, at);
    await writeMeetingHistory(context, trx, at, { entity: 'workgroup', id, action: archive ? 'archived' : 'restored' });
    return requireWorkgroup(trx, id);
  });
}

/** The chair and members come from the active roster; people already in the group may stay when archived since. */
async function assertPeople(db: StorageExecutor, fields: WorkgroupFields, before: Workgroup | null): Promise<void> {
  const current = before ? [before.chair?.id ?? null, ...before.members.map((member) => member.id)].filter((id): id is string => id !== null) : [];
  await requireAvailable(db, 'members', 'chairId', fields.chairId, current);
  await requireAllAvailable(db, 'members', 'memberIds', fields.memberIds, current);
}
