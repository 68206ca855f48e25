import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../../main/db/openDatabase';
import { migrations } from '../../../main/db/migrations';

type SchemaObject = { type: 'table' | 'index' | 'trigger' | 'view'; name: string };

/**
 * Turns a workspace's schema back to an earlier step, as a file made by an older app would be: every table, index,
 * trigger and column that a later step added is dropped, and the step history forgets those steps. The objects
 * to keep are read from a scratch database migrated to that step, so new steps need no change here.
 */
export function rewindSqliteSchema(db: Db, toVersion: number): void {
  const kept = schemaAtVersion(toVersion);
  const keptNames = new Set(kept.objects.map((object) => object.name));
  for (const type of ['trigger', 'view', 'index', 'table'] as const) {
    for (const object of schemaObjects(db).filter((candidate) => candidate.type === type && !keptNames.has(candidate.name))) {
      if (stillExists(db, object)) db.exec(`DROP ${type.toUpperCase()} "${object.name}"`);
    }
  }
  for (const [table, columns] of kept.columns) {
    for (const column of columnsOf(db, table).filter((name) => !columns.includes(name))) {
      db.exec(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
    }
  }
  db.prepare('DELETE FROM schema_migrations WHERE version > ?').run(toVersion);
  db.pragma(`user_version = ${toVersion}`);
}

function schemaAtVersion(version: number): { objects: SchemaObject[]; columns: Map<string, string[]> } {
  const scratch = new Database(':memory:');
  try {
    for (const step of migrations.filter((migration) => migration.version <= version)) step.up(scratch);
    const objects = schemaObjects(scratch);
    const tables = objects.filter((object) => object.type === 'table').map((object) => object.name);
    return { objects, columns: new Map(tables.map((table) => [table, columnsOf(scratch, table)])) };
  } finally {
    scratch.close();
  }
}

function schemaObjects(db: Db): SchemaObject[] {
  return (
    db
      // Virtual tables first: dropping one drops its shadow tables, which cannot be dropped on their own.
      .prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY sql LIKE 'CREATE VIRTUAL%' DESC, rowid DESC")
      .all() as SchemaObject[]
  );
}

function stillExists(db: Db, object: SchemaObject): boolean {
  return db.prepare('SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?').get(object.type, object.name) !== undefined;
}

function columnsOf(db: Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((row) => row.name);
}
