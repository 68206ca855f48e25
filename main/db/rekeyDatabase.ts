import { AppError } from '../../shared/errors';
import { createPrivateFile } from '../fs/privateFile';
import type { DatabaseCipher } from '../workspace/keySlots';
import { checkIntegrity } from './integrity';
import { type Db, type OpenOptions, openEncryptedDatabase } from './openDatabase';
import { withRawKeyText } from './rawKeyText';

export interface RekeyKeys {
  current: Buffer;
  next: Buffer;
}

export interface RekeyFileOptions extends OpenOptions {
  /** Rows each ordinary table must have after the re-key: the source's, counted in the same instant as the copy. */
  expectedRows?: ReadonlyMap<string, number>;
  /** Runs on the re-keyed file, under the new key, after it passed its checks (e.g. the audit row). */
  finish?: (db: Db) => void;
}

/**
 * Copies an open database into a new private file under a new key: VACUUM INTO writes a consistent copy under
 * the same key (page-level backup cannot copy between encrypted files), then the copy is re-keyed in place.
 */
export function copyUnderNewKey(source: Db, target: string, keys: RekeyKeys, cipher: DatabaseCipher, options: RekeyFileOptions = {}): void {
  const expectedRows = tableRowCounts(source);
  createPrivateFile(target);
  source.prepare('VACUUM INTO ?').run(target);
  rekeyDatabaseFile(target, keys, cipher, { ...options, expectedRows });
}

/**
 * Re-encrypts a closed database file with a new key. SQLCipher refuses PRAGMA rekey in WAL mode, so the file is
 * switched to a rollback journal for the re-key; it is then opened again under the new key only (which proves the
 * key), checked page by page and row count by row count, and left in WAL mode.
 */
export function rekeyDatabaseFile(file: string, keys: RekeyKeys, cipher: DatabaseCipher, options: RekeyFileOptions = {}): void {
  const old = openEncryptedDatabase(file, keys.current, cipher, options);
  try {
    old.pragma('journal_mode=DELETE');
    withRawKeyText(keys.next, (keyText) => old.rekey(keyText));
  } finally {
    old.close();
  }
  const rekeyed = openEncryptedDatabase(file, keys.next, cipher, options);
  try {
    const report = checkIntegrity(rekeyed);
    if (!report.ok) throw new AppError('WORKSPACE_DAMAGED', 'The re-encrypted copy did not pass its integrity check. Nothing was changed.');
    if (options.expectedRows && !sameCounts(options.expectedRows, tableRowCounts(rekeyed))) {
      throw new AppError('WORKSPACE_DAMAGED', 'The re-encrypted copy does not hold the same rows. Nothing was changed.');
    }
    options.finish?.(rekeyed);
  } finally {
    rekeyed.close();
  }
}

/** Rows per ordinary table (virtual tables are counted through their shadow tables). */
export function tableRowCounts(db: Db): Map<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[];
  return new Map(
    tables.map((name) => [
      name,
      db
        .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

function sameCounts(expected: ReadonlyMap<string, number>, actual: ReadonlyMap<string, number>): boolean {
  return expected.size === actual.size && [...expected].every(([table, rows]) => actual.get(table) === rows);
}
