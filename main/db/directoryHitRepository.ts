import type { SectorId } from '../../shared/stakeholderSectors';
import { searchIndexFor } from './engine/search/searchIndexFor';
import type { SearchIndexHit } from './engine/search/searchIndexPort';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';

/**
 * The directory's part of the top bar's search (either engine): the search port's best matches, with what the
 * results' subtitles need. Archived records are left out; the port ranks, so when some of the best are archived the
 * search asks again for more, up to `limit` active ones.
 */
export async function searchDirectoryRecords(db: StorageExecutor, query: string, limit: number): Promise<DirectoryRecordHit[]> {
  const index = searchIndexFor({ dialect: dialectOf(db) });
  for (let asked = limit; ; asked *= 4) {
    const hits = await index.search(db, 'directory', query, asked);
    const found = await withDetails(db, hits);
    if (found.length >= limit || hits.length < asked) return found.slice(0, limit);
  }
}

type OrganizationDetails = { sector: SectorId; sectorOtherLabel: string; jurisdiction: string };
type MemberDetails = { title: string; organizationName: string | null };
export type DirectoryRecordHit = SearchIndexHit &
  ({ kind: 'organization'; organization: OrganizationDetails; member: null } | { kind: 'member'; organization: null; member: MemberDetails });

async function withDetails(db: StorageExecutor, hits: readonly SearchIndexHit[]): Promise<DirectoryRecordHit[]> {
  const idsOf = (kind: string) => hits.filter((hit) => hit.kind === kind).map((hit) => hit.refId);
  const organizationIds = idsOf('organization');
  const memberIds = idsOf('member');
  const organizations =
    organizationIds.length === 0
      ? []
      : await db
          .selectFrom('organizations')
          .select(['id', 'sector', 'sector_other_label as sectorOtherLabel', 'jurisdiction'])
          .where('id', 'in', organizationIds)
          .where('archived_at', 'is', null)
          .execute();
  const members =
    memberIds.length === 0
      ? []
      : await db
          .selectFrom('members as m')
          .leftJoin('organizations as o', 'o.id', 'm.organization_id')
          .select(['m.id', 'm.title', 'o.name as organizationName'])
          .where('m.id', 'in', memberIds)
          .where('m.archived_at', 'is', null)
          .execute();
  const organizationById = new Map(organizations.map((row) => [row.id, row]));
  const memberById = new Map(members.map((row) => [row.id, row]));
  return hits.flatMap((hit): DirectoryRecordHit[] => {
    const organization = hit.kind === 'organization' ? organizationById.get(hit.refId) : undefined;
    const member = hit.kind === 'member' ? memberById.get(hit.refId) : undefined;
    if (organization) return [{ ...hit, kind: 'organization', organization, member: null }];
    if (member) return [{ ...hit, kind: 'member', organization: null, member }];
    return [];
  });
}
