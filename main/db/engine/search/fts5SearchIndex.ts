import { sql } from 'kysely';
import { chunksOf } from '../chunks';
import type { StorageExecutor } from '../storageEngine';
import {
  bodyText,
  isPrefix,
  MATCH_END,
  MATCH_START,
  type SearchDocument,
  type SearchIndexName,
  type SearchIndexPort,
  SNIPPET_ELLIPSIS,
} from './searchIndexPort';
import { searchTerms } from './searchTerms';

/** Tokens in an FTS5 snippet, as the app has always shown. */
const SNIPPET_TOKENS = 12;
/** bm25 column weights: a title match counts ten times a body match. */
const TITLE_WEIGHT = 10;

/**
 * The FTS5 adapter (tables made by migrations 0020 and 0030, `unicode61 remove_diacritics 2`). Every document is
 * addressed by rowid through its index's refs table (meeting_search_refs; directory_search_refs since step 80), so
 * replacing one document (notes are saved every second while typing, a member on every save) is one lookup, not a
 * scan. The directory table also holds kind and ref_id itself (UNINDEXED), which its search reads.
 */
export const fts5SearchIndex: SearchIndexPort = {
  async put(db, index, document) {
    await putDocument(db, index, document);
  },

  async putNew(db, index, documents) {
    for (const chunk of chunksOf(documents)) await insertNewDocuments(db, index, chunk);
  },

  async remove(db, index, kind, refIds) {
    if (refIds.length === 0) return;
    const { table, refsTable } = tables[index];
    const refs = sql.join(refIds.map((id) => sql`${id}`));
    const refsOf = refIdColumn[index] === 'item_id' ? sql`item_id IN (${refs})` : sql`kind = ${kind} AND ref_id IN (${refs})`;
    await sql`DELETE FROM ${sql.table(table)} WHERE rowid IN (SELECT rowid FROM ${sql.table(refsTable)} WHERE ${refsOf})`.execute(db);
    await sql`DELETE FROM ${sql.table(refsTable)} WHERE ${refsOf}`.execute(db);
  },

  async search(db, index, query, limit) {
    const match = matchExpression(query);
    if (match === null) return [];
    const { rows } = await searchQuery(index, match, limit).execute(db);
    return rows;
  },

  refMatches(index, query, refId) {
    const match = matchExpression(query);
    if (match === null) return null;
    const { table, refsTable } = tables[index];
    // Integers straight from FTS5 against the row's own ref rowid: no item id is read for the matches.
    return sql<boolean>`(SELECT r.rowid FROM ${sql.table(refsTable)} r WHERE r.${sql.raw(refIdColumn[index])} = ${refId}) IN (SELECT s.rowid FROM ${sql.table(table)} s WHERE ${sql.table(table)} MATCH ${match})`;
  },

  async countMatching(db, index, query) {
    const match = matchExpression(query);
    if (match === null) return 0;
    const { table } = tables[index];
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)} s WHERE ${sql.table(table)} MATCH ${match}`.execute(db);
    return rows[0]?.n ?? 0;
  },

  matchingRefs(index, kind, query, options) {
    const terms = searchTerms(query);
    if (terms.length === 0) return null;
    const words = terms.map((term, position) => `"${term}"${isPrefix(options, position, terms.length) ? '*' : ''}`).join(' ');
    const match = options?.fields === 'title' ? `{title} : (${words})` : words;
    const { table, refsTable } = tables[index];
    // The action items' refs are keyed by item alone (one kind); the other indexes' by kind and id.
    if (refIdColumn[index] === 'item_id') {
      return sql<{ ref_id: string }>`SELECT r.item_id AS ref_id FROM ${sql.table(table)} s JOIN ${sql.table(refsTable)} r ON r.rowid = s.rowid
      WHERE ${sql.table(table)} MATCH ${match}`;
    }
    return sql<{ ref_id: string }>`SELECT r.ref_id FROM ${sql.table(table)} s JOIN ${sql.table(refsTable)} r ON r.rowid = s.rowid
      WHERE ${sql.table(table)} MATCH ${match} AND r.kind = ${kind}`;
  },
};

/** Every word quoted (so AND, OR, NEAR, *, quotes and parentheses are only text), all required, the last a prefix. */
export function matchExpression(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms.map((term, position) => `"${term}"${position === terms.length - 1 ? '*' : ''}`).join(' ');
}

interface HitRow {
  kind: string;
  refId: string;
  title: string;
  snippet: string;
}

function searchQuery(index: SearchIndexName, match: string, limit: number) {
  const snippet = (table: string) => sql`snippet(${sql.table(table)}, -1, ${MATCH_START}, ${MATCH_END}, ${SNIPPET_ELLIPSIS}, ${SNIPPET_TOKENS})`;
  if (index === 'directory') {
    return sql<HitRow>`SELECT kind, ref_id AS "refId", title, ${snippet('directory_search')} AS snippet
      FROM directory_search WHERE directory_search MATCH ${match}
      ORDER BY bm25(directory_search, 0, 0, ${TITLE_WEIGHT}, 1) LIMIT ${limit}`;
  }
  if (index === 'action-items') {
    return sql<HitRow>`SELECT ${ACTION_ITEM_KIND} AS kind, r.item_id AS "refId", s.title, ${snippet('action_item_search')} AS snippet
      FROM action_item_search s JOIN action_item_search_refs r ON r.rowid = s.rowid
      WHERE action_item_search MATCH ${match}
      ORDER BY bm25(action_item_search, ${TITLE_WEIGHT}, 1) LIMIT ${limit}`;
  }
  const { table, refsTable } = tables[index];
  return sql<HitRow>`SELECT r.kind, r.ref_id AS "refId", s.title, ${snippet(table)} AS snippet
    FROM ${sql.table(table)} s JOIN ${sql.table(refsTable)} r ON r.rowid = s.rowid
    WHERE ${sql.table(table)} MATCH ${match}
    ORDER BY bm25(${sql.table(table)}, ${TITLE_WEIGHT}, 1) LIMIT ${limit}`;
}

const tables: Record<SearchIndexName, { table: string; refsTable: string }> = {
  directory: { table: 'directory_search', refsTable: 'directory_search_refs' },
  meetings: { table: 'meeting_search', refsTable: 'meeting_search_refs' },
  'action-items': { table: 'action_item_search', refsTable: 'action_item_search_refs' },
  documents: { table: 'document_search', refsTable: 'document_search_refs' },
};

/** The action items' refs (migration 0070) hold one kind only, so they keep the item's id alone. */
const ACTION_ITEM_KIND = 'action-item';
const refIdColumn: Record<SearchIndexName, 'ref_id' | 'item_id'> = { directory: 'ref_id', meetings: 'ref_id', documents: 'ref_id', 'action-items': 'item_id' };

async function putDocument(db: StorageExecutor, index: SearchIndexName, document: SearchDocument): Promise<void> {
  const { table, refsTable } = tables[index];
  const body = bodyText(document.body);
  const itemRefs = refIdColumn[index] === 'item_id';
  const ref = itemRefs ? sql`item_id = ${document.refId}` : sql`kind = ${document.kind} AND ref_id = ${document.refId}`;
  // A new document is the common case (a record created, a 10,000-row import): its ref is inserted straight away, and
  // an existing one (the insert changes nothing) is then looked up and its text replaced. The rowid is the one SQLite
  // reports for the insert: `RETURNING rowid` cost ~0.3 ms a row (docs/benchmarks.md, "The import after the move").
  const inserted = await sql`INSERT INTO ${sql.table(refsTable)} ${refColumns(index)} VALUES ${refValues(index, document)} ON CONFLICT DO NOTHING`.execute(db);
  if (Number(inserted.numAffectedRows ?? 0) === 0) {
    const { rows } = await sql<{ rowid: number }>`SELECT rowid FROM ${sql.table(refsTable)} WHERE ${ref}`.execute(db);
    const existing = rows[0];
    if (!existing) throw new Error(`The ${index} search document of ${document.refId} is neither new nor stored.`);
    await sql`UPDATE ${sql.table(table)} SET title = ${document.title}, body = ${body} WHERE rowid = ${existing.rowid}`.execute(db);
    return;
  }
  if (inserted.insertId === undefined) throw new Error(`No rowid for the new ${index} search document.`);
  await insertText(db, index, [{ rowid: Number(inserted.insertId), document }]);
}

/**
 * New documents, one chunk: their refs in one statement, the rowids SQLite gave them read back in one, their text in
 * one. A ref that exists already breaks the refs' unique index, and the caller's transaction with it.
 */
async function insertNewDocuments(db: StorageExecutor, index: SearchIndexName, documents: readonly SearchDocument[]): Promise<void> {
  if (documents.length === 0) return;
  const { refsTable } = tables[index];
  const itemRefs = refIdColumn[index] === 'item_id';
  const refs = sql.join(documents.map((document) => refValues(index, document)));
  await sql`INSERT INTO ${sql.table(refsTable)} ${refColumns(index)} VALUES ${refs}`.execute(db);
  const column = sql.ref(refIdColumn[index]);
  const kind = itemRefs ? sql.lit(ACTION_ITEM_KIND) : sql.ref('kind');
  const { rows } = await sql<{ rowid: number; kind: string; refId: string }>`SELECT rowid, ${kind} AS kind, ${column} AS "refId"
    FROM ${sql.table(refsTable)} WHERE ${column} IN (SELECT value FROM json_each(${JSON.stringify(documents.map((document) => document.refId))}))`.execute(db);
  const rowidOf = new Map(rows.map((row) => [`${row.kind}\u0000${row.refId}`, row.rowid]));
  const rowid = (document: SearchDocument) => {
    const found = rowidOf.get(`${itemRefs ? ACTION_ITEM_KIND : document.kind}\u0000${document.refId}`);
    if (found === undefined) throw new Error(`No rowid for the new ${index} search document.`);
    return found;
  };
  await insertText(
    db,
    index,
    documents.map((document) => ({ rowid: rowid(document), document })),
  );
}

/** A ref row's columns: the action items' refs hold the item's id alone, the others a kind and an id. */
const refColumns = (index: SearchIndexName) => (refIdColumn[index] === 'item_id' ? sql`(item_id)` : sql`(kind, ref_id)`);
const refValues = (index: SearchIndexName, document: SearchDocument) =>
  refIdColumn[index] === 'item_id' ? sql`(${document.refId})` : sql`(${document.kind}, ${document.refId})`;

/** The text of documents whose refs are written, under their refs' rowids; the directory's table keeps kind and ref_id too. */
async function insertText(db: StorageExecutor, index: SearchIndexName, rows: ReadonlyArray<{ rowid: number; document: SearchDocument }>): Promise<void> {
  const { table } = tables[index];
  const directory = index === 'directory';
  const values = rows.map(({ rowid, document }) =>
    directory
      ? sql`(${rowid}, ${document.kind}, ${document.refId}, ${document.title}, ${bodyText(document.body)})`
      : sql`(${rowid}, ${document.title}, ${bodyText(document.body)})`,
  );
  const columns = directory ? sql`(rowid, kind, ref_id, title, body)` : sql`(rowid, title, body)`;
  await sql`INSERT INTO ${sql.table(table)} ${columns} VALUES ${sql.join(values)}`.execute(db);
}
