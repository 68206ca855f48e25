import { type MigrateResult, assertKnownHistory, assertNotNewer, assertStrictlyIncreasing, stepLabel } from './migrationPlan';
import type { Migration } from './migrations';
import type { Db } from './openDatabase';

export type { MigrateResult } from './migrationPlan';
export { assertStrictlyIncreasing } from './migrationPlan';

export interface MigrateOptions {
  /** Called once, before the first pending step, when the file already holds data. */
  backupBeforeMigrating: (fromVersion: number) => void;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs all pending steps in one transaction; refuses files from a newer app or with an unknown history. */
export function migrate(db: Db, list: readonly Migration[], options: MigrateOptions): MigrateResult {
  assertStrictlyIncreasing(list);
  const fromVersion = schemaVersion(db);
  const latest = list.at(-1)?.version ?? 0;
  assertNotNewer(list, fromVersion, 'workspace');
  if (fromVersion > 0) assertKnownHistory(appliedSteps(db), list, fromVersion, 'workspace');

  const pending = list.filter((migration) => migration.version > fromVersion);
  if (pending.length === 0) return { fromVersion, toVersion: fromVersion, applied: [] };
  if (fromVersion > 0) options.backupBeforeMigrating(fromVersion);

  const appliedAt = new Date().toISOString();
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, appliedAt);
    }
    for (const migration of pending) migration.fillAfterSchema?.(db);
    db.pragma(`user_version = ${latest}`);
  })();
  return { fromVersion, toVersion: latest, applied: pending.map(stepLabel) };
}

function appliedSteps(db: Db): Array<{ version: number; name: string }> {
  return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as Array<{ version: number; name: string }>;
}
