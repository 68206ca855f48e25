import { wordsOf } from '../engine/search/searchTerms';
import { sqliteDialect, postgresDialect, type Dialect } from './dialect';
import type { TwoEngineMigration } from './migration';
import { POSTGRES_SEARCH_CONFIG, postgresSearchTable } from './postgresSearch';

/**
 * The action items list at any size (issue 11). `action_items_by_due_id` serves the opening view's order (due
 * date, then id) so a page is read from the index instead of sorting every row; `action_item_search` is the text
 * filter's full-text index of each item's title (title) and details (body), addressed by rowid through
 * `action_item_search_refs` as meeting_search is, so an edit replaces one document without scanning the index.
 * Items already there are indexed here; the repository keeps the index current on every write.
 */
const schema = (d: Dialect) => `
      CREATE INDEX action_items_by_due_id ON action_items (due_on, id);
      CREATE TABLE action_item_search_refs (
        rowid ${d.numberedKey},
        item_id TEXT NOT NULL UNIQUE REFERENCES action_items (id)
      )${d.strict};
${d.pick({
  sqlite: `
      CREATE VIRTUAL TABLE action_item_search USING fts5(
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );`,
  postgres: postgresSearchTable('action_item_search'),
})}
    `;

const backfillRefs = 'INSERT INTO action_item_search_refs (item_id) SELECT id FROM action_items ORDER BY id';

export const actionItemPagingMigration: TwoEngineMigration = {
  version: 70,
  name: 'action-item-paging',
  up(db) {
    db.exec(schema(sqliteDialect));
    db.exec(backfillRefs);
    db.exec(
      'INSERT INTO action_item_search (rowid, title, body) SELECT r.rowid, a.title, a.details FROM action_item_search_refs r JOIN action_items a ON a.id = r.item_id',
    );
  },
  async postgres(client) {
    await client.query(schema(postgresDialect));
    await client.query(backfillRefs);
    // The vector is made from the app's own word split, as the search port writes it (postgresSearchIndex.ts).
    const { rows } = await client.query<{ id: string; title: string; details: string }>('SELECT id, title, details FROM action_items');
    for (const row of rows) {
      await client.query(
        `INSERT INTO action_item_search (kind, ref_id, title, body, document)
         VALUES ('action-item', $1, $2, $3, setweight(to_tsvector('${POSTGRES_SEARCH_CONFIG}'::regconfig, $4::text), 'A') || setweight(to_tsvector('${POSTGRES_SEARCH_CONFIG}'::regconfig, $5::text), 'B'))`,
        [row.id, row.title, row.details, wordsOf(row.title).join(' '), wordsOf(row.details).join(' ')],
      );
    }
  },
};
