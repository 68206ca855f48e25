import { type SectorId, sectorLabel } from '../../shared/stakeholderSectors';
import type { OrganizationSearchFields } from './directorySearchDocuments';
import { shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';
import { preparedOnce } from './preparedOnce';

/**
 * The directory's full-text index, written here in the same transaction as the rows it describes.
 * A protected member is indexed by display name, title and organization only: never full name or contacts.
 */
type SearchKind = 'organization' | 'member';

type OrganizationText = OrganizationSearchFields;

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

/** Adds or replaces the organization's document. */
export function indexOrganization(db: Db, id: string): void {
  const row = preparedOnce(db, 'SELECT id, name, sector, sector_other_label AS sectorOtherLabel, jurisdiction, notes FROM organizations WHERE id = ?').get(
    id,
  ) as OrganizationText;
  const body = [sectorLabel(row.sector, row.sectorOtherLabel), row.jurisdiction, row.notes];
  putDocument(db, 'organization', row.id, row.name, body);
}

/** Adds or replaces the member's document (by display name only while the identity is protected). */
export function indexMember(db: Db, id: string): void {
  for (const row of memberTexts(db, 'm.id = ?', id)) putMemberDocument(db, row);
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

function putMemberDocument(db: Db, row: MemberText): void {
  const shared = [row.title, row.organizationName ?? ''];
  const identity = row.protectedIdentity === 1 ? [] : [row.fullName === row.shownName ? '' : row.fullName, row.email];
  putDocument(db, 'member', row.id, row.shownName, [...shared, ...identity]);
}

/**
 * Each document has its rowid in directory_search_refs (schema step 80), so replacing one is a lookup on that
 * table's unique (kind, ref_id) and a write by rowid: FTS5 does not index ref_id, and filtering on it read every row.
 */
function putDocument(db: Db, kind: SearchKind, id: string, title: string, body: string[]): void {
  const text = body.filter((part) => part !== '').join('\n');
  const existing = preparedOnce(db, 'SELECT rowid FROM directory_search_refs WHERE kind = ? AND ref_id = ?').pluck().get(kind, id) as number | undefined;
  if (existing !== undefined) {
    preparedOnce(db, 'UPDATE directory_search SET title = ?, body = ? WHERE rowid = ?').run(title, text, existing);
    return;
  }
  const { lastInsertRowid } = preparedOnce(db, 'INSERT INTO directory_search_refs (kind, ref_id) VALUES (?, ?)').run(kind, id);
  preparedOnce(db, 'INSERT INTO directory_search (rowid, kind, ref_id, title, body) VALUES (?, ?, ?, ?, ?)').run(lastInsertRowid, kind, id, title, text);
}
