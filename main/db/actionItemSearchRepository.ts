import { type RawBuilder, sql } from 'kysely';
import { searchIndexFor } from './engine/search/searchIndexFor';
import { type StorageDialect, type StorageExecutor, dialectOf } from './engine/storageEngine';
import type { Db } from './openDatabase';

/**
 * The action items list's text filter: a full-text index of each item's title and details (schema step 70; FTS5 on
 * the desktop, a tsvector on PostgreSQL), written through the search port in the same transaction as the item.
 */
export async function putActionItemText(db: StorageExecutor, id: string, title: string, details: string): Promise<void> {
  await searchIndexFor({ dialect: dialectOf(db) }).put(db, 'action-items', { kind: 'action-item', refId: id, title, body: [details] });
}

/**
 * The filter "title or details contain these words" as SQL on `a.id`: every word typed must appear, the last one
 * as the start of a word ("fost" finds "foster"), accents and capitals do not matter. Nothing typed is ever query
 * syntax (see the search port); text with no word in it matches nothing.
 */
export function textFilterOf(dialect: StorageDialect, text: string): RawBuilder<boolean> {
  const matching = searchIndexFor({ dialect }).matchingRefs('action-items', text);
  return matching === null ? sql<boolean>`1 = 0` : sql<boolean>`a.id IN (${matching})`;
}

export type ActionItemTextIndexer = (id: string, title: string, details: string) => void;

/**
 * The synchronous writer of the bench's and scale datasets' bulk inserts (actionItemRepository.insertActionItems):
 * adds or replaces items' FTS5 documents with statements prepared once. A document is addressed by its rowid in
 * action_item_search_refs, so replacing one is a lookup, not a scan of the index.
 */
export function actionItemTextIndexer(db: Db): ActionItemTextIndexer {
  const find = db.prepare('SELECT rowid FROM action_item_search_refs WHERE item_id = ?').pluck();
  const update = db.prepare('UPDATE action_item_search SET title = ?, body = ? WHERE rowid = ?');
  const addRef = db.prepare('INSERT INTO action_item_search_refs (item_id) VALUES (?)');
  const insert = db.prepare('INSERT INTO action_item_search (rowid, title, body) VALUES (?, ?, ?)');
  return (id, title, details) => {
    const rowid = find.get(id) as number | undefined;
    if (rowid !== undefined) {
      update.run(title, details, rowid);
      return;
    }
    insert.run(addRef.run(id).lastInsertRowid, title, details);
  };
}
