import crypto from 'node:crypto';
import path from 'node:path';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { DEFAULT_CIPHER, type Db, openEncryptedDatabase } from '../../../main/db/openDatabase';
import { tempDir } from './testDesk';

/** A real encrypted database file in a temp folder, migrated up to (and including) migrations[upTo]. */
export function databaseAtStep(upTo: number): Db {
  const db = openEncryptedDatabase(path.join(tempDir(), 'workspace.db'), crypto.randomBytes(32), DEFAULT_CIPHER);
  migrate(db, migrations.slice(0, upTo + 1), { backupBeforeMigrating: () => undefined });
  return db;
}
