import { uuidv7 } from 'uuidv7';
import type { ChannelOutput, ChannelParsedInput, Member } from '../../shared/contract';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { queryMemberPage } from '../db/memberPageQuery';
import {
  findMember,
  insertMember,
  listMembers as readMembers,
  revealMemberIdentity,
  setMemberArchivedAt,
  updateMember as writeMember,
} from '../db/memberStore';
import { findOrganization } from '../db/organizationStore';
import { type ArchivableKind, setArchived } from './directoryArchiving';
import { changedFields, initialFields, writeDirectoryHistory } from './directoryAudit';
import { loadDirectoryHistory } from './directoryHistory';
import { toMember, toOrganization } from './directoryRecords';
import { requireEmailFreeToRestore, requireUniqueEmail } from './memberEmail';
import { requireOrganizationAvailable, requireSinglePrimary } from './representation';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

type MemberFields = ChannelParsedInput<'directory.createMember'>;

/** Fields the audit log records only as "changed" while a member's identity is protected. */
export const identityFields = ['fullName', 'email', 'phone', 'notes'] as const;

async function loadMember(db: StorageExecutor, id: string): Promise<Member | undefined> {
  const row = await findMember(db, id);
  return row && toMember(row);
}

async function requireMember(db: StorageExecutor, id: string): Promise<Member> {
  return requireFound(await loadMember(db, id), 'member');
}

const memberKind: ArchivableKind<Member> = {
  entity: 'member',
  find: loadMember,
  write: setMemberArchivedAt,
  assertRestorable: async (db, member) => {
    await requireSinglePrimary(db, member);
    await requireEmailFreeToRestore(db, member.id);
  },
};

export async function listMembers(context: ServiceContext, input: ChannelParsedInput<'directory.listMembers'>): Promise<Member[]> {
  return (await readMembers(storage(context), input)).map(toMember);
}

/** One page of the Members grid and how many members match. */
export async function queryMembers(
  context: ServiceContext,
  input: ChannelParsedInput<'directory.queryMembers'>,
): Promise<ChannelOutput<'directory.queryMembers'>> {
  const page = await queryMemberPage(storage(context), input);
  return { rows: page.rows.map(toMember), total: page.total };
}

export async function getMember(context: ServiceContext, { id }: { id: string }): Promise<ChannelOutput<'directory.getMember'>> {
  const db = storage(context);
  const member = await requireMember(db, id);
  const organization = member.organizationId ? await findOrganization(db, member.organizationId) : undefined;
  return { member, organization: organization ? toOrganization(organization) : null, history: await loadDirectoryHistory(db, 'member', id) };
}

export function createMember(context: ServiceContext, input: MemberFields): Promise<Member> {
  return inTransaction(context, async (trx, at) => requireMember(trx, await addMember(context, trx, at, input)));
}

export function updateMember(context: ServiceContext, input: ChannelParsedInput<'directory.updateMember'>): Promise<Member> {
  return inTransaction(context, async (trx, at) => {
    await reviseMember(context, trx, at, input);
    return requireMember(trx, input.id);
  });
}

/** A new member with its history and search entries, inside the caller's transaction (a form, or a whole import); answers its id. */
export async function addMember(context: ServiceContext, trx: StorageExecutor, at: string, input: MemberFields): Promise<string> {
  const id = uuidv7();
  await requireOrganizationAvailable(trx, input.organizationId, null);
  await requireSinglePrimary(trx, { ...input, id });
  await requireUniqueEmail(trx, { id, email: input.email });
  await insertMember(trx, id, input, at);
  const changes = initialFields(input, input.protectedIdentity ? identityFields : []);
  await writeDirectoryHistory(context, trx, at, { entity: 'member', id, action: 'created', changes });
  return id;
}

/** A member's fields replaced, with the history of what changed, inside the caller's transaction. */
export async function reviseMember(context: ServiceContext, trx: StorageExecutor, at: string, input: MemberFields & { id: string }): Promise<void> {
  const { id, ...fields } = input;
  const before = await requireMember(trx, id);
  await requireOrganizationAvailable(trx, fields.organizationId, before.organizationId);
  await requireSinglePrimary(trx, input);
  await requireUniqueEmail(trx, input);
  const beforeIdentity = await requireIdentity(trx, id);
  await writeMember(trx, id, fields, at);
  const hidden = before.protectedIdentity || fields.protectedIdentity ? identityFields : [];
  await writeDirectoryHistory(context, trx, at, {
    entity: 'member',
    id,
    action: 'updated',
    changes: changedFields({ ...before, ...beforeIdentity }, fields, hidden),
  });
}

/** The member as stored, protected fields included: what an import's update starts from. */
export async function storedMember(trx: StorageExecutor, id: string): Promise<Member> {
  return { ...(await requireMember(trx, id)), ...(await requireIdentity(trx, id)) };
}

async function requireIdentity(db: StorageExecutor, id: string) {
  return requireFound(await revealMemberIdentity(db, id), 'member');
}

export function archiveMember(context: ServiceContext, { id }: { id: string }): Promise<Member> {
  return setArchived(context, memberKind, id, true);
}

/** Refused with CONFLICT when the organization has found another primary representative meanwhile. */
export function restoreMember(context: ServiceContext, { id }: { id: string }): Promise<Member> {
  return setArchived(context, memberKind, id, false);
}

/** The one way to see a protected member's name and contacts; each reveal is audited. */
export function revealMember(context: ServiceContext, { id }: { id: string }): Promise<ChannelOutput<'directory.revealMember'>> {
  return inTransaction(context, async (trx, at) => {
    const identity = await requireIdentity(trx, id);
    await writeDirectoryHistory(context, trx, at, { entity: 'member', id, action: 'identity revealed', changes: { fields: [...identityFields] } });
    return identity;
  });
}
