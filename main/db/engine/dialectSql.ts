import { type Expression, type RawBuilder, sql } from 'kysely';
import type { StorageDialect } from './storageEngine';

/**
 * The places where the two dialects need different SQL for the same meaning, each as one small expression builder,
 * so repositories stay one query for both engines.
 */

/** The ICU root collation PostgreSQL ships when built with ICU: accent- and case-aware, whatever the server's locale. */
const POSTGRES_NAME_COLLATION = 'und-x-icu';

/** An ORDER BY term that sorts people's and organizations' names as people expect (alba, Álvaro, Émile, eve, Zoe). */
export function nameOrder(dialect: StorageDialect, column: Expression<string> | RawBuilder<string>): RawBuilder<string> {
  return dialect === 'postgres' ? sql<string>`${column} COLLATE ${sql.id(POSTGRES_NAME_COLLATION)}` : sql<string>`name_sort_key(${column})`;
}

/**
 * An ORDER BY term for text that is not a person's name (titles) or that sorts many rows (the Members grid by
 * organization name): SQLite's built-in NOCASE, which costs no function call per row; PostgreSQL's ICU root order.
 */
export function caselessOrder(dialect: StorageDialect, column: Expression<string> | RawBuilder<string>): RawBuilder<string> {
  return dialect === 'postgres' ? sql<string>`${column} COLLATE ${sql.id(POSTGRES_NAME_COLLATION)}` : sql<string>`${column} COLLATE NOCASE`;
}

const JSON_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * One top-level field of a JSON text column, as text (null when absent). Both engines store JSON as TEXT written by
 * JSON.stringify; SQLite reads it with json_extract, PostgreSQL casts to jsonb.
 */
export function jsonTextField(dialect: StorageDialect, column: Expression<string> | RawBuilder<string>, field: string): RawBuilder<string | null> {
  if (!JSON_FIELD.test(field)) throw new Error(`Not a plain JSON field name: ${field}`);
  if (dialect === 'postgres') return sql<string | null>`(${column}::jsonb ->> ${field})`;
  return sql<string | null>`json_extract(${column}, ${`$.${field}`})`;
}

/**
 * `column IN (values)` with the list bound as one parameter, so one prepared statement serves any number of values:
 * SQLite reads a JSON array with json_each, PostgreSQL a text array.
 */
export function inValues(dialect: StorageDialect, column: RawBuilder<unknown>, values: readonly string[]): RawBuilder<boolean> {
  if (dialect === 'postgres') return sql<boolean>`${column} = ANY(${[...values]}::text[])`;
  return sql<boolean>`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;
}

/** How many rows of a group meet a condition: SQLite sums the condition (1 or 0), PostgreSQL counts with FILTER. */
export function countWhere(dialect: StorageDialect, condition: RawBuilder<unknown>): RawBuilder<number> {
  if (dialect === 'postgres') return sql<number>`count(*) FILTER (WHERE ${condition})`;
  return sql<number>`coalesce(sum(${condition}), 0)`;
}
