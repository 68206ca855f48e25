import type { StorageExecutor } from './engine/storageEngine';
import { shownNameOf } from './memberShownName';

/**
 * What the roster export needs to put its rows in order, and no more: the active organizations' names, and the
 * active members' places (their organization, representative role, shown name). The rows' cells are read later, a
 * chunk at a time (`findOrganizationsByIds`, `findMembersByIds`).
 */
export function readRosterOrganizations(db: StorageExecutor) {
  return db.selectFrom('organizations').select(['id', 'name']).where('archived_at', 'is', null).execute();
}

export function readRosterPlaces(db: StorageExecutor) {
  return db
    .selectFrom('members as m')
    .leftJoin('organizations as o', 'o.id', 'm.organization_id')
    .select([
      'm.id',
      'm.organization_id as organizationId',
      'o.name as organizationName',
      'm.representative_role as representativeRole',
      'm.protected_identity as protectedIdentity',
    ])
    .select(shownNameOf('m').as('shownName'))
    .where('m.archived_at', 'is', null)
    .execute();
}

/** The protected details of these members, for an export whose maker chose to include them (noted in the history). */
export async function revealMemberIdentities(db: StorageExecutor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('members').select(['id', 'full_name as fullName', 'email', 'phone']).where('id', 'in', ids).execute();
}
