// schema.ts types every table for Kysely by hand; this holds it to what the migrations really make, on both engines:
// the same tables, the same columns, and `| null` exactly where a column may be NULL. A migration that adds a column
// without its type (or a type for a column no migration makes) fails here rather than in a query at run time.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { StorageDialect, StorageExecutor } from '../../main/db/engine/storageEngine';
import { ENGINE_TAGS } from '../support/engineTags';
import { openTestEngine } from './support/eachEngine';
import { freshPostgresDatabase } from './support/postgresDatabase';

type Columns = Record<string, { nullable: boolean }>;
type Tables = Record<string, Columns>;

/** The search port's tables are not in schema.ts (engine/search/ owns them), nor is SQLite's bookkeeping. */
const notTyped = (table: string) => /^(directory_search|meeting_search|action_item_search|document_search)/.test(table) || table.startsWith('sqlite_');

function typedTables(): Tables {
  const file = path.join(__dirname, '../../main/db/engine/schema.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
  });
  const schema = interfaces.get('Schema');
  if (!schema) throw new Error('schema.ts has no Schema interface');
  const tables: Tables = {};
  for (const member of schema.members) {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type))
      throw new Error(`Unexpected Schema member ${member.getText()}`);
    const table = interfaces.get(member.type.typeName.getText());
    if (!table) throw new Error(`No interface ${member.type.typeName.getText()}`);
    tables[member.name.getText()] = Object.fromEntries(
      table.members.filter(ts.isPropertySignature).map((column) => [column.name.getText(), { nullable: /\bnull\b/.test(column.type?.getText() ?? '') }]),
    );
  }
  return tables;
}

async function sqliteTables(): Promise<Tables> {
  const opened = await openTestEngine('sqlcipher');
  try {
    const db = opened.engine.db;
    const { rows: names } = await sqlRows<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    const tables: Tables = {};
    for (const { name } of names.filter((row) => !notTyped(row.name))) {
      const { rows } = await sqlRows<{ name: string; notnull: number; pk: number }>(db, `SELECT name, "notnull", pk FROM pragma_table_info('${name}')`);
      tables[name] = Object.fromEntries(rows.map((column) => [column.name, { nullable: column.notnull === 0 && column.pk === 0 }]));
    }
    return tables;
  } finally {
    await opened.dispose();
  }
}

async function postgresTables(): Promise<Tables> {
  const client = new pg.Client({ connectionString: (await freshPostgresDatabase('migrated')).connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string; column_name: string; is_nullable: string }>(
      "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
    );
    const tables: Tables = {};
    for (const row of rows.filter((column) => !notTyped(column.table_name))) {
      (tables[row.table_name] ??= {})[row.column_name] = { nullable: row.is_nullable === 'YES' };
    }
    return tables;
  } finally {
    await client.end();
  }
}

const sqlRows = <T>(db: StorageExecutor, text: string) => sql<T>`${sql.raw(text)}`.execute(db);

const readers: Record<StorageDialect, () => Promise<Tables>> = { sqlcipher: sqliteTables, postgres: postgresTables };

for (const dialect of ['sqlcipher', 'postgres'] as const) {
  describe(`schema.ts matches the migrated database ${ENGINE_TAGS[dialect]}`, () => {
    it('types every table and column the migrations make, with null exactly where a column may be NULL', async () => {
      const stored = await readers[dialect]();
      const typed = typedTables();
      expect(Object.keys(typed).sort()).toEqual(Object.keys(stored).sort());
      for (const [table, columns] of Object.entries(stored)) expect({ table, columns: typed[table] }).toEqual({ table, columns });
    });
  });
}
