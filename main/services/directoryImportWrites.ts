import { uuidv7 } from 'uuidv7';
import type { ChannelParsedInput } from '../../shared/contract';
import { type MemberFields, findMember, insertMember, revealMemberIdentity, updateMember } from '../db/memberRepository';
import type { Db } from '../db/openDatabase';
import { findOrganization, insertOrganization, updateOrganization } from '../db/organizationRepository';
import { auditDirectoryChange, changedFields, initialFields } from './directoryAudit';
import { identityFields } from './members';
import { assertOrganizationAvailable, assertSinglePrimary } from './representation';
import type { ServiceContext } from './serviceContext';
import { requireFound } from './workspaceTransaction';

/**
 * The directory's writes on the workspace connection, synchronously, for the SQLite import job: its one write
 * transaction runs without a pause (services/directoryImport.ts). The same checks, history and search entries as the
 * forms' services (members.ts, organizations.ts, on the storage engine); they go when the import moves to the engine.
 */
type OrganizationFields = ChannelParsedInput<'directory.createOrganization'>;

/** A new member with its history entry and search entry, inside the caller's transaction; answers its id. */
export function addMemberNow(context: ServiceContext, db: Db, at: string, input: MemberFields): string {
  const id = uuidv7();
  assertOrganizationAvailable(db, input.organizationId, null);
  assertSinglePrimary(db, { ...input, id });
  insertMember(db, id, input, at);
  const changes = initialFields(input, input.protectedIdentity ? identityFields : []);
  auditDirectoryChange(context, db, at, { entity: 'member', id, action: 'created', changes });
  return id;
}

export function reviseMemberNow(context: ServiceContext, db: Db, at: string, input: MemberFields & { id: string }): void {
  const { id, ...fields } = input;
  const before = requireFound(findMember(db, id), 'member');
  assertOrganizationAvailable(db, fields.organizationId, before.organizationId);
  assertSinglePrimary(db, input);
  const beforeIdentity = requireFound(revealMemberIdentity(db, id), 'member');
  updateMember(db, id, fields, at);
  const hidden = before.protectedIdentity || fields.protectedIdentity ? identityFields : [];
  auditDirectoryChange(context, db, at, { entity: 'member', id, action: 'updated', changes: changedFields({ ...before, ...beforeIdentity }, fields, hidden) });
}

/** A new organization with its history entry and search entry, inside the caller's transaction; answers its id. */
export function addOrganizationNow(context: ServiceContext, db: Db, at: string, input: OrganizationFields): string {
  const id = uuidv7();
  insertOrganization(db, id, input, at);
  auditDirectoryChange(context, db, at, { entity: 'organization', id, action: 'created', changes: initialFields(input) });
  return id;
}

export function reviseOrganizationNow(context: ServiceContext, db: Db, at: string, input: OrganizationFields & { id: string }): void {
  const { id, ...fields } = input;
  const before = requireFound(findOrganization(db, id), 'organization');
  updateOrganization(db, id, fields, at);
  auditDirectoryChange(context, db, at, { entity: 'organization', id, action: 'updated', changes: changedFields(before, fields) });
}
