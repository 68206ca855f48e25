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

/** Records of one kind whose directory search document matches; the index holds only what lists may show. */
export const matchingDirectoryIds = (kind: 'member' | 'organization'): string =>
  `SELECT ref_id FROM directory_search WHERE directory_search MATCH @match AND kind = '${kind}'`;

export function textFilter(filters: Filters, column: string, kind: 'member' | 'organization', text: string): void {
  const match = filterMatchExpression(text);
  if (match === null) return;
  filters.conditions.push(`${column} IN (${matchingDirectoryIds(kind)})`);
  filters.params.match = match;
}

/** Rows by id in the order of `ids` (a page's ids come sorted; the rows are read by key). */
export function inIdOrder<R extends { id: string }>(ids: readonly string[], rows: readonly R[]): R[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
