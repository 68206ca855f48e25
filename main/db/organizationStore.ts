import { sql } from 'kysely';
import type { SectorId } from '../../shared/stakeholderSectors';
import { chunksOf } from './engine/chunks';
import { nameOrder } from './engine/dialectSql';
import type { InvolvementLevel, OrganizationKind } from './engine/schema';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { indexNewOrganizations, indexOrganization, reindexMembers, reindexOrganization } from './directorySearchDocuments';
import { shownNameOf } from './memberShownName';

/**
 * Organizations on the storage engine (either engine), each read with its active member count and representatives
 * (one query per list for each, never one per organization). Each write rewrites the search documents it touches.
 */
export interface OrganizationValues {
  name: string;
  sector: SectorId;
  sectorOtherLabel: string;
  kind: OrganizationKind;
  jurisdiction: string;
  address: string;
  phone: string;
  website: string;
  involvement: InvolvementLevel;
  qualities: { vulnerableYouth: boolean; traffickingExpertise: boolean; traumaInformed: boolean };
  notes: string;
  joinedOn: string | null;
  leftOn: string | null;
}

/** The fields a bulk edit sets; the rest of the row stays as it is. */
export type OrganizationClassification = Partial<Pick<OrganizationValues, 'involvement' | 'kind' | 'sector' | 'sectorOtherLabel'>>;

const flag = (value: boolean): number => (value ? 1 : 0);

function columnsOf(values: OrganizationValues) {
  return {
    name: values.name,
    sector: values.sector,
    sector_other_label: values.sectorOtherLabel,
    kind: values.kind,
    jurisdiction: values.jurisdiction,
    address: values.address,
    phone: values.phone,
    website: values.website,
    involvement: values.involvement,
    vulnerable_youth: flag(values.qualities.vulnerableYouth),
    trafficking_expertise: flag(values.qualities.traffickingExpertise),
    trauma_informed: flag(values.qualities.traumaInformed),
    notes: values.notes,
    joined_on: values.joinedOn,
    left_on: values.leftOn,
  };
}

export async function insertOrganization(db: StorageExecutor, id: string, values: OrganizationValues, at: string): Promise<void> {
  await db
    .insertInto('organizations')
    .values({ ...columnsOf(values), id, created_at: at, updated_at: at })
    .execute();
  await indexOrganization(db, { id, ...values });
}

/** Many new organizations (an import's), a chunk per statement, with their search documents. */
export async function insertOrganizations(
  db: StorageExecutor,
  organizations: ReadonlyArray<{ id: string; values: OrganizationValues }>,
  at: string,
): Promise<void> {
  for (const chunk of chunksOf(organizations)) {
    await db
      .insertInto('organizations')
      .values(chunk.map(({ id, values }) => ({ ...columnsOf(values), id, created_at: at, updated_at: at })))
      .execute();
  }
  await indexNewOrganizations(
    db,
    organizations.map(({ id, values }) => ({ id, ...values })),
  );
}

/** Rewrites every field; the organization's name and sector are part of its members' search text too. */
export async function updateOrganization(db: StorageExecutor, id: string, values: OrganizationValues, at: string): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ ...columnsOf(values), updated_at: at })
    .where('id', '=', id)
    .execute();
  await reindexOrganization(db, id);
  await reindexMembers(db, { organizationId: id });
}

export async function updateOrganizationClassification(db: StorageExecutor, id: string, fields: OrganizationClassification, at: string): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ involvement: fields.involvement, kind: fields.kind, sector: fields.sector, sector_other_label: fields.sectorOtherLabel, updated_at: at })
    .where('id', '=', id)
    .execute();
  if (fields.sector === undefined) return;
  await reindexOrganization(db, id);
  await reindexMembers(db, { organizationId: id });
}

export async function setOrganizationArchivedAt(db: StorageExecutor, id: string, archivedAt: string | null, at: string): Promise<void> {
  await db.updateTable('organizations').set({ archived_at: archivedAt, updated_at: at }).where('id', '=', id).execute();
}

/** Whether an organization exists and is archived; undefined when there is no such row. */
export async function organizationArchiveState(db: StorageExecutor, id: string): Promise<{ archived: boolean } | undefined> {
  const row = await db.selectFrom('organizations').select('archived_at as archivedAt').where('id', '=', id).executeTakeFirst();
  return row && { archived: row.archivedAt !== null };
}

function organizationRows(db: StorageExecutor) {
  return db
    .selectFrom('organizations as o')
    .select(['o.id', 'o.name', 'o.sector', 'o.sector_other_label as sectorOtherLabel', 'o.kind', 'o.jurisdiction', 'o.address', 'o.phone', 'o.website'])
    .select([
      'o.involvement',
      'o.vulnerable_youth as vulnerableYouth',
      'o.trafficking_expertise as traffickingExpertise',
      'o.trauma_informed as traumaInformed',
    ])
    .select([
      'o.notes',
      'o.joined_on as joinedOn',
      'o.left_on as leftOn',
      'o.archived_at as archivedAt',
      'o.created_at as createdAt',
      'o.updated_at as updatedAt',
    ]);
}

type StoredOrganization = Awaited<ReturnType<ReturnType<typeof organizationRows>['executeTakeFirstOrThrow']>>;
export type RepresentativeRow = Awaited<ReturnType<typeof representativesOf>>[number];
/** An organization with its active member count and representatives (flags as 0/1; the service maps them). */
export type OrganizationRow = StoredOrganization & { memberCount: number; representatives: RepresentativeRow[] };

export async function listOrganizations(db: StorageExecutor, options: { includeArchived: boolean }): Promise<OrganizationRow[]> {
  const rows = await organizationRows(db)
    .$if(!options.includeArchived, (query) => query.where('o.archived_at', 'is', null))
    .orderBy(nameOrder(dialectOf(db), sql.ref('o.name')))
    .orderBy('o.id')
    .execute();
  return withMembers(db, rows, options.includeArchived ? null : rows.map((row) => row.id));
}

export async function findOrganization(db: StorageExecutor, id: string): Promise<OrganizationRow | undefined> {
  return (await findOrganizationsByIds(db, [id]))[0];
}

/** The organizations with these ids, in no particular order; their members are counted for these ids only. */
export async function findOrganizationsByIds(db: StorageExecutor, ids: readonly string[]): Promise<OrganizationRow[]> {
  const rows: StoredOrganization[] = [];
  for (const chunk of chunksOf([...new Set(ids)])) rows.push(...(await organizationRows(db).where('o.id', 'in', chunk).execute()));
  return withMembers(
    db,
    rows,
    rows.map((row) => row.id),
  );
}

/** Counts and representatives of `ids` (null: of every organization, for a whole list). */
async function withMembers(db: StorageExecutor, rows: StoredOrganization[], ids: readonly string[] | null): Promise<OrganizationRow[]> {
  if (rows.length === 0) return [];
  const counts = new Map<string, number>();
  const representatives = new Map<string, RepresentativeRow[]>();
  for (const chunk of ids === null ? [null] : chunksOf(ids)) {
    for (const { organizationId, memberCount } of await memberCountsOf(db, chunk)) counts.set(organizationId ?? '', memberCount);
    for (const person of await representativesOf(db, chunk)) {
      const list = representatives.get(person.organizationId ?? '') ?? [];
      list.push(person);
      representatives.set(person.organizationId ?? '', list);
    }
  }
  return rows.map((row) => ({ ...row, memberCount: counts.get(row.id) ?? 0, representatives: representatives.get(row.id) ?? [] }));
}

function memberCountsOf(db: StorageExecutor, ids: readonly string[] | null) {
  return db
    .selectFrom('members')
    .select(['organization_id as organizationId', (eb) => eb.fn.countAll<number>().as('memberCount')])
    .where('archived_at', 'is', null)
    .where('organization_id', 'is not', null)
    .$if(ids !== null, (query) => query.where('organization_id', 'in', ids ?? []))
    .groupBy('organization_id')
    .execute();
}

function representativesOf(db: StorageExecutor, ids: readonly string[] | null) {
  return db
    .selectFrom('members as m')
    .select(['m.organization_id as organizationId', 'm.id', shownNameOf('m').as('displayName'), 'm.representative_role as role'])
    .where('m.archived_at', 'is', null)
    .where('m.representative_role', '<>', 'none')
    .where('m.organization_id', 'is not', null)
    .$if(ids !== null, (query) => query.where('m.organization_id', 'in', ids ?? []))
    .execute();
}
