import type { involvementLevels } from '../../shared/contract/directorySchemas';
import type { FollowUpStatus, OutreachContact } from '../../shared/contract/trainingSchemas';
import type { StorageExecutor } from './engine/storageEngine';

export interface OutreachFields {
  organizationId: string;
  contactedOn: string;
  contactPerson: string;
  agreed: string;
  followUpOn: string | null;
  followUpStatus: FollowUpStatus;
}

const columns = (fields: OutreachFields) => ({
  organization_id: fields.organizationId,
  contacted_on: fields.contactedOn,
  contact_person: fields.contactPerson,
  agreed: fields.agreed,
  follow_up_on: fields.followUpOn,
  follow_up_status: fields.followUpStatus,
});

export async function insertOutreach(db: StorageExecutor, id: string, fields: OutreachFields, at: string): Promise<void> {
  await db
    .insertInto('outreach_contacts')
    .values({ id, ...columns(fields), created_at: at, updated_at: at })
    .execute();
}

export async function updateOutreach(db: StorageExecutor, id: string, fields: OutreachFields, at: string): Promise<void> {
  await db
    .updateTable('outreach_contacts')
    .set({ ...columns(fields), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteOutreach(db: StorageExecutor, id: string): Promise<void> {
  await db.deleteFrom('outreach_contacts').where('id', '=', id).execute();
}

export async function findOutreach(db: StorageExecutor, id: string): Promise<OutreachContact | undefined> {
  return (await queryOutreach(db, id))[0];
}

export const listOutreach = (db: StorageExecutor): Promise<OutreachContact[]> => queryOutreach(db);

/** Newest contact first, with the organization as the directory holds it now (a prospective one says so). */
async function queryOutreach(db: StorageExecutor, id?: string): Promise<OutreachContact[]> {
  const rows = await db
    .selectFrom('outreach_contacts as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select([
      'c.id',
      'o.id as organizationId',
      'o.name as organizationName',
      'o.involvement',
      'o.sector',
      'c.contacted_on as contactedOn',
      'c.contact_person as contactPerson',
    ])
    .select(['c.agreed', 'c.follow_up_on as followUpOn', 'c.follow_up_status as followUpStatus', 'c.created_at as createdAt', 'c.updated_at as updatedAt'])
    .$if(id !== undefined, (query) => query.where('c.id', '=', id ?? ''))
    .orderBy('c.contacted_on', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  return rows.map(({ organizationId, organizationName, involvement, sector, ...row }) => ({
    ...row,
    organization: { id: organizationId, name: organizationName, involvement: involvement as (typeof involvementLevels)[number], sector },
  }));
}

/** An organization of the directory, for a form's reference check: missing, or there with its archive state. */
export async function organizationState(db: StorageExecutor, id: string): Promise<'active' | 'archived' | 'missing'> {
  const row = await db.selectFrom('organizations').select('archived_at as archivedAt').where('id', '=', id).executeTakeFirst();
  return !row ? 'missing' : row.archivedAt === null ? 'active' : 'archived';
}
