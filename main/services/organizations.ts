import { uuidv7 } from 'uuidv7';
import type { ChannelOutput, ChannelParsedInput, Organization } from '../../shared/contract';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { queryOrganizationPage } from '../db/organizationPageQuery';
import { listMembersOfOrganization } from '../db/memberStore';
import {
  findOrganization,
  insertOrganizations,
  listOrganizations as readOrganizations,
  setOrganizationArchivedAt,
  updateOrganization as writeOrganization,
} from '../db/organizationStore';
import { type ArchivableKind, setArchived } from './directoryArchiving';
import { changedFields, initialFields, writeDirectoryHistories, writeDirectoryHistory } from './directoryAudit';
import { loadDirectoryHistory } from './directoryHistory';
import { toMember, toOrganization } from './directoryRecords';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

type OrganizationFields = ChannelParsedInput<'directory.createOrganization'>;

async function loadOrganization(db: StorageExecutor, id: string): Promise<Organization | undefined> {
  const row = await findOrganization(db, id);
  return row && toOrganization(row);
}

async function requireOrganization(db: StorageExecutor, id: string): Promise<Organization> {
  return requireFound(await loadOrganization(db, id), 'organization');
}

const organizationKind: ArchivableKind<Organization> = { entity: 'organization', find: loadOrganization, write: setOrganizationArchivedAt };

export async function listOrganizations(context: ServiceContext, input: ChannelParsedInput<'directory.listOrganizations'>): Promise<Organization[]> {
  return (await readOrganizations(storage(context), input)).map(toOrganization);
}

/** One page of the Organizations grid and how many organizations match. */
export async function queryOrganizations(
  context: ServiceContext,
  input: ChannelParsedInput<'directory.queryOrganizations'>,
): Promise<ChannelOutput<'directory.queryOrganizations'>> {
  const page = await queryOrganizationPage(storage(context), input);
  return { rows: page.rows.map(toOrganization), total: page.total };
}

export async function getOrganization(context: ServiceContext, { id }: { id: string }): Promise<ChannelOutput<'directory.getOrganization'>> {
  const db = storage(context);
  return {
    organization: await requireOrganization(db, id),
    members: (await listMembersOfOrganization(db, id)).map(toMember),
    history: await loadDirectoryHistory(db, 'organization', id),
  };
}

export function createOrganization(context: ServiceContext, input: OrganizationFields): Promise<Organization> {
  return inTransaction(context, async (trx, at) => requireOrganization(trx, await addOrganization(context, trx, at, input)));
}

export function updateOrganization(context: ServiceContext, input: ChannelParsedInput<'directory.updateOrganization'>): Promise<Organization> {
  return inTransaction(context, async (trx, at) => {
    await reviseOrganization(context, trx, at, input);
    return requireOrganization(trx, input.id);
  });
}

/** A new organization with its history and search entries, inside the caller's transaction (a form, or an import's row); answers its id. */
export async function addOrganization(context: ServiceContext, trx: StorageExecutor, at: string, input: OrganizationFields): Promise<string> {
  const [id] = await addOrganizations(context, trx, at, [input]);
  return id!;
}

/** New organizations with their history and search entries, inside the caller's transaction: a few statements for all of an import's. */
export async function addOrganizations(context: ServiceContext, trx: StorageExecutor, at: string, inputs: readonly OrganizationFields[]): Promise<string[]> {
  const organizations = inputs.map((values) => ({ id: uuidv7(), values }));
  await insertOrganizations(trx, organizations, at);
  await writeDirectoryHistories(
    context,
    trx,
    at,
    organizations.map(({ id, values }) => ({ entity: 'organization', id, action: 'created', changes: initialFields(values) })),
  );
  return organizations.map(({ id }) => id);
}

/** An organization's fields replaced, with the history of what changed, inside the caller's transaction. */
export async function reviseOrganization(context: ServiceContext, trx: StorageExecutor, at: string, input: OrganizationFields & { id: string }): Promise<void> {
  const { id, ...fields } = input;
  const before = await requireOrganization(trx, id);
  await writeOrganization(trx, id, fields, at);
  await writeDirectoryHistory(context, trx, at, { entity: 'organization', id, action: 'updated', changes: changedFields(before, fields) });
}

/** The organization as stored: what an import's update starts from. */
export function storedOrganization(trx: StorageExecutor, id: string): Promise<Organization> {
  return requireOrganization(trx, id);
}

/** Members stay with an archived organization and keep showing its name. */
export function archiveOrganization(context: ServiceContext, { id }: { id: string }): Promise<Organization> {
  return setArchived(context, organizationKind, id, true);
}

export function restoreOrganization(context: ServiceContext, { id }: { id: string }): Promise<Organization> {
  return setArchived(context, organizationKind, id, false);
}
