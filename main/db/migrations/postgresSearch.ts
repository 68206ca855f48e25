/** The text search configuration of both PostgreSQL search tables: no stop words, no stemming, accents and case off. */
export const POSTGRES_SEARCH_CONFIG = 'coalition_search';

/**
 * The PostgreSQL form of the FTS5 tables (shape agreed with the search port, main/db/engine/search). FTS5 here
 * tokenizes with `unicode61 remove_diacritics 2`: words lower-cased, accents folded, no stemming; PostgreSQL gets the
 * same from the `simple` configuration after `unaccent` (a trusted extension: the database's owner may create it).
 */
export const searchConfiguration = `
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE TEXT SEARCH CONFIGURATION ${POSTGRES_SEARCH_CONFIG} (COPY = simple);
      ALTER TEXT SEARCH CONFIGURATION ${POSTGRES_SEARCH_CONFIG}
        ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
        WITH unaccent, simple;`;

/**
 * One table per search index, keyed by kind and ref_id (FTS5's meeting_search is addressed by rowid through
 * meeting_search_refs instead), the weighted tsvector the search port computes (title A, body B) beside the text,
 * under a GIN index.
 */
export const postgresSearchTable = (name: string) => `
      CREATE TABLE ${name} (
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        document tsvector NOT NULL,
        PRIMARY KEY (kind, ref_id)
      );
      CREATE INDEX ${name}_document ON ${name} USING gin (document);`;
