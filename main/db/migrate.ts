import { AppError } from '../../shared/errors';
import type { Migration } from './migrations';
import type { Db } from './openDatabase';

export interface MigrateOptions {
  /** Called once, before the first pending step, when the file already holds data. */
  backupBeforeMigrating: (fromVersion: number) => void;
}

export interface MigrateResult {
  fromVersion: number;
  toVersion: number;
  applied: string[];
}

export function assertStrictlyIncreasing(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    const previous = list[index - 1];
    if (previous && migration.version <= previous.version) {
      throw new Error(`Migration ${migration.version}-${migration.name} is not after ${previous.version}-${previous.name}.`);
    }
  });
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs all pending steps in one transaction; refuses files from a newer app or with an unknown history. */
export function migrate(db: Db, list: readonly Migration[], options: MigrateOptions): MigrateResult {
  assertStrictlyIncreasing(list);
  const fromVersion = schemaVersion(db);
  const latest = list.at(-1)?.version ?? 0;
  if (fromVersion > latest) {
    throw new AppError(
      'WORKSPACE_TOO_NEW',
      'This workspace was saved by a newer version of Coalition Desk. Update the app to open it; nothing was changed.',
    );
  }
  if (fromVersion > 0) assertKnownHistory(db, list, fromVersion);

  const pending = list.filter((migration) => migration.version > fromVersion);
  if (pending.length === 0) return { fromVersion, toVersion: fromVersion, applied: [] };
  if (fromVersion > 0) options.backupBeforeMigrating(fromVersion);

  const appliedAt = new Date().toISOString();
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        appliedAt,
      );
    }
    db.pragma(`user_version = ${latest}`);
  })();
  return { fromVersion, toVersion: latest, applied: pending.map((m) => `${m.version}-${m.name}`) };
}

function assertKnownHistory(db: Db, list: readonly Migration[], fromVersion: number): void {
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as Array<{
    version: number;
    name: string;
  }>;
  const expected = list.filter((migration) => migration.version <= fromVersion);
  const matches =
    applied.length === expected.length &&
    applied.every((row, index) => row.version === expected[index]?.version && row.name === expected[index]?.name);
  if (!matches) {
    throw new AppError(
      'WORKSPACE_TOO_NEW',
      'This workspace has a schema history this version of Coalition Desk does not know. Nothing was changed.',
    );
  }
}
