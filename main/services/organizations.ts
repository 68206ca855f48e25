import { uuidv7 } from 'uuidv7';
import type { ChannelOutput, ChannelParsedInput, Organization } from '../../shared/contract';
import { listMembersOfOrganization } from '../db/memberRepository';
import type { Db } from '../db/openDatabase';
import { queryOrganizationPage } from '../db/organizationPageQuery';
import { findOrganization, insertOrganization, listOrganizations as readOrganizations, updateOrganization as writeOrganization } from '../db/organizationRepository';
import { type ArchivableKind, setArchived } from './directoryArchiving';
import { auditDirectoryChange, changedFields, initialFields } from './directoryAudit';
import { directoryHistory } from './directoryHistory';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound, workspaceDb } from './workspaceTransaction';

const organizationKind: ArchivableKind<Organization> = { table: 'organizations', entity: 'organization', find: findOrganization };

function requireOrganization(db: Db, id: string): Organization {
  return requireFound(findOrganization(db, id), 'organization');
}

export function listOrganizations(context: ServiceContext, input: ChannelParsedInput<'directory.listOrganizations'>): Organization[] {
  return readOrganizations(workspaceDb(context), input);
}

/** One page of the Organizations grid and how many organizations match. */
export function queryOrganizations(context: ServiceContext, input: ChannelParsedInput<'directory.queryOrganizations'>): ChannelOutput<'directory.queryOrganizations'> {
  return queryOrganizationPage(workspaceDb(context), input);
}

export function getOrganization(context: ServiceContext, { id }: { id: string }): ChannelOutput<'directory.getOrganization'> {
  const db = workspaceDb(context);
  return {
    organization: requireOrganization(db, id),
    members: listMembersOfOrganization(db, id),
    history: directoryHistory(db, 'organization', id),
  };
}

export function createOrganization(context: ServiceContext, input: ChannelParsedInput<'directory.createOrganization'>): Organization {
  return inWorkspaceTransaction(context, (db, at) => requireOrganization(db, addOrganization(context, db, at, input)));
}

/** A new organization with its history entry and search entry, inside the caller's transaction; answers its id. */
export function addOrganization(context: ServiceContext, db: Db, at: string, input: ChannelParsedInput<'directory.createOrganization'>): string {
  const id = uuidv7();
  insertOrganization(db, id, input, at);
  auditDirectoryChange(context, db, at, { entity: 'organization', id, action: 'created', changes: initialFields(input) });
  return id;
}

export function updateOrganization(context: ServiceContext, input: ChannelParsedInput<'directory.updateOrganization'>): Organization {
  const { id, ...fields } = input;
  return inWorkspaceTransaction(context, (db, at) => {
    const before = requireOrganization(db, id);
    writeOrganization(db, id, fields, at);
    auditDirectoryChange(context, db, at, { entity: 'organization', id, action: 'updated', changes: changedFields(before, fields) });
    return requireOrganization(db, id);
  });
}

/** Members stay with an archived organization and keep showing its name. */
export function archiveOrganization(context: ServiceContext, { id }: { id: string }): Organization {
  return setArchived(context, organizationKind, id, true);
}

export function restoreOrganization(context: ServiceContext, { id }: { id: string }): Organization {
  return setArchived(context, organizationKind, id, false);
}
