import { nameSortKey } from '../../../shared/nameSortKey';
import { shownNameSql } from '../memberShownName';
import type { Migration } from './migration';

/**
 * Members file by family name with titles and suffixes left out (shared/nameSortKey.ts): the key is stored so every
 * list orders in SQL, and is worked out from the name shown, so a protected member's order says nothing of their full name.
 * Existing members get theirs here; the repository keeps it current on every save.
 */
export const memberSortKeyMigration: Migration = {
  version: 50,
  name: 'member-sort-key',
  backfilledColumns: ['members.sort_key'],
  up(db) {
    db.exec(`
      ALTER TABLE members ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      CREATE INDEX members_by_sort_key ON members (sort_key);
    `);
    const setKey = db.prepare('UPDATE members SET sort_key = ? WHERE id = ?');
    for (const [id, shownName] of db.prepare(`SELECT id, ${shownNameSql('members')} FROM members`).raw().all() as Array<[string, string]>) {
      setKey.run(nameSortKey(shownName), id);
    }
  },
};
