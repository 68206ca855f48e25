import { type SectorId, sectorLabel } from '../../shared/stakeholderSectors';
import { compiledOnce } from './engine/compiledOnce';
import type { SearchDocument } from './engine/search/searchIndexPort';
import { searchIndexFor } from './engine/search/searchIndexFor';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { shownNameOf } from './memberShownName';

/**
 * The directory's documents in the search port, written in the same transaction as the rows they describe (either
 * engine). A protected member is indexed by display name, title and organization only: never full name or contacts.
 */
const searchOf = (db: StorageExecutor) => searchIndexFor({ dialect: dialectOf(db) });

/** What an organization's search document is written from. */
export interface OrganizationSearchFields {
  id: string;
  name: string;
  sector: SectorId;
  sectorOtherLabel: string;
  jurisdiction: string;
  notes: string;
}

/** Adds or replaces the organization's document, reading the organization as stored. */
export async function reindexOrganization(db: StorageExecutor, id: string): Promise<void> {
  const row = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'sector', 'sector_other_label as sectorOtherLabel', 'jurisdiction', 'notes'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (row) await indexOrganization(db, row);
}

/** Adds or replaces the organization's document from fields the caller has just written (no read back). */
export async function indexOrganization(db: StorageExecutor, organization: OrganizationSearchFields): Promise<void> {
  await searchOf(db).put(db, 'directory', organizationDocument(organization));
}

function organizationDocument(organization: OrganizationSearchFields): SearchDocument {
  const body = [sectorLabel(organization.sector, organization.sectorOtherLabel), organization.jurisdiction, organization.notes];
  return { kind: 'organization', refId: organization.id, title: organization.name, body };
}

/** The documents of organizations just created, a few statements for all of them (an import). */
export async function indexNewOrganizations(db: StorageExecutor, organizations: readonly OrganizationSearchFields[]): Promise<void> {
  await searchOf(db).putNew(db, 'directory', organizations.map(organizationDocument));
}

function memberIndexFields(db: StorageExecutor) {
  return db
    .selectFrom('members as m')
    .leftJoin('organizations as o', 'o.id', 'm.organization_id')
    .select([
      'm.id',
      shownNameOf('m').as('shownName'),
      'm.full_name as fullName',
      'm.email',
      'm.title',
      'm.protected_identity as protectedIdentity',
      'o.name as organizationName',
    ]);
}

// Each member saved or imported reads its own: built once, not on every call.
const memberIndexedWithId = compiledOnce((db, { id }: { id: string }) => memberIndexFields(db).where('m.id', '=', id));
const membersIndexedOfOrganization = compiledOnce((db, { organizationId }: { organizationId: string }) =>
  memberIndexFields(db).where('m.organization_id', '=', organizationId),
);

/** Adds or replaces the documents of one member, or of every member of an organization (its name is in theirs). */
export async function reindexMembers(db: StorageExecutor, which: { id: string } | { organizationId: string }): Promise<void> {
  const rows = 'id' in which ? await memberIndexedWithId(db, which) : await membersIndexedOfOrganization(db, which);
  for (const row of rows) {
    const shared = [row.title, row.organizationName ?? ''];
    const identity = row.protectedIdentity === 1 ? [] : [row.fullName === row.shownName ? '' : row.fullName, row.email];
    await searchOf(db).put(db, 'directory', { kind: 'member', refId: row.id, title: row.shownName, body: [...shared, ...identity] });
  }
}
