import { searchTerms } from './engine/search/searchTerms';

/**
 * What the Members and Organizations page queries share: the ORDER BY rank of a label list, the full-text filter, and
 * the WHERE clause put together from fixed shapes. Every value a person gave is a bound parameter.
 */
export type Params = Record<string, string | number | null>;

export interface Filters {
  conditions: string[];
  params: Params;
}

export const whereOf = ({ conditions }: Filters): string =>
  conditions.length > 0 ? `WHERE ${conditions.map((condition) => `(${condition})`).join(' AND ')}` : '';

/** Stored values ranked by the words people see (so "Co-chair" sorts as it reads), from a fixed list of values. */
export function labelRank(column: string, labels: Readonly<Record<string, string>>): string {
  const values = Object.keys(labels).sort((a, b) => labels[a]!.localeCompare(labels[b]!, 'en'));
  return `CASE ${column} ${values.map((value, index) => `WHEN '${value.replace(/'/g, "''")}' THEN ${index}`).join(' ')} END`;
}

/**
 * The page's filter text as an FTS5 expression: every word quoted (so nothing typed is query syntax) and every word a
 * prefix, since people type the start of names ("ana gar" finds Ana García). Null when no word is left.
 */
export function filterMatchExpression(text: string): string | null {
  const terms = searchTerms(text);
  return terms.length === 0 ? null : terms.map((term) => `"${term}"*`).join(' ');
}

/**
 * The FROM clause of a page query, `table alias` as it is, or with filter text the full-text matches joined to their
 * records by key: the matches (found through directory_search_refs, which knows each document's kind) drive the
 * query, so a filter costs what it matches, not a pass over every record. The index holds only what lists may show.
 */
export function pageSource(table: 'members' | 'organizations', alias: string, kind: 'member' | 'organization', text: string, filters: Filters): string {
  const match = filterMatchExpression(text);
  if (match === null) return `${table} ${alias}`;
  filters.conditions.push('directory_search MATCH @match', `r.kind = '${kind}'`);
  filters.params.match = match;
  return `directory_search s JOIN directory_search_refs r ON r.rowid = s.rowid CROSS JOIN ${table} ${alias} ON ${alias}.id = r.ref_id`;
}

/** Rows by id in the order of `ids` (a page's ids come sorted; the rows are read by key). */
export function inIdOrder<R extends { id: string }>(ids: readonly string[], rows: readonly R[]): R[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
