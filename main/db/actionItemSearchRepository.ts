import { matchExpression } from './engine/search/fts5SearchIndex';
import type { Db } from './openDatabase';

/**
 * The action items list's text filter: an FTS5 index of each item's title and details (schema step 70), written
 * by the repository in the same transaction as the item. A document is addressed by its rowid in
 * action_item_search_refs, so replacing one is a lookup, not a scan of the index.
 */
export type ActionItemTextIndexer = (id: string, title: string, details: string) => void;

/** Returns a writer that adds or replaces items' documents, with statements prepared once (bulk inserts call it per row). */
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

/**
 * How a text filter selects rows. `set`: the matching items' ids are read once and each candidate looked up in them,
 * which costs what the words match. `walk`: a page read along an index checks each row it passes against the set of
 * matching search rowids (integers, straight from FTS5), so a page of a word many items share stops after its rows
 * instead of reading every match (queryActionItems chooses, by how many items match).
 */
export type TextFilterMode = 'set' | 'walk';

/**
 * The filter "title or details contain these words" as SQL on `a.id`: every word typed must appear, the last one
 * as the start of a word ("fost" finds "foster"), accents and capitals do not matter. Nothing typed is ever FTS5
 * syntax (see matchExpression); text with no word in it matches nothing.
 */
export function textFilterSql(text: string, mode: TextFilterMode = 'set'): { condition: string; params: { textMatch?: string } } {
  const match = matchExpression(text);
  if (match === null) return { condition: '0', params: {} };
  const condition =
    mode === 'set'
      ? 'a.id IN (SELECT r.item_id FROM action_item_search s JOIN action_item_search_refs r ON r.rowid = s.rowid WHERE action_item_search MATCH @textMatch)'
      : '(SELECT r.rowid FROM action_item_search_refs r WHERE r.item_id = a.id) IN (SELECT s.rowid FROM action_item_search s WHERE action_item_search MATCH @textMatch)';
  return { condition, params: { textMatch: match } };
}

/**
 * How many items the text matches, from the FTS5 index alone (no item is read). Exact: every document has its ref
 * (written together) and every ref its item (a foreign key; items are never deleted).
 */
export function countTextMatches(db: Db, text: string): number {
  const match = matchExpression(text);
  if (match === null) return 0;
  return db.prepare('SELECT count(*) FROM action_item_search s WHERE action_item_search MATCH @textMatch').pluck().get({ textMatch: match }) as number;
}

/** How many items the index holds, in one seek: refs are numbered 1, 2, … as items are added, and none is removed. */
export function indexedItemCount(db: Db): number {
  return (db.prepare('SELECT max(rowid) FROM action_item_search_refs').pluck().get() as number | null) ?? 0;
}
