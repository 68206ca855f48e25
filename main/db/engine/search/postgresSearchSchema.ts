import { sql } from 'kysely';
import type { StorageExecutor } from '../storageEngine';

/** The text search configuration both PostgreSQL search tables use: no stop words, no stemming, accents off. */
export const POSTGRES_SEARCH_CONFIG = 'coalition_search';

/**
 * PostgreSQL's counterpart of the FTS5 tables of migrations 0020 (directory_search) and 0030 (meeting_search with
 * meeting_search_refs): one table per index, keyed by kind and ref_id, the weighted tsvector kept beside the text
 * (title weight A, body weight B) under a GIN index. The PostgreSQL side of those migration steps runs these
 * statements in place of the FTS5 ones. `unaccent` is a trusted extension (postgresql-contrib, in Debian's
 * postgresql package), so the database's owner may create it.
 */
export const postgresSearchSchemaStatements = [
  sql`CREATE EXTENSION IF NOT EXISTS unaccent`,
  sql`CREATE TEXT SEARCH CONFIGURATION ${sql.id(POSTGRES_SEARCH_CONFIG)} (COPY = simple)`,
  sql`ALTER TEXT SEARCH CONFIGURATION ${sql.id(POSTGRES_SEARCH_CONFIG)}
        ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
        WITH unaccent, simple`,
  ...['directory_search', 'meeting_search'].flatMap((table) => [
    sql`CREATE TABLE ${sql.table(table)} (
          kind TEXT NOT NULL,
          ref_id TEXT NOT NULL,
          title TEXT NOT NULL,
          body TEXT NOT NULL,
          document tsvector NOT NULL,
          PRIMARY KEY (kind, ref_id)
        )`,
    sql`CREATE INDEX ${sql.id(`${table}_document`)} ON ${sql.table(table)} USING gin (document)`,
  ]),
];

export async function createPostgresSearchTables(db: StorageExecutor): Promise<void> {
  for (const statement of postgresSearchSchemaStatements) await statement.execute(db);
}
