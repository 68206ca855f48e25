import type { StorageExecutor } from './engine/storageEngine';
import type { Db } from './openDatabase';

/**
 * Per-workspace settings as JSON values under stable keys. This synchronous read serves what runs before a session's
 * engine exists (unlocking, automatic backups, schema step 0040); `value` is TEXT NOT NULL.
 */
export function readSetting(db: Db, key: string): unknown {
  const value: unknown = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : undefined;
}

export function writeSetting(db: Db, key: string, value: unknown, at: string): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), at);
}

/** The storage-engine form of readSetting: the value stored under a key, undefined when none is. */
export async function loadSetting(db: StorageExecutor, key: string): Promise<unknown> {
  return (await loadSettings(db, [key])).get(key);
}

/** Several settings in one query, by key; keys with no stored value are absent from the map. */
export async function loadSettings(db: StorageExecutor, keys: readonly string[]): Promise<Map<string, unknown>> {
  if (keys.length === 0) return new Map();
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', keys).execute();
  return new Map(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
}

/** The storage-engine form of writeSetting (the same upsert on both dialects). */
export async function saveSetting(db: StorageExecutor, key: string, value: unknown, at: string): Promise<void> {
  const stored = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: stored, updated_at: at })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: stored, updated_at: at }))
    .execute();
}
