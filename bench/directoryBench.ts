import { searchDirectory } from '../main/db/directorySearchRepository';
import { listMembers } from '../main/db/memberRepository';
import type { Db } from '../main/db/openDatabase';
import { toMatchExpression } from '../main/services/searchQuery';
import { insertDirectoryDataset } from './directoryDataset';
import { type Row, medianMs } from './harness';

const MEMBERS = 5_000;
const ORGANIZATIONS = 1_000;
const SEARCHES = 100;
const queries = ['munoz', 'garcia', 'rosa mu', 'riverside youth', 'advisor', 'program coord', 'okafor', 'shelter referrals', 'lane county', 'nguyen'];

/** The directory's list and search on the same dataset in the encrypted workspace and the plain copy. */
export async function directoryRows(dbs: { encrypted: Db; plain: Db }, repeats: number): Promise<Row[]> {
  for (const db of Object.values(dbs)) {
    insertDirectoryDataset(db, { organizations: ORGANIZATIONS, members: MEMBERS }, new Date().toISOString());
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  const matches = queries.map((query) => toMatchExpression(query)!);
  const list = (db: Db) => medianMs(repeats, () => listMembers(db, { includeArchived: false }));
  const search = (db: Db) =>
    medianMs(repeats, () => {
      for (let index = 0; index < SEARCHES; index += 1) searchDirectory(db, matches[index % matches.length]!, 20);
    });
  return [
    { operation: `list ${MEMBERS.toLocaleString('en')} members`, encryptedMs: await list(dbs.encrypted), plainMs: await list(dbs.plain) },
    {
      operation: `directory search (${SEARCHES} queries)`,
      encryptedMs: await search(dbs.encrypted),
      plainMs: await search(dbs.plain),
      note: 'top 20 with snippets',
    },
  ];
}
