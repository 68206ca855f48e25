import type { Db } from '../../../main/db/openDatabase';

/** Every table (virtual and shadow tables included), every row, in a stable order. */
export function dumpTables(db: Db): Map<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
  return new Map(
    tables.map(({ name }) => {
      const rows = db
        .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`)
        .raw()
        .all();
      return [name, rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value))).sort()];
    }),
  );
}
