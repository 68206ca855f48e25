import { uuidv7 } from 'uuidv7';
import type { ChannelParsedInput, Workgroup } from '../../shared/contract';
import { indexMeeting, meetingIdsOfWorkgroup } from '../db/meetingRepository';
import type { Db } from '../db/openDatabase';
import { type WorkgroupFields, findWorkgroup, insertWorkgroup, listWorkgroups as queryWorkgroups, setWorkgroupArchivedAt, updateWorkgroup as writeWorkgroup } from '../db/workgroupRepository';
import { changedFields, initialFields } from './directoryAudit';
import { auditMeetingChange } from './meetingAudit';
import { assertAllAvailable, assertAvailable } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound, workspaceDb } from './workspaceTransaction';

function requireWorkgroup(db: Db, id: string): Workgroup {
  return requireFound(findWorkgroup(db, id), 'workgroup');
}

export function listWorkgroups(context: ServiceContext, input: { includeArchived: boolean }): Workgroup[] {
  return queryWorkgroups(workspaceDb(context), input);
}

export function createWorkgroup(context: ServiceContext, input: ChannelParsedInput<'workgroups.create'>): Workgroup {
  return inWorkspaceTransaction(context, (db, at) => {
    assertPeople(db, input, null);
    const id = uuidv7();
    insertWorkgroup(db, id, input, at);
    auditMeetingChange(context, db, at, { entity: 'workgroup', id, action: 'created', changes: initialFields({ ...input }) });
    return requireWorkgroup(db, id);
  });
}

/** Its meetings are found by the workgroup's name too, so a new name is reindexed with them. */
export function updateWorkgroup(context: ServiceContext, input: ChannelParsedInput<'workgroups.update'>): Workgroup {
  const { id, ...fields } = input;
  return inWorkspaceTransaction(context, (db, at) => {
    const before = requireWorkgroup(db, id);
    assertPeople(db, fields, before);
    writeWorkgroup(db, id, fields, at);
    if (before.name !== fields.name) for (const meetingId of meetingIdsOfWorkgroup(db, id)) indexMeeting(db, meetingId);
    const after = { name: fields.name, description: fields.description, chairId: fields.chairId, memberIds: [...new Set(fields.memberIds)].sort() };
    const was = { name: before.name, description: before.description, chairId: before.chair?.id ?? null, memberIds: before.members.map((member) => member.id).sort() };
    auditMeetingChange(context, db, at, { entity: 'workgroup', id, action: 'updated', changes: changedFields(was, after) });
    return requireWorkgroup(db, id);
  });
}

export const archiveWorkgroup = (context: ServiceContext, { id }: { id: string }) => setArchived(context, id, true);
export const restoreWorkgroup = (context: ServiceContext, { id }: { id: string }) => setArchived(context, id, false);

/** Archiving what is already archived (or restoring what is active) changes nothing and writes no history. */
function setArchived(context: ServiceContext, id: string, archive: boolean): Workgroup {
  return inWorkspaceTransaction(context, (db, at) => {
    const current = requireWorkgroup(db, id);
    if ((current.archivedAt !== null) === archive) return current;
    setWorkgroupArchivedAt(db, id, archive ? at : null, at);
    auditMeetingChange(context, db, at, { entity: 'workgroup', id, action: archive ? 'archived' : 'restored' });
    return requireWorkgroup(db, id);
  });
}

/** The chair and members come from the active roster; people already in the group may stay when archived since. */
function assertPeople(db: Db, fields: WorkgroupFields, before: Workgroup | null): void {
  const current = before ? [before.chair?.id ?? null, ...before.members.map((member) => member.id)].filter((id): id is string => id !== null) : [];
  assertAvailable(db, 'members', 'chairId', fields.chairId, current);
  assertAllAvailable(db, 'members', 'memberIds', fields.memberIds, current);
}
