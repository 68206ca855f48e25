import { nameSortKey } from '../../../shared/nameSortKey';
import { shownNameSql } from '../memberShownName';
import type { TwoEngineMigration } from './migration';

const addColumn = `
      ALTER TABLE members ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      CREATE INDEX members_by_sort_key ON members (sort_key);
    `;
const shownNames = `SELECT id, ${shownNameSql('members')} AS shown FROM members`;

/**
 * Members file by family name with titles and suffixes left out (shared/nameSortKey.ts): the key is stored so every
 * list orders in SQL, and is worked out from the name shown, so a protected member's order says nothing of their full name.
 * Existing members get theirs here; the repository keeps it current on every save.
 */
export const memberSortKeyMigration: TwoEngineMigration = {
  version: 60,
  name: 'member-sort-key',
  backfilledColumns: ['members.sort_key'],
  up(db) {
    db.exec(addColumn);
    const setKey = db.prepare('UPDATE members SET sort_key = ? WHERE id = ?');
    for (const [id, shown] of db.prepare(shownNames).raw().all() as Array<[string, string]>) setKey.run(nameSortKey(shown), id);
  },
  async postgres(client) {
    await client.query(addColumn);
    const { rows } = await client.query<{ id: string; shown: string }>(shownNames);
    for (const { id, shown } of rows) await client.query('UPDATE members SET sort_key = $1 WHERE id = $2', [nameSortKey(shown), id]);
  },
};
