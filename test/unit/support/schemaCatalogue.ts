import type { Db } from '../../../main/db/openDatabase';
import type { PostgresClient } from '../../../main/db/postgresClient';

/**
 * What a schema is, read from either engine's catalogue into one comparable shape: every table's columns (type
 * family, NOT NULL, the value of the default), every explicit index (columns in order, unique, partial predicate),
 * and the keys (primary, unique, foreign). Two databases built from the same migration list must give the same
 * catalogue, apart from the parts each engine's full-text search adds (listed by the test).
 */
export interface Catalogue {
  /** `table.column` -> `type notnull=… default=…` */
  columns: Record<string, string>;
  /** index name -> `table (columns) unique=… where=…` */
  indexes: Record<string, string>;
  /** `primary key t (c)`, `unique t (c)`, `foreign key t (c) -> u (d)` */
  keys: string[];
  /** table -> how many CHECK constraints it has (SQLite keeps them only in the table's SQL text) */
  checks: Record<string, number>;
}

const FTS5_SHADOW_SUFFIXES = ['config', 'content', 'data', 'docsize', 'idx'];

const column = (type: string, notNull: boolean, value: unknown) => `${type} notnull=${notNull} default=${JSON.stringify(value)}`;
const index = (table: string, columns: string[], unique: boolean, where: string | null) =>
  `${table} (${columns.join(', ')}) unique=${unique} where=${where === null ? 'none' : normalizePredicate(where)}`;

/** PostgreSQL prints `((a = 'x'::text) AND (b IS NULL))` for SQLite's `a = 'x' AND b IS NULL`. */
function normalizePredicate(sql: string): string {
  return sql
    .replace(/::[a-z ]+/gi, '')
    .replace(/[()]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * SQLite declares INTEGER, TEXT, REAL and BLOB (FTS5 columns declare nothing and hold text); PostgreSQL names them its
 * way. SQLite's REAL is an 8-byte float, PostgreSQL's `double precision` (its `real` has 4 bytes).
 */
function sqliteTypeFamily(declared: string): string {
  if (declared === '' || /TEXT/i.test(declared)) return 'text';
  if (/INT/i.test(declared)) return 'integer';
  if (/^REAL$/i.test(declared)) return 'double precision';
  if (/^BLOB$/i.test(declared)) return 'bytea';
  return declared.toLowerCase();
}

/** The tables FTS5 keeps each virtual table's index in: SQLite's machinery, not the schema's. */
export function fts5ShadowTables(db: Db): string[] {
  const virtual = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[];
  return virtual.flatMap((table) => FTS5_SHADOW_SUFFIXES.map((suffix) => `${table}_${suffix}`));
}

const sqlOf = (db: Db, name: string) => db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(name) as string;

export function sqliteCatalogue(db: Db): Catalogue {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
  ).filter((table) => !fts5ShadowTables(db).includes(table));
  const catalogue: Catalogue = { columns: {}, indexes: {}, keys: [], checks: {} };
  for (const table of tables) {
    const columns = db.prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid').all(table) as Array<{
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
      pk: number;
    }>;
    for (const c of columns) {
      const value = c.dflt_value === null ? null : db.prepare(`SELECT ${c.dflt_value}`).pluck().get();
      catalogue.columns[`${table}.${c.name}`] = column(sqliteTypeFamily(c.type), c.notnull === 1 || c.pk > 0, value);
    }
    catalogue.checks[table] = sqlOf(db, table).match(/\bCHECK\s*\(/gi)?.length ?? 0;
    const primary = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    if (primary.length > 0) catalogue.keys.push(`primary key ${table} (${primary.map((c) => c.name).join(', ')})`);
    for (const { name, unique, origin, partial } of db.prepare('SELECT name, "unique", origin, partial FROM pragma_index_list(?)').all(table) as Array<{
      name: string;
      unique: number;
      origin: string;
      partial: number;
    }>) {
      const indexColumns = db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(name) as string[];
      if (origin === 'u') catalogue.keys.push(`unique ${table} (${indexColumns.join(', ')})`);
      if (origin !== 'c') continue;
      catalogue.indexes[name] = index(table, indexColumns, unique === 1, partial ? sqlOf(db, name).replace(/^[\s\S]*?\bWHERE\b/i, '') : null);
    }
    for (const key of db.prepare('SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)').all(table) as Array<{
      table: string;
      from: string;
      to: string;
    }>) {
      catalogue.keys.push(`foreign key ${table} (${key.from}) -> ${key.table} (${key.to})`);
    }
  }
  catalogue.keys.sort();
  return catalogue;
}

export async function postgresCatalogue(client: PostgresClient): Promise<Catalogue> {
  const catalogue: Catalogue = { columns: {}, indexes: {}, keys: [], checks: {} };
  const columns = await client.query<{ table: string; name: string; type: string; notnull: boolean; dflt: string | null }>(
    `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
            CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS dflt
       FROM pg_class c
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
      ORDER BY c.relname, a.attnum`,
  );
  for (const c of columns.rows) {
    const value = c.dflt === null ? null : (await client.query(`SELECT ${c.dflt} AS value`)).rows[0].value;
    catalogue.columns[`${c.table}.${c.name}`] = column(c.type, c.notnull, value);
  }
  const indexes = await client.query<{ name: string; table: string; columns: string[]; unique: boolean; predicate: string | null }>(
    `SELECT ic.relname AS name, tc.relname AS table, i.indisunique AS unique, pg_get_expr(i.indpred, i.indrelid) AS predicate,
            array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class tc ON tc.oid = i.indrelid
      WHERE tc.relnamespace = current_schema()::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u'))`,
  );
  for (const i of indexes.rows) catalogue.indexes[i.name] = index(i.table, i.columns, i.unique, i.predicate);
  const keys = await client.query<{ key: string }>(
    `SELECT CASE k.contype WHEN 'p' THEN 'primary key ' WHEN 'u' THEN 'unique ' ELSE 'foreign key ' END
            || t.relname || ' (' || (SELECT string_agg(a.attname, ', ' ORDER BY n) FROM unnest(k.conkey) WITH ORDINALITY AS c(attnum, n)
                                      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = c.attnum) || ')'
            || CASE WHEN k.contype = 'f' THEN ' -> ' || r.relname || ' (' || (SELECT string_agg(a.attname, ', ' ORDER BY n)
                 FROM unnest(k.confkey) WITH ORDINALITY AS c(attnum, n) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = c.attnum) || ')' ELSE '' END AS key
       FROM pg_constraint k
       JOIN pg_class t ON t.oid = k.conrelid
       LEFT JOIN pg_class r ON r.oid = k.confrelid
      WHERE k.contype IN ('p', 'u', 'f') AND t.relnamespace = current_schema()::regnamespace`,
  );
  catalogue.keys = keys.rows.map((row) => row.key).sort();
  const checks = await client.query<{ table: string; n: number }>(
    `SELECT t.relname AS table, count(k.oid)::int AS n
       FROM pg_class t LEFT JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'c'
      WHERE t.relkind = 'r' AND t.relnamespace = current_schema()::regnamespace
      GROUP BY t.relname ORDER BY t.relname`,
  );
  catalogue.checks = Object.fromEntries(checks.rows.map((row) => [row.table, row.n]));
  return catalogue;
}

/** The committed list's lines (`table t`, `column t.c`, `index i on t`) for a PostgreSQL database. */
export function catalogueObjects(catalogue: Catalogue): string[] {
  const tables = new Set(Object.keys(catalogue.columns).map((name) => name.split('.')[0]!));
  return [
    ...[...tables].map((table) => `table ${table}`),
    ...Object.keys(catalogue.columns).map((name) => `column ${name}`),
    ...Object.entries(catalogue.indexes).map(([name, description]) => `index ${name} on ${description.split(' ')[0]}`),
  ].sort();
}

/** Lines of the committed list naming one of the given tables or its columns. */
export function namesTable(line: string, tables: string[]): boolean {
  return tables.some((table) => line === `table ${table}` || line.startsWith(`column ${table}.`));
}
