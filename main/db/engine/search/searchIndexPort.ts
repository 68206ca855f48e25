import type { RawBuilder } from 'kysely';
import type { StorageExecutor } from '../storageEngine';

/**
 * The app's full-text indexes on the port: the directory (organizations, members), meeting content, the document
 * library, and the action items list's text filter (each item's title and details; kind 'action-item').
 */
export type SearchIndexName = 'directory' | 'meetings' | 'documents' | 'action-items';

/** Matched words in a snippet sit between these two characters; the renderer turns them into highlights. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
/** Put where a snippet cuts the text short. */
export const SNIPPET_ELLIPSIS = '…';

export interface SearchDocument {
  kind: string;
  refId: string;
  title: string;
  /** Parts of the body; empty parts are left out. */
  body: readonly string[];
}

export interface SearchIndexHit {
  kind: string;
  refId: string;
  title: string;
  /** A short piece of the best-matching field (title or body) with the matches marked. */
  snippet: string;
}

/**
 * Full-text search, one port with an adapter per engine (fts5SearchIndex, postgresSearchIndex). Writes take the
 * caller's transaction, so a record and its document change together. `search` takes what a person typed, as it is:
 * every word is required, the last one as a prefix, accents and capitals do not matter, and nothing typed is ever
 * read as query syntax (a hostile query finds nothing or plain word matches, never an error). Best match first:
 * a title match ranks above a body match.
 */
export interface SearchIndexPort {
  /** Adds the document, or replaces the one of the same kind and refId. */
  put(db: StorageExecutor, index: SearchIndexName, document: SearchDocument): Promise<void>;
  /**
   * Adds the documents of records just created (an import), a few statements for many documents. None may be in the
   * index yet: one that is fails the caller's transaction (its kind and refId are unique), so nothing is half added.
   */
  putNew(db: StorageExecutor, index: SearchIndexName, documents: readonly SearchDocument[]): Promise<void>;
  remove(db: StorageExecutor, index: SearchIndexName, kind: string, refIds: readonly string[]): Promise<void>;
  search(db: StorageExecutor, index: SearchIndexName, query: string, limit: number): Promise<SearchIndexHit[]>;
  /**
   * The documents of one kind that match, as a subquery of one column `ref_id` for a repository to join its records
   * to (so a filter costs what it matches); null when nothing searchable was typed. By default every word is a prefix
   * (people type the start of names in a filter box); `prefixes: 'last'` reads the words before the last as whole
   * words, as search does. `fields: 'title'` looks at titles only (names, for pickers).
   */
  matchingRefs(index: SearchIndexName, kind: string, query: string, options?: MatchOptions): RawBuilder<{ ref_id: string }> | null;
  /**
   * "The document of `refId` holds every word of `query`" as a condition on one row, for a page read along another
   * index that checks each row it passes (a word many rows share stops after a page, instead of reading every match);
   * null when the query has no word in it.
   */
  refMatches(index: SearchIndexName, query: string, refId: RawBuilder<unknown>): RawBuilder<boolean> | null;
  /** How many documents hold every word of `query`, from the index alone. */
  countMatching(db: StorageExecutor, index: SearchIndexName, query: string): Promise<number>;
}

export interface MatchOptions {
  fields?: 'all' | 'title';
  prefixes?: 'every' | 'last';
}

/** Whether the word at `position` of `count` words is matched as a prefix. */
export function isPrefix(options: MatchOptions | undefined, position: number, count: number): boolean {
  return options?.prefixes !== 'last' || position === count - 1;
}

export function bodyText(body: readonly string[]): string {
  return body.filter((part) => part !== '').join('\n');
}
