/**
 * The PostgreSQL form of the FTS5 tables. FTS5 here tokenizes with `unicode61 remove_diacritics 2`: words lower-cased,
 * accents folded, no stemming. PostgreSQL gets the same from `search_words`, the `simple` configuration with `unaccent`
 * before it; queries and `ts_headline` snippets name the same configuration, so "munoz" finds and highlights "Muñoz".
 * Each table keeps a `document` tsvector the database computes from title and body (title words weigh more, for
 * ranking), with a GIN index.
 */
export const searchWordsConfiguration = `
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE TEXT SEARCH CONFIGURATION search_words (COPY = pg_catalog.simple);
      ALTER TEXT SEARCH CONFIGURATION search_words ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;`;

const weighted = (column: string, weight: string) => `setweight(to_tsvector('search_words'::regconfig, coalesce(${column}, '')), '${weight}')`;

/** A search table with the FTS5 table's columns (plus `key`, for the rowid FTS5 keeps implicitly) and its document. */
export function postgresSearchTable(name: string, columns: { key?: string; text: string[] }): string {
  const definitions = [...(columns.key ? [`${columns.key} INTEGER PRIMARY KEY`] : []), ...columns.text.map((column) => `${column} TEXT`)];
  return `
      CREATE TABLE ${name} (
        ${definitions.join(',\n        ')},
        document tsvector GENERATED ALWAYS AS (${weighted('title', 'A')} || ${weighted('body', 'B')}) STORED
      );
      CREATE INDEX ${name}_by_document ON ${name} USING gin (document);`;
}
