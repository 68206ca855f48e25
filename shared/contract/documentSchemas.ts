import { z } from 'zod';
import { DOCUMENT_CHUNK_BYTES, MAX_DOCUMENT_BYTES, documentChunkCount, documentKinds, documentTooLargeMessage } from '../documentFiles';
import { documentTextStates } from '../documentText';
import { base64Length } from '../importLimits';
import { channel } from './channel';
import { idSchema } from './directorySchemas';
import { optionalName, requiredName } from './textSchemas';

/**
 * Documents kept inside the workspace (PDF, DOCX, XLSX, PNG, JPEG), and the one link table through which other
 * areas attach them to their records. A new area adds its subject kind here (one word) and, if it wants the
 * library to name the record, a line in main/db/documentSubjects.ts.
 */
export const documentSubjectKinds = ['protocol_version', 'agenda_item', 'objective', 'training'] as const;
export type DocumentSubjectKind = (typeof documentSubjectKinds)[number];

export const documentSubjectSchema = z.object({
  subjectKind: z.enum(documentSubjectKinds, { error: 'Not a kind of record documents can be attached to.' }),
  subjectId: idSchema,
});
export type DocumentSubject = z.infer<typeof documentSubjectSchema>;

export const documentLinkSchema = documentSubjectSchema.extend({
  /** What the record is called, where the library knows (an agenda item: its meeting and title); else null. */
  label: z.string().nullable(),
  /** For an agenda item: its meeting, to open. */
  meetingId: z.string().nullable(),
});
export type DocumentLink = z.infer<typeof documentLinkSchema>;

export const documentSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(documentKinds),
  versionLabel: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  uploadedAt: z.string(),
  /** Whether the words inside the file (a PDF's or Word document's text) are searchable yet, not only its name. */
  textState: z.enum(documentTextStates),
  links: z.array(documentLinkSchema),
  /** For a search: the matched words between \u0002 and \u0003; null otherwise. */
  snippet: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof documentSchema>;

export const documentListQuerySchema = z.object({
  /** Words of the name (or of the text, where it could be read); empty lists every document, newest first. */
  query: z.string().trim().max(200, 'Search for at most 200 characters.').default(''),
  /** Only the documents attached to this record. */
  subject: documentSubjectSchema.nullable().default(null),
});

const uploadIdSchema = z.string().uuid('That upload is no longer open. Choose the file again.');
const chunkIndexSchema = z
  .number()
  .int()
  .min(0)
  .max(documentChunkCount(MAX_DOCUMENT_BYTES) - 1);
const chunkBase64Schema = z
  .string()
  .max(base64Length(DOCUMENT_CHUNK_BYTES), { message: 'A piece of the file was larger than expected. Choose the file again.', abort: true })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'That file could not be read.');

export const documentUploadStartSchema = z.object({
  fileName: z.string().trim().min(1, 'Choose a file.').max(260, 'That file name is too long.'),
  sizeBytes: z
    .number()
    .int()
    .min(0)
    .max(MAX_DOCUMENT_BYTES, { error: (issue) => documentTooLargeMessage(Number(issue.input)), abort: true }),
});

export const documentUploadFinishSchema = z.object({
  uploadId: uploadIdSchema,
  name: requiredName('Document name', 200),
  versionLabel: optionalName('Version', 60),
  uploadedById: idSchema.nullable().default(null),
  /** Attach the new document to this record in the same transaction. */
  attachTo: documentSubjectSchema.nullable().default(null),
});

const done = z.object({ done: z.literal(true) });

/** An event: the words of a stored document were read in the background (or could not be); documents answers changed. */
export const documentTextEventSchema = z.object({ type: z.literal('documents.text'), documentId: z.string(), textState: z.enum(documentTextStates) });

export const documentChannels = {
  /** The library, or the documents attached to one record; with words, the best matches of name and text first. */
  'documents.list': channel(documentListQuerySchema, z.array(documentSchema)),
  /** Begins sending a file; its pieces follow with documents.uploadChunk, in order, each DOCUMENT_CHUNK_BYTES but the last. */
  'documents.uploadStart': channel(documentUploadStartSchema, z.object({ uploadId: z.string(), chunkBytes: z.number().int() }), { touchesSession: true }),
  'documents.uploadChunk': channel(
    z.object({ uploadId: uploadIdSchema, index: chunkIndexSchema, contentBase64: chunkBase64Schema }),
    z.object({ receivedBytes: z.number().int() }),
    { touchesSession: true },
  ),
  /** Checks the whole file (kind by its contents, size) and stores it in one transaction. */
  'documents.uploadFinish': channel(documentUploadFinishSchema, documentSchema, { touchesSession: true }),
  'documents.uploadCancel': channel(z.object({ uploadId: uploadIdSchema }), done),
  'documents.attach': channel(documentSubjectSchema.extend({ documentId: idSchema }), documentSchema, { touchesSession: true }),
  /** The document stays in the library. */
  'documents.detach': channel(documentSubjectSchema.extend({ documentId: idSchema }), done, { touchesSession: true }),
  /** Removes a document and its attachments from the workspace. */
  'documents.remove': channel(z.object({ id: idSchema }), done, { touchesSession: true }),
  /** One piece of a document's bytes (browser mode's download reads them in order). */
  'documents.readChunk': channel(z.object({ id: idSchema, index: chunkIndexSchema }), z.object({ contentBase64: z.string(), chunkCount: z.number().int() }), {
    touchesSession: true,
  }),
  /** Desktop: writes a private temporary copy and opens it in the system's viewer; removed when the workspace locks. */
  'documents.open': channel(z.object({ id: idSchema }), done, { touchesSession: true }),
} as const;
