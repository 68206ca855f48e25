// The cost of the typed storage layer (issue 12) on the desktop: the same point reads as the driver row, through
// Kysely's SqliteDialect, which turns each synchronous call into a promise. The PostgreSQL column comes later.
import { sql } from 'kysely';
import { sqlcipherEngine } from '../main/db/engine/storageEngine';
import type { Db } from '../main/db/openDatabase';
import { type Row, medianMs } from './harness';

type BenchItems = {
  bench_items: { id: string; title: string; body: string; created_at: string };
};

export async function storageEngineRows(dbs: { encrypted: Db; plain: Db }, ids: readonly string[], reads: number, repeats: number): Promise<Row[]> {
  const pointReads = async (db: Db) => {
    const engine = sqlcipherEngine(db);
    const items = engine.db.withTables<BenchItems>();
    const read = (id: string) => items.selectFrom('bench_items').select(['id', 'title', 'body']).where('id', '=', id).executeTakeFirst();
    await sql`SELECT 1`.execute(engine.db);
    return medianMs(repeats, async (attempt) => {
      for (let index = 0; index < reads; index += 1) await read(ids[(index * 7919 + attempt * 104729) % ids.length]!);
    });
  };
  return [
    {
      operation: `${reads.toLocaleString('en')} point reads through the storage engine (Kysely)`,
      encryptedMs: await pointReads(dbs.encrypted),
      plainMs: await pointReads(dbs.plain),
      note: "compare with the point reads row: the typed layer's own cost",
    },
  ];
}
