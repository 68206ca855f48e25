import type { Db } from './openDatabase';

export interface IntegrityReport {
  ok: boolean;
  problems: string[];
}

/**
 * quick_check walks every b-tree page; cipher_integrity_check verifies each page's HMAC,
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
