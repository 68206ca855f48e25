import type { Db } from './openDatabase';

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
 * which catches tampering and torn pages that quick_check can miss.
 */
export function checkIntegrity(db: Db): IntegrityReport {
  const problems: string[] = [];
  try {
    const quick = db.pragma('quick_check') as Array<{ quick_check: string }>;
    for (const row of quick) if (row.quick_check !== 'ok') problems.push(row.quick_check);
    const cipher = db.pragma('cipher_integrity_check') as Array<Record<string, unknown>>;
    for (const row of cipher) problems.push(String(Object.values(row)[0]));
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return { ok: problems.length === 0, problems };
}
