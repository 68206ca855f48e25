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
 * How a text filter selects rows. `set`: the matching items' ids are read once and each candidate looked up in them,
 * which costs what the words match. `walk`: a page read along an index checks each row it passes against the
 * matching documents (FTS5: the set of matching search rowids, integers straight from the index), so a page of a
 * word many items share stops after its rows instead of reading every match (queryActionItems chooses, by how many
 * items match).
 */
export type TextFilterMode = 'set' | 'walk';

/**
 * The filter "title or details contain these words" as SQL on `a.id`: every word typed must appear, the last one
 * as the start of a word ("fost" finds "foster"), accents and capitals do not matter. Nothing typed is ever query
 * syntax (see the search port); text with no word in it matches nothing.
 */
export function textFilterOf(dialect: StorageDialect, text: string, mode: TextFilterMode = 'set'): RawBuilder<boolean> {
  const port = searchIndexFor({ dialect });
  const condition =
    mode === 'set' ? port.matchingRefs('action-items', 'action-item', text, { prefixes: 'last' }) : port.refMatches('action-items', text, sql`a.id`);
  if (condition === null) return sql<boolean>`1 = 0`;
  return mode === 'set' ? sql<boolean>`a.id IN (${condition})` : sql<boolean>`${condition}`;
}

/**
 * How many items the text matches, from the full-text index alone (no item is read). Exact: every document has its
 * item (written together; items are never deleted).
 */
export function countTextMatches(db: StorageExecutor, text: string): Promise<number> {
  return searchIndexFor({ dialect: dialectOf(db) }).countMatching(db, 'action-items', text);
}

/**
 * How many items the index holds. SQLite: one seek, refs are numbered 1, 2, … as items are added and none is
 * removed. PostgreSQL: the planner's estimate of the items table (kept by autovacuum), enough to choose a mode.
 */
export async function indexedItemCount(db: StorageExecutor): Promise<number> {
  const counted =
    dialectOf(db) === 'postgres'
      ? sql<{ n: number | null }>`SELECT greatest(reltuples, 0)::bigint AS n FROM pg_class WHERE oid = 'action_items'::regclass`
      : sql<{ n: number | null }>`SELECT max(rowid) AS n FROM action_item_search_refs`;
  const { rows } = await counted.execute(db);
  return rows[0]?.n ?? 0;
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
