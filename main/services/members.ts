import { uuidv7 } from 'uuidv7';
import type { ChannelOutput, ChannelParsedInput, Member } from '../../shared/contract';
import {
  type MemberFields,
  type RevealedMember,
  findMember,
  insertMember,
  listMembers as readMembers,
  revealMemberIdentity,
  updateMember as writeMember,
} from '../db/memberRepository';
import { queryMemberPage } from '../db/memberPageQuery';
import type { Db } from '../db/openDatabase';
import { findOrganization } from '../db/organizationRepository';
import { type ArchivableKind, setArchived } from './directoryArchiving';
import { auditDirectoryChange, changedFields, initialFields } from './directoryAudit';
import { directoryHistory } from './directoryHistory';
import { assertOrganizationAvailable, assertSinglePrimary } from './representation';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound, workspaceDb } from './workspaceTransaction';

/** Fields the audit log records only as "changed" while a member's identity is protected. */
const identityFields = ['fullName', 'email', 'phone', 'notes'] as const;

const memberKind: ArchivableKind<Member> = { table: 'members', entity: 'member', find: findMember, assertRestorable: assertSinglePrimary };

function requireMember(db: Db, id: string): Member {
  return requireFound(findMember(db, id), 'member');
}

export function listMembers(context: ServiceContext, input: ChannelParsedInput<'directory.listMembers'>): Member[] {
  return readMembers(workspaceDb(context), input);
}

/** One page of the Members grid and how many members match. */
export function queryMembers(context: ServiceContext, input: ChannelParsedInput<'directory.queryMembers'>): ChannelOutput<'directory.queryMembers'> {
  return queryMemberPage(workspaceDb(context), input);
}

export function getMember(context: ServiceContext, { id }: { id: string }): ChannelOutput<'directory.getMember'> {
  const db = workspaceDb(context);
  const member = requireMember(db, id);
  return {
    member,
    organization: member.organizationId ? (findOrganization(db, member.organizationId) ?? null) : null,
    history: directoryHistory(db, 'member', id),
  };
}

export function createMember(context: ServiceContext, input: MemberFields): Member {
  return inWorkspaceTransaction(context, (db, at) => requireMember(db, addMember(context, db, at, input)));
}

/** A new member with its history entry and search entry, inside the caller's transaction; answers its id. */
export function addMember(context: ServiceContext, db: Db, at: string, input: MemberFields): string {
  const id = uuidv7();
  assertOrganizationAvailable(db, input.organizationId, null);
  assertSinglePrimary(db, { ...input, id });
  insertMember(db, id, input, at);
  const changes = initialFields(input, input.protectedIdentity ? identityFields : []);
  auditDirectoryChange(context, db, at, { entity: 'member', id, action: 'created', changes });
  return id;
}

export function updateMember(context: ServiceContext, input: ChannelParsedInput<'directory.updateMember'>): Member {
  const { id, ...fields } = input;
  return inWorkspaceTransaction(context, (db, at) => {
    const before = requireMember(db, id);
    assertOrganizationAvailable(db, fields.organizationId, before.organizationId);
    assertSinglePrimary(db, input);
    const beforeIdentity = requireFound(revealMemberIdentity(db, id), 'member');
    writeMember(db, id, fields, at);
    const hidden = before.protectedIdentity || fields.protectedIdentity ? identityFields : [];
    auditDirectoryChange(context, db, at, { entity: 'member', id, action: 'updated', changes: changedFields({ ...before, ...beforeIdentity }, fields, hidden) });
    return requireMember(db, id);
  });
}

export function archiveMember(context: ServiceContext, { id }: { id: string }): Member {
  return setArchived(context, memberKind, id, true);
}

/** Refused with CONFLICT when the organization has found another primary representative meanwhile. */
export function restoreMember(context: ServiceContext, { id }: { id: string }): Member {
  return setArchived(context, memberKind, id, false);
}

/** The one way to see a protected member's name and contacts; each reveal is audited. */
export function revealMember(context: ServiceContext, { id }: { id: string }): RevealedMember {
  return inWorkspaceTransaction(context, (db, at) => {
    const identity = requireFound(revealMemberIdentity(db, id), 'member');
    auditDirectoryChange(context, db, at, { entity: 'member', id, action: 'identity revealed', changes: { fields: [...identityFields] } });
    return identity;
  });
}
