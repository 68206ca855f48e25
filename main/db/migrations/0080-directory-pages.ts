import { schemaStep } from './dialect';

/**
 * Issue 11: the directory stays fast at any size.
 * - `directory_search_refs` addresses each directory search document by an integer rowid (as meeting_search_refs
 *   does), so saving a member replaces its one document instead of scanning the whole FTS5 index for its ref_id.
 *   The existing documents keep their rowids (a duplicate, should one exist, keeps the newest). PostgreSQL's search
 *   table is keyed by (kind, ref_id) already and its search port does not use this table (nor meeting_search_refs);
 *   the step fills it there too, so both engines upgrade a workspace to the same rows.
 * - `members_active_by_name`: the Members page's default view (active members by name) reads its pages in index
 *   order, with no sort of every member per page.
 */
export const directoryPagesMigration = schemaStep(
  80,
  'directory-pages',
  (d) => `
      CREATE TABLE directory_search_refs (
        rowid ${d.numberedKey},
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        UNIQUE (kind, ref_id)
      )${d.strict};
${d.pick({
  sqlite: `
      DELETE FROM directory_search WHERE rowid NOT IN (SELECT max(rowid) FROM directory_search GROUP BY kind, ref_id);
      INSERT INTO directory_search_refs (rowid, kind, ref_id) SELECT rowid, kind, ref_id FROM directory_search;`,
  postgres: `
      INSERT INTO directory_search_refs (kind, ref_id) SELECT kind, ref_id FROM directory_search ORDER BY kind, ref_id;`,
})}
      CREATE INDEX members_active_by_name ON members (sort_key, id) WHERE archived_at IS NULL;
    `,
);
