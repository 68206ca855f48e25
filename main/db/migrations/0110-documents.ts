import { schemaStep } from './dialect';
import { postgresSearchTable } from './postgresSearch';

/**
 * Issue 13: documents kept inside the workspace (never beside it), so they are encrypted with it and travel in its
 * backups.
 * - `documents`: one row per file (name, kind, version label, size, SHA-256, who uploaded it and when).
 * - `document_chunks`: its bytes in pieces of 1 MiB (the last shorter), a BLOB on SQLite and a bytea on PostgreSQL:
 *   no single huge value, and a reader can stream a document piece by piece.
 * - `document_links`: the one table through which other areas attach documents to their records (subject kind and
 *   id). The kinds are the contract's list, not a CHECK here, so an area adding a kind needs no schema step.
 * - `document_search`: the library's full-text index (name as title; the version and any text read from the file as
 *   body), addressed by rowid through `document_search_refs` as meeting_search is.
 */
export const documentsMigration = schemaStep(
  110,
  'documents',
  (d) => `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('pdf', 'docx', 'xlsx', 'png', 'jpeg')),
        version_label TEXT NOT NULL DEFAULT '',
        size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
        sha256 TEXT NOT NULL,
        chunk_count INTEGER NOT NULL,
        text_searchable INTEGER NOT NULL DEFAULT 0 CHECK (text_searchable IN (0, 1)),
        uploaded_by_id TEXT REFERENCES members (id),
        uploaded_at TEXT NOT NULL
      )${d.strict};
      CREATE INDEX documents_by_uploaded_at ON documents (uploaded_at, id);
      CREATE TABLE document_chunks (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        chunk_index INTEGER NOT NULL,
        bytes ${d.pick({ sqlite: 'BLOB', postgres: 'BYTEA' })} NOT NULL,
        PRIMARY KEY (document_id, chunk_index)
      )${d.strict};
      CREATE TABLE document_links (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        subject_kind TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        linked_at TEXT NOT NULL,
        PRIMARY KEY (document_id, subject_kind, subject_id)
      )${d.strict};
      CREATE INDEX document_links_by_subject ON document_links (subject_kind, subject_id);
      CREATE TABLE document_search_refs (
        rowid ${d.numberedKey},
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        UNIQUE (kind, ref_id)
      )${d.strict};
${d.pick({
  sqlite: `
      CREATE VIRTUAL TABLE document_search USING fts5(
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );`,
  postgres: postgresSearchTable('document_search'),
})}
    `,
);
