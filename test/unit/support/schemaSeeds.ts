import type { Db } from '../../../main/db/openDatabase';

/**
 * Representative rows for whatever schema a database has, worked out from the schema itself so that every migration
 * step, including future ones, gets a data-seeded upgrade test: one row per table, every column given a value
 * (a CHECK's first allowed literal, a referenced row's id, the default where one is declared), in foreign-key order.
 */
export interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

interface ForeignKey {
  table: string;
  from: string;
  to: string | null;
}

export type SeededRows = Map<string, Record<string, unknown>>;

/** The tables a person's data lives in: not SQLite's own, not FTS5's shadow tables, not the migration ledger. */
export function dataTables(db: Db): string[] {
  const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{
    name: string;
    sql: string;
  }>;
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql)).map((row) => row.name);
  const isShadow = (name: string) => virtual.some((table) => name.startsWith(`${table}_`));
  return rows.map((row) => row.name).filter((name) => name !== 'schema_migrations' && !isShadow(name));
}

export const columnsOf = (db: Db, table: string) => db.prepare(`SELECT * FROM pragma_table_info(?)`).all(table) as Column[];
const foreignKeysOf = (db: Db, table: string) => db.prepare(`SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)`).all(table) as ForeignKey[];
const tableSql = (db: Db, table: string) => (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string }).sql;

/** Referenced tables first. */
function inForeignKeyOrder(db: Db, tables: string[]): string[] {
  const ordered: string[] = [];
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table) || path.includes(table)) return;
    for (const key of foreignKeysOf(db, table)) if (tables.includes(key.table)) visit(key.table, [...path, table]);
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

function valueFor(db: Db, table: string, column: Column, seeded: SeededRows): unknown {
  const reference = foreignKeysOf(db, table).find((key) => key.from === column.name);
  if (reference) return seeded.get(reference.table)?.[reference.to ?? 'id'] ?? null;
  const allowed = new RegExp(`\\b${column.name}\\b[^,]*?CHECK\\s*\\(\\s*${column.name}\\s+IN\\s*\\(\\s*('([^']*)'|(-?\\d+))`, 'i').exec(tableSql(db, table));
  if (allowed) return allowed[2] ?? Number(allowed[3]);
  if (/INT/i.test(column.type)) return column.pk ? 1 : 0;
  if (/REAL/i.test(column.type)) return 0.5;
  if (/BLOB/i.test(column.type)) return Buffer.from('seed');
  return /(_at|_on)$/.test(column.name) ? '2026-03-01T12:00:00.000Z' : `seed ${table}.${column.name}`;
}

function tryInsert(db: Db, table: string, row: Record<string, unknown>): boolean {
  const names = Object.keys(row);
  try {
    db.prepare(`INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
      ...names.map((name) => row[name]),
    );
    return true;
  } catch {
    return false;
  }
}

/** One row in every data table; returns what was written, per table. Throws if a table cannot be seeded. */
export function seedEveryTable(db: Db): SeededRows {
  const seeded: SeededRows = new Map();
  for (const table of inForeignKeyOrder(db, dataTables(db))) {
    const columns = columnsOf(db, table).filter((column) => column.dflt_value === null || column.notnull === 0);
    const full = Object.fromEntries(columns.map((column) => [column.name, valueFor(db, table, column, seeded)]));
    const nullable = columns.filter((column) => column.notnull === 0 && !column.pk).map((column) => column.name);
    // A table-wide CHECK may need some optional column left empty: try each one, then all of them.
    const attempts = [full, ...nullable.map((name) => ({ ...full, [name]: null })), { ...full, ...Object.fromEntries(nullable.map((name) => [name, null])) }];
    const row = attempts.find((attempt) => tryInsert(db, table, attempt));
    if (!row) throw new Error(`Could not seed a row in ${table}: teach test/unit/support/schemaSeeds.ts its rules.`);
    seeded.set(table, row);
  }
  return seeded;
}

/** The value a column's declared default gives (NULL when it has none). */
export function defaultOf(db: Db, column: Column): unknown {
  return column.dflt_value === null ? null : (db.prepare(`SELECT ${column.dflt_value} AS value`).get() as { value: unknown }).value;
}
