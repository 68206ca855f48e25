import { type SectorId, sectorLabel } from '../../shared/stakeholderSectors';
import { shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';
import { preparedOnce } from './preparedOnce';

/**
 * The directory's full-text index, written here in the same transaction as the rows it describes.
 * A protected member is indexed by display name, title and organization only: never full name or contacts.
 */
type SearchKind = 'organization' | 'member';

interface OrganizationText {
  id: string;
  name: string;
  sector: SectorId;
  sectorOtherLabel: string;
  jurisdiction: string;
  notes: string;
}

interface MemberText {
  id: string;
  shownName: string;
  fullName: string;
  email: string;
  title: string;
  protectedIdentity: number;
  organizationName: string | null;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  snippet: string;
  sector: SectorId | null;
  sectorOtherLabel: string | null;
  jurisdiction: string | null;
  memberTitle: string | null;
  memberOrganizationName: string | null;
}

export function indexOrganization(db: Db, id: string): void {
  const row = preparedOnce(db, 'SELECT id, name, sector, sector_other_label AS sectorOtherLabel, jurisdiction, notes FROM organizations WHERE id = ?').get(id) as OrganizationText;
  const body = [sectorLabel(row.sector, row.sectorOtherLabel), row.jurisdiction, row.notes];
  insertDocument(db, 'organization', row.id, row.name, body);
}

export function reindexOrganization(db: Db, id: string): void {
  deleteDocuments(db, 'organization', 'SELECT ?', id);
  indexOrganization(db, id);
}

export function indexMember(db: Db, id: string): void {
  for (const row of memberTexts(db, 'm.id = ?', id)) insertMemberDocument(db, row);
}

export function reindexMember(db: Db, id: string): void {
  deleteDocuments(db, 'member', 'SELECT ?', id);
  indexMember(db, id);
}

export function reindexMembersOfOrganization(db: Db, organizationId: string): void {
  deleteDocuments(db, 'member', 'SELECT id FROM members WHERE organization_id = ?', organizationId);
  for (const row of memberTexts(db, 'm.organization_id = ?', organizationId)) insertMemberDocument(db, row);
}

/** `match` must already be a safe FTS5 expression (see services/searchQuery.ts). Archived rows are left out. */
export function searchDirectory(db: Db, match: string, limit: number): SearchHit[] {
  return db
    .prepare(
      `SELECT s.kind, s.ref_id AS id, s.title, snippet(directory_search, -1, char(2), char(3), '…', 12) AS snippet,
              o.sector, o.sector_other_label AS sectorOtherLabel, o.jurisdiction,
              m.title AS memberTitle, mo.name AS memberOrganizationName
       FROM directory_search s
       LEFT JOIN organizations o ON s.kind = 'organization' AND o.id = s.ref_id
       LEFT JOIN members m ON s.kind = 'member' AND m.id = s.ref_id
       LEFT JOIN organizations mo ON mo.id = m.organization_id
       WHERE directory_search MATCH ? AND coalesce(o.archived_at, m.archived_at) IS NULL
       ORDER BY rank
       LIMIT ?`,
    )
    .all(match, limit) as SearchHit[];
}

function memberTexts(db: Db, where: string, param: string): MemberText[] {
  return db
    .prepare(
      `SELECT m.id, ${shownNameSql('m')} AS shownName, m.full_name AS fullName, m.email, m.title,
              m.protected_identity AS protectedIdentity, o.name AS organizationName
       FROM members m LEFT JOIN organizations o ON o.id = m.organization_id
       WHERE ${where}`,
    )
    .all(param) as MemberText[];
}

function insertMemberDocument(db: Db, row: MemberText): void {
  const shared = [row.title, row.organizationName ?? ''];
  const identity = row.protectedIdentity === 1 ? [] : [row.fullName === row.shownName ? '' : row.fullName, row.email];
  insertDocument(db, 'member', row.id, row.shownName, [...shared, ...identity]);
}

function insertDocument(db: Db, kind: SearchKind, id: string, title: string, body: string[]): void {
  preparedOnce(db, 'INSERT INTO directory_search (kind, ref_id, title, body) VALUES (?, ?, ?, ?)').run(
    kind,
    id,
    title,
    body.filter((part) => part !== '').join('\n'),
  );
}

/** ref_id is not indexed by FTS5, so one statement removes a whole set in a single pass over the table. */
function deleteDocuments(db: Db, kind: SearchKind, idsSql: string, param: string): void {
  db.prepare(`DELETE FROM directory_search WHERE kind = ? AND ref_id IN (${idsSql})`).run(kind, param);
}
