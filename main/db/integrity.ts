import type { Db } from './openDatabase';
import { type StopRequested, WorkStopped, neverStopped, throwIfStopped } from './stopRequest';

export interface IntegrityReport {
  ok: boolean;
  problems: string[];
}

/**
 * What opening checks, in a time that does not grow with the workspace: the key opened the file (the first read,
 * in openEncryptedDatabase, checks page 1's HMAC), the whole schema can be read, and its version is readable.
 * Every other page is checked by checkIntegrity, in the background after unlock (workspace/backgroundCheck.ts).
 */
export function checkOpening(db: Db): IntegrityReport {
  try {
    db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all();
    db.pragma('schema_version', { simple: true });
    return { ok: true, problems: [] };
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}

/**
 * The full check, which reads every page: quick_check walks every b-tree page; cipher_integrity_check verifies each page's HMAC,
 * which catches tampering and torn pages that quick_check can miss. A stop asked for between the two throws WorkStopped.
 */
export function checkIntegrity(db: Db, stopRequested: StopRequested = neverStopped): IntegrityReport {
  const problems: string[] = [];
  try {
    problems.push(...quickCheck(db, 'quick_check'));
    throwIfStopped(stopRequested);
    problems.push(...cipherCheck(db));
  } catch (error) {
    if (error instanceof WorkStopped) throw error;
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return { ok: problems.length === 0, problems };
}

interface Tree {
  name: string;
  weight: number;
}

/**
 * SQLite's quick_check one table (with its indexes) at a time, so a long check can say how far it is (`total` is the
 * tables' rows, roughly). Each table's pages are read, decrypted and their HMAC verified, and its b-trees walked.
 * For a file written by VACUUM INTO (a backup) every page belongs to a table or an index, so these checks together
 * read all of them; a file with free pages, which per-table checks do not account for, also gets the whole-file check.
 */
export function checkTableByTable(db: Db, onProgress: (done: number, total: number) => void, stopRequested: StopRequested = neverStopped): IntegrityReport {
  const problems: string[] = [];
  try {
    const trees = tablesToCheck(db);
    const total = trees.reduce((sum, tree) => sum + tree.weight, 0);
    let done = 0;
    onProgress(done, total);
    for (const tree of trees) {
      throwIfStopped(stopRequested);
      problems.push(...quickCheck(db, `quick_check(${quoted(tree.name)})`));
      done += tree.weight;
      onProgress(done, total);
    }
    throwIfStopped(stopRequested);
    if ((db.pragma('freelist_count', { simple: true }) as number) > 0) problems.push(...quickCheck(db, 'quick_check'));
    throwIfStopped(stopRequested);
    problems.push(...cipherCheck(db));
  } catch (error) {
    if (error instanceof WorkStopped) throw error;
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return { ok: problems.length === 0, problems };
}

function quickCheck(db: Db, pragma: string): string[] {
  const rows = db.pragma(pragma) as Array<{ quick_check: string }>;
  return rows.map((row) => row.quick_check).filter((message) => message !== 'ok');
}

/** Each row of cipher_integrity_check names a page whose HMAC failed; a sound file gives none. */
function cipherCheck(db: Db): string[] {
  const rows = db.pragma('cipher_integrity_check') as Array<Record<string, unknown>>;
  return rows.map((row) => String(Object.values(row)[0]));
}

/** Every table with pages of its own (virtual tables have none; their shadow tables are listed), the schema table first. */
function tablesToCheck(db: Db): Tree[] {
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 ORDER BY rootpage").pluck().all() as string[];
  return [{ name: 'sqlite_schema', weight: 1 }, ...names.map((name) => ({ name, weight: 1 + rowsEstimate(db, name) }))];
}

/** The largest rowid: one seek, and close to the row count of a table that is rarely deleted from. */
function rowsEstimate(db: Db, table: string): number {
  try {
    return Math.max(
      0,
      Number(
        db
          .prepare(`SELECT max(rowid) FROM ${quoted(table)}`)
          .pluck()
          .get() ?? 0,
      ),
    );
  } catch {
    return 0; // WITHOUT ROWID
  }
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
