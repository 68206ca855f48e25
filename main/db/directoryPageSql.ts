import { type RawBuilder, sql } from 'kysely';
import { searchIndexFor } from './engine/search/searchIndexFor';
import type { StorageDialect } from './engine/storageEngine';

/**
 * What the Members and Organizations page queries share (either engine): the ORDER BY rank of a label list, the
 * full-text filter, and the WHERE clause put together from fixed shapes. Every value a person gave is a bound parameter.
 */
export type Condition = RawBuilder<unknown>;

export const whereOf = (conditions: readonly Condition[]): RawBuilder<unknown> =>
  conditions.length > 0
    ? sql`WHERE ${sql.join(
        conditions.map((condition) => sql`(${condition})`),
        sql` AND `,
      )}`
    : sql``;

export const orderByOf = (terms: readonly RawBuilder<unknown>[]): RawBuilder<unknown> => sql`ORDER BY ${sql.join(terms)}`;

/** Stored values ranked by the words people see (so "Co-chair" sorts as it reads), from a fixed list of values. */
export function labelRank(column: string, labels: Readonly<Record<string, string>>): RawBuilder<number> {
  const values = Object.keys(labels).sort((a, b) => labels[a]!.localeCompare(labels[b]!, 'en'));
  return sql<number>`CASE ${sql.ref(column)} ${sql.join(
    values.map((value, index) => sql`WHEN ${sql.lit(value)} THEN ${sql.lit(index)}`),
    sql` `,
  )} END`;
}

/**
 * The FROM clause of a page query, `table alias` as it is, or with filter text the full-text matches (every word a
 * prefix: people type the start of names, "ana gar" finds Ana García) joined to their records by key: the matches
 * drive the query (SQLite's CROSS JOIN keeps that order), so a filter costs what it matches, not a pass over every
 * record. The index holds only what lists may show. `hint` is SQLite's INDEXED BY for the unfiltered form.
 */
export function pageSource(
  dialect: StorageDialect,
  source: { table: 'members' | 'organizations'; alias: string; kind: 'member' | 'organization'; text: string; hint?: string },
): { from: RawBuilder<unknown>; filtered: boolean } {
  const { table, alias, kind, text, hint } = source;
  const matching = searchIndexFor({ dialect }).matchingRefs('directory', kind, text);
  if (matching === null) {
    const indexed = hint !== undefined && dialect === 'sqlcipher' ? sql` INDEXED BY ${sql.id(hint)}` : sql``;
    return { from: sql`${sql.table(table)} ${sql.id(alias)}${indexed}`, filtered: false };
  }
  const join = sql.raw(dialect === 'postgres' ? 'JOIN' : 'CROSS JOIN');
  return { from: sql`(${matching}) hits ${join} ${sql.table(table)} ${sql.id(alias)} ON ${sql.ref(`${alias}.id`)} = hits.ref_id`, filtered: true };
}
