import crypto from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import type { TextFilterMode } from './actionItemSearchRepository';
import { matchExpression } from './engine/search/fts5SearchIndex';
import type { StorageExecutor } from './engine/storageEngine';

/**
 * The desktop's text filter reads FTS5 once per search, not once per statement (issue 11). A typed word's last
 * part is a prefix ("runaway" finds "runaways"), and FTS5 answers a prefix by merging the whole doclist of every
 * word it starts, so each statement that asked FTS5 (the total, then each page) paid for every match: a word one
 * item in four shares cost ~4 ms a statement at 300,000 items, and a check of one row against it ~2 ms.
 *
 * So the matching search rowids of the last search are kept in a TEMP table of the workspace connection (integers
 * only; the words are kept as an HMAC under a key that lives in this process alone). They are filled in one pass,
 * which is also the total, and a page then checks each row it passes with one rowid lookup. They are read again
 * as soon as anything changed on the connection (`total_changes()`) or another connection wrote (`data_version`),
 * and they go with the connection when the workspace locks.
 */
const keyOfWords = crypto.randomBytes(32);

export interface KeptTextMatches {
  /** How many items the words match. */
  total: number;
  /** The filter "title or details contain these words" as SQL on `a.id`, read from the kept matches. */
  filter: (mode: TextFilterMode) => RawBuilder<boolean>;
}

const noMatch: KeptTextMatches = { total: 0, filter: () => sql<boolean>`1 = 0` };

/** Searches kept at once: a page of one search may be read while another is typed (each call awaits between statements). */
const KEPT_SEARCHES = 4;
/**
 * Each kept match is one integer key, the search's number times 2^32 plus the document's rowid: filled in rising
 * order (SQLite appends), looked up by key, and the searches before the last few deleted as one range.
 */
const SEARCH_SPAN = 2 ** 32;

const keptFilter =
  (search: number) =>
  (mode: TextFilterMode): RawBuilder<boolean> => {
    const base = search * SEARCH_SPAN;
    return mode === 'walk'
      ? sql<boolean>`EXISTS (SELECT 1 FROM temp.action_item_text_matches k WHERE k.key = ${base} + (SELECT r.rowid FROM action_item_search_refs r WHERE r.item_id = a.id))`
      : sql<boolean>`a.id IN (SELECT r.item_id FROM temp.action_item_text_matches k JOIN action_item_search_refs r ON r.rowid = k.key - ${base} WHERE k.key BETWEEN ${base} AND ${base + SEARCH_SPAN - 1})`;
  };

/**
 * The kept matches of `text` on a SQLCipher workspace, or null when the connection holds none that are current and
 * `fill` is false. A first page of a new search reads FTS5 as before (the total and the page: filling costs about
 * as much as both); the next pages fill once and then read only their rows.
 */
export async function keptTextMatches(db: StorageExecutor, text: string, { fill }: { fill: boolean }): Promise<KeptTextMatches | null> {
  const match = matchExpression(text);
  if (match === null) return noMatch;
  await sql`CREATE TEMP TABLE IF NOT EXISTS action_item_text_search (search INTEGER PRIMARY KEY, words TEXT NOT NULL, changes INTEGER NOT NULL, version INTEGER NOT NULL, total INTEGER NOT NULL)`.execute(
    db,
  );
  await sql`CREATE TEMP TABLE IF NOT EXISTS action_item_text_matches (key INTEGER PRIMARY KEY)`.execute(db);
  const words = crypto.createHmac('sha256', keyOfWords).update(match).digest('hex');
  const kept = await sql<{ search: number; total: number }>`SELECT s.search, s.total FROM temp.action_item_text_search s, pragma_data_version() v
    WHERE s.words = ${words} AND s.changes = total_changes() AND s.version = v.data_version`.execute(db);
  if (kept.rows[0]) return { total: kept.rows[0].total, filter: keptFilter(kept.rows[0].search) };
  if (!fill) return null;
  const { rows } = await sql<{ search: number }>`SELECT coalesce(max(search), 0) + 1 AS search FROM temp.action_item_text_search`.execute(db);
  const search = rows[0]!.search;
  await sql`DELETE FROM temp.action_item_text_matches WHERE key < ${(search - KEPT_SEARCHES + 1) * SEARCH_SPAN}`.execute(db);
  await sql`DELETE FROM temp.action_item_text_search WHERE search <= ${search - KEPT_SEARCHES}`.execute(db);
  const filled =
    await sql`INSERT INTO temp.action_item_text_matches (key) SELECT ${search * SEARCH_SPAN} + rowid FROM action_item_search WHERE action_item_search MATCH ${match}`.execute(
      db,
    );
  const total = Number(filled.numAffectedRows ?? 0);
  // total_changes() is read before this row is written, and the write itself adds one.
  await sql`INSERT INTO temp.action_item_text_search (search, words, changes, version, total)
    SELECT ${search}, ${words}, total_changes() + 1, data_version, ${total} FROM pragma_data_version()`.execute(db);
  return { total, filter: keptFilter(search) };
}
