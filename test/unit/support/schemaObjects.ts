import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../main/db/openDatabase';

/**
 * The committed list of every table, column and index the schema has had (test/unit/fixtures/schema-objects.txt).
 * The schema may only grow: a test fails when one of these is gone. Add new ones with
 *   UPDATE_SCHEMA_LIST=1 npx vitest run test/unit/migrations.test.ts
 * which only ever adds lines (it keeps every line already there, so a drop cannot be "approved" by regenerating).
 */
export const schemaListFile = path.join(import.meta.dirname, '..', 'fixtures', 'schema-objects.txt');

/** `table t`, `column t.c` and `index i` for every object in the database (SQLite's internal ones left out). */
export function schemaObjects(db: Db): string[] {
  const objects = db
    .prepare("SELECT type, name, tbl_name AS tableName FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index')")
    .all() as Array<{ type: string; name: string; tableName: string }>;
  return objects
    .flatMap((object) =>
      object.type === 'index'
        ? [`index ${object.name} on ${object.tableName}`]
        : [
            `table ${object.name}`,
            ...(db.prepare('SELECT name FROM pragma_table_info(?)').all(object.name) as Array<{ name: string }>).map(
              (column) => `column ${object.name}.${column.name}`,
            ),
          ],
    )
    .sort();
}

export function committedSchemaObjects(): string[] {
  return fs.readFileSync(schemaListFile, 'utf8').split('\n').filter(Boolean);
}

/** Adds what the schema has now to the committed list, keeping every line already in it. */
export function addToCommittedSchemaObjects(current: string[]): void {
  const merged = [...new Set([...committedSchemaObjects(), ...current])].sort();
  fs.writeFileSync(schemaListFile, `${merged.join('\n')}\n`);
}
