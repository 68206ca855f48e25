import type { PickOption } from '../../shared/contract';
import { memberOrderSql, shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';

/**
 * The few members or organizations a picker offers while someone types (issue 11): the first `limit` by name, or
 * those whose name has every word typed (the directory's full-text index, name column only), never the whole
 * directory. A protected member is found and shown by display name only: that is all the index holds of them.
 */
export type DirectoryPickKind = 'member' | 'organization';

const memberOption = `m.id, ${shownNameSql('m')} AS label, o.name AS detail, m.archived_at IS NOT NULL AS archived`;
const memberFrom = 'members m LEFT JOIN organizations o ON o.id = m.organization_id';
const organizationOption = 'o.id, o.name AS label, NULL AS detail, o.archived_at IS NOT NULL AS archived';

export interface PickFilter {
  /** A safe FTS5 expression (services/searchQuery.ts), or null when no words were typed. */
  match: string | null;
  activeOnly: boolean;
  limit: number;
}

export function pickMembers(db: Db, filter: PickFilter): PickOption[] {
  const where = whereOf(filter.match === null ? null : `m.id IN (${namesMatching('member')})`, filter.activeOnly ? 'm.archived_at IS NULL' : null);
  return options(db.prepare(`SELECT ${memberOption} FROM ${memberFrom} ${where} ORDER BY ${memberOrderSql('m')} LIMIT @limit`).all({ match: filter.match, limit: filter.limit }));
}

export function pickOrganizations(db: Db, filter: PickFilter): PickOption[] {
  const where = whereOf(filter.match === null ? null : `o.id IN (${namesMatching('organization')})`, filter.activeOnly ? 'o.archived_at IS NULL' : null);
  return options(db.prepare(`SELECT ${organizationOption} FROM organizations o ${where} ORDER BY o.name COLLATE NOCASE, o.id LIMIT @limit`).all({ match: filter.match, limit: filter.limit }));
}

function whereOf(...conditions: Array<string | null>): string {
  const chosen = conditions.filter((condition) => condition !== null);
  return chosen.length > 0 ? `WHERE ${chosen.join(' AND ')}` : '';
}

/** The chosen record, so a picker can show its name without loading the list. */
export function findPickOption(db: Db, kind: DirectoryPickKind, id: string): PickOption | null {
  const row = kind === 'member' ? db.prepare(`SELECT ${memberOption} FROM ${memberFrom} WHERE m.id = ?`).get(id) : db.prepare(`SELECT ${organizationOption} FROM organizations o WHERE o.id = ?`).get(id);
  return row ? options([row])[0]! : null;
}

/** The title column holds the name (a member's shown name); the column filter keeps emails, notes and titles out. */
const namesMatching = (kind: DirectoryPickKind) => `SELECT ref_id FROM directory_search WHERE directory_search MATCH '{title} : (' || @match || ')' AND kind = '${kind}'`;

function options(rows: unknown[]): PickOption[] {
  return (rows as Array<Omit<PickOption, 'archived'> & { archived: number }>).map((row) => ({ ...row, archived: row.archived === 1 }));
}
