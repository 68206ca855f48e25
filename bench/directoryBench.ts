import { searchDirectoryRecords } from '../main/db/directoryHitRepository';
import { type StorageExecutor, sqlcipherEngine } from '../main/db/engine/storageEngine';
import { listMembers } from '../main/db/memberStore';
import type { Db } from '../main/db/openDatabase';
import { toMember } from '../main/services/directoryRecords';
import { insertDirectoryDataset } from './directoryDataset';
import { type Row, medianMs } from './harness';

const MEMBERS = 5_000;
const ORGANIZATIONS = 1_000;
const SEARCHES = 100;
const queries = ['munoz', 'garcia', 'rosa mu', 'riverside youth', 'advisor', 'program coord', 'okafor', 'shelter referrals', 'lane county', 'nguyen'];

/**
 * The directory's list (`directory.listMembers`) and the top bar's directory search (`search.global`), through the
 * storage engine as the app reads them, on the same dataset in the encrypted workspace and the plain copy.
 */
export async function directoryRows(dbs: { encrypted: Db; plain: Db }, repeats: number): Promise<Row[]> {
  const engines = { encrypted: sqlcipherEngine(dbs.encrypted), plain: sqlcipherEngine(dbs.plain) };
  for (const side of ['encrypted', 'plain'] as const) {
    await insertDirectoryDataset(engines[side], { organizations: ORGANIZATIONS, members: MEMBERS }, new Date().toISOString());
    dbs[side].pragma('wal_checkpoint(TRUNCATE)');
  }
  const list = (db: StorageExecutor) => medianMs(repeats, async () => (await listMembers(db, { includeArchived: false })).map(toMember));
  const search = (db: StorageExecutor) =>
    medianMs(repeats, async () => {
      for (let index = 0; index < SEARCHES; index += 1) await searchDirectoryRecords(db, queries[index % queries.length]!, 20);
    });
  return [
    {
      operation: `list ${MEMBERS.toLocaleString('en')} members`,
      encryptedMs: await list(engines.encrypted.db),
      plainMs: await list(engines.plain.db),
    },
    {
      operation: `directory search (${SEARCHES} queries)`,
      encryptedMs: await search(engines.encrypted.db),
      plainMs: await search(engines.plain.db),
      note: 'top 20 with snippets',
    },
  ];
}
