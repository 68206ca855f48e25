import { sql } from 'kysely';
import { chunksOf } from '../chunks';
import { POSTGRES_SEARCH_CONFIG } from './postgresSearchSchema';
import { bodyText, isPrefix, MATCH_END, MATCH_START, type SearchIndexName, type SearchIndexPort, SNIPPET_ELLIPSIS } from './searchIndexPort';
import { wordsWithinVectorLimit } from './postgresVectorWords';
import { searchTerms, wordsOf } from './searchTerms';

const TABLES: Record<SearchIndexName, string> = {
  directory: 'directory_search',
  meetings: 'meeting_search',
  documents: 'document_search',
  'action-items': 'action_item_search',
};
/** About FTS5's 12-token snippets. */
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=12, MinWords=6, ShortWord=0, HighlightAll=false`;

/**
 * The PostgreSQL adapter: a tsvector of the words (split the same way as FTS5's unicode61 splits them, so an email or
 * a hyphenated name is found by its parts on both engines) through `unaccent`, ranked by ts_rank with the title
 * weighted above the body, snippets by ts_headline with the app's markers.
 */
export const postgresSearchIndex: SearchIndexPort = {
  async put(db, index, document) {
    const table = sql.table(TABLES[index]);
    const body = bodyText(document.body);
    await sql`INSERT INTO ${table} (kind, ref_id, title, body, document)
      VALUES (${document.kind}, ${document.refId}, ${document.title}, ${body}, ${documentVector(document.title, body)})
      ON CONFLICT (kind, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, document = excluded.document`.execute(db);
  },

  async putNew(db, index, documents) {
    for (const chunk of chunksOf(documents)) {
      const rows = chunk.map((document) => {
        const body = bodyText(document.body);
        return sql`(${document.kind}, ${document.refId}, ${document.title}, ${body}, ${documentVector(document.title, body)})`;
      });
      await sql`INSERT INTO ${sql.table(TABLES[index])} (kind, ref_id, title, body, document) VALUES ${sql.join(rows)}`.execute(db);
    }
  },

  async remove(db, index, kind, refIds) {
    if (refIds.length === 0) return;
    await sql`DELETE FROM ${sql.table(TABLES[index])} WHERE kind = ${kind} AND ref_id IN (${sql.join(refIds.map((id) => sql`${id}`))})`.execute(db);
  },

  async search(db, index, query, limit) {
    const tsquery = tsqueryText(query);
    if (tsquery === null) return [];
    const config = sql.lit(POSTGRES_SEARCH_CONFIG);
    const { rows } = await sql<{ kind: string; refId: string; title: string; titleHeadline: string; bodyHeadline: string; body: string }>`
      WITH q AS (SELECT to_tsquery(${config}::regconfig, ${tsquery}) AS query)
      SELECT s.kind, s.ref_id AS "refId", s.title, s.body,
             ts_headline(${config}::regconfig, s.title, q.query, ${HEADLINE_OPTIONS}) AS "titleHeadline",
             ts_headline(${config}::regconfig, s.body, q.query, ${HEADLINE_OPTIONS}) AS "bodyHeadline"
      FROM ${sql.table(TABLES[index])} s, q
      WHERE s.document @@ q.query
      ORDER BY ts_rank(s.document, q.query) DESC, s.kind, s.ref_id
      LIMIT ${limit}`.execute(db);
    return rows.map((row) => ({ kind: row.kind, refId: row.refId, title: row.title, snippet: chooseSnippet(row) }));
  },

  refMatches(index, query, refId) {
    const tsquery = tsqueryText(query);
    if (tsquery === null) return null;
    return sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table(TABLES[index])} s WHERE s.ref_id = ${refId} AND s.document @@ to_tsquery(${sql.lit(POSTGRES_SEARCH_CONFIG)}::regconfig, ${tsquery}))`;
  },

  async countMatching(db, index, query) {
    const tsquery = tsqueryText(query);
    if (tsquery === null) return 0;
    const { rows } = await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM ${sql.table(TABLES[index])} WHERE document @@ to_tsquery(${sql.lit(POSTGRES_SEARCH_CONFIG)}::regconfig, ${tsquery})`.execute(
      db,
    );
    return rows[0]?.n ?? 0;
  },

  matchingRefs(index, kind, query, options) {
    const terms = searchTerms(query);
    if (terms.length === 0) return null;
    // Weight A is the title's (documentVector).
    const weight = options?.fields === 'title' ? 'A' : '';
    const tsquery = terms
      .map((term, position) => {
        const label = `${isPrefix(options, position, terms.length) ? '*' : ''}${weight}`;
        return `'${term}'${label === '' ? '' : `:${label}`}`;
      })
      .join(' & ');
    return sql<{ ref_id: string }>`SELECT ref_id FROM ${sql.table(TABLES[index])}
      WHERE kind = ${kind} AND document @@ to_tsquery(${sql.lit(POSTGRES_SEARCH_CONFIG)}::regconfig, ${tsquery})`;
  },
};

function documentVector(title: string, body: string) {
  const config = sql.lit(POSTGRES_SEARCH_CONFIG);
  return sql`setweight(to_tsvector(${config}::regconfig, ${wordsOf(title).join(' ')}), 'A')
    || setweight(to_tsvector(${config}::regconfig, ${wordsWithinVectorLimit(wordsOf(body)).join(' ')}), 'B')`;
}

/**
 * Every word quoted as a lexeme (the words hold only letters, digits and marks, so nothing in them is tsquery
 * syntax), all required with &, the last one a prefix. Null when nothing searchable is left.
 */
export function tsqueryText(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms.map((term, position) => `'${term}'${position === terms.length - 1 ? ':*' : ''}`).join(' & ');
}

/** As FTS5 does: the field with more matched words (the title on a tie), cut short with an ellipsis. */
function chooseSnippet(row: { title: string; titleHeadline: string; body: string; bodyHeadline: string }): string {
  const useBody = matchCount(row.bodyHeadline) > matchCount(row.titleHeadline);
  return useBody ? withEllipses(row.body, row.bodyHeadline) : withEllipses(row.title, row.titleHeadline);
}

function matchCount(headline: string): number {
  return headline.split(MATCH_START).length - 1;
}

function withEllipses(text: string, headline: string): string {
  const shown = headline.replaceAll(MATCH_START, '').replaceAll(MATCH_END, '');
  const start = text.indexOf(shown);
  if (start < 0) return headline;
  return `${start > 0 ? SNIPPET_ELLIPSIS : ''}${headline}${start + shown.length < text.length ? SNIPPET_ELLIPSIS : ''}`;
}
