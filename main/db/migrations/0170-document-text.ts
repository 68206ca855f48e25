import { schemaStep } from './dialect';
import type { TwoEngineMigration } from './migration';

/**
 * Issue 13: the words inside PDF and Word documents, for the library's search. A document's text is read off the
 * thread that answers requests (main/services/documentTexts.ts) and kept in its `document_search` entry, inside the
 * workspace; `text_state` says where that stands:
 * - `none`: a kind with no text to read (Excel, images);
 * - `pending`: waiting to be read (just stored, or stored before this step);
 * - `read`: its words are searchable; `empty`: read, but it holds no words (a scan);
 * - `unreadable`: damaged, protected by a password, or too much for the reader: found by its name only.
 * PDFs and Word documents stored before this step are `pending`, so they are read after the next unlock.
 */
export const documentTextMigration: TwoEngineMigration = {
  ...schemaStep(
    170,
    'document-text',
    () => `
      ALTER TABLE documents ADD COLUMN text_state TEXT NOT NULL DEFAULT 'none'
        CHECK (text_state IN ('none', 'pending', 'read', 'empty', 'unreadable'));
      UPDATE documents SET text_state = 'pending' WHERE kind IN ('pdf', 'docx');
      CREATE INDEX documents_text_pending ON documents (uploaded_at, id) WHERE text_state = 'pending';
    `,
  ),
  backfilledColumns: ['documents.text_state'],
};
