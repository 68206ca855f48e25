import type { Db } from '../main/db/openDatabase';

/** Recommended for the app's own FTS5 tables too (see docs/benchmarks.md). */
export const FTS_HASH_BYTES = 32 * 1024 * 1024;

/** A notes-like table with FTS5, standing in for the searchable records later tasks add. */
export function createBenchSchema(db: Db): void {
  db.exec(`
    CREATE TABLE bench_items (id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL) STRICT;
    CREATE VIRTUAL TABLE bench_items_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
  `);
  // A larger in-memory term buffer means fewer, larger index segments in a bulk transaction: less written, less encrypted.
  db.exec(`INSERT INTO bench_items_fts (bench_items_fts, rank) VALUES ('hashsize', ${FTS_HASH_BYTES})`);
}

export const benchWords = [
  'coalition',
  'protocol',
  'screening',
  'runaway',
  'shelter',
  'referral',
  'court',
  'school',
  'Muñoz',
  'García',
  'training',
  'survivor',
  'advisory',
  'probation',
  'housing',
  'caregiver',
  'outreach',
  'hotline',
  'placement',
  'consultation',
];

export function benchText(seed: number, length: number): string {
  const parts: string[] = [];
  let state = seed * 2654435761;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    parts.push(benchWords[state % benchWords.length]!);
  }
  return parts.join(' ');
}

export function insertBenchRows(db: Db, ids: string[]): void {
  const item = db.prepare('INSERT INTO bench_items (id, title, body, created_at) VALUES (?, ?, ?, ?)');
  const fts = db.prepare('INSERT INTO bench_items_fts (rowid, title, body) VALUES (last_insert_rowid(), ?, ?)');
  db.transaction(() => {
    ids.forEach((id, index) => {
      const title = benchText(index, 6);
      const body = benchText(index + 7, 40);
      item.run(id, title, body, '2026-01-01T00:00:00.000Z');
      fts.run(title, body);
    });
  })();
}
