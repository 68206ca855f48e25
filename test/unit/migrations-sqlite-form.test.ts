import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { migrate } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { DEFAULT_CIPHER, openEncryptedDatabase } from '../../main/db/openDatabase';
import { tempDir } from './support/testDesk';

/**
 * The steps render their SQLite form through dialect helpers (main/db/migrations/dialect.ts), so a change to a helper
 * could rewrite what shipped workspaces were built with. test/unit/fixtures/sqlite-schema-sql.json holds the CREATE
 * text of every table and index as the step that created it made it (a later step's ALTER TABLE is its own change);
 * `UPDATE_SCHEMA_LIST=1` only adds new names to it.
 */
const fixture = path.join(import.meta.dirname, 'fixtures', 'sqlite-schema-sql.json');

it('keeps, byte for byte, the SQLite text of every table and index a shipped step created', () => {
  const db = openEncryptedDatabase(path.join(tempDir(), 'workspace.db'), crypto.randomBytes(32), DEFAULT_CIPHER);
  try {
    const current: Record<string, string> = {};
    for (let step = 1; step <= migrations.length; step += 1) {
      migrate(db, migrations.slice(0, step), { backupBeforeMigrating: () => undefined });
      for (const [name, sql] of db.prepare('SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL').raw().all() as Array<[string, string]>)
        current[name] ??= sql;
    }
    const committed = JSON.parse(fs.readFileSync(fixture, 'utf8')) as Record<string, string>;
    if (process.env.UPDATE_SCHEMA_LIST) {
      const merged = { ...current, ...committed };
      fs.writeFileSync(fixture, `${JSON.stringify(Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b))), null, 1)}\n`);
    }
    expect(Object.keys(committed).length).toBeGreaterThan(40);
    const changed = Object.keys(committed).filter((name) => current[name] !== committed[name]);
    expect(changed, 'created differently (or no longer) by the shipped steps').toEqual([]);
  } finally {
    db.close();
  }
});
