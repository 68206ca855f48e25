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
 * The filter "title or details contain these words" as SQL on `a.id`: every word typed must appear, the last one
 * as the start of a word ("fost" finds "foster"), accents and capitals do not matter. Nothing typed is ever FTS5
 * syntax (see matchExpression); text with no word in it matches nothing.
 */
export function textFilterSql(text: string): { condition: string; params: { textMatch?: string } } {
  const match = matchExpression(text);
  if (match === null) return { condition: '0', params: {} };
  return {
    condition: 'a.id IN (SELECT r.item_id FROM action_item_search s JOIN action_item_search_refs r ON r.rowid = s.rowid WHERE action_item_search MATCH @textMatch)',
    params: { textMatch: match },
  };
}
