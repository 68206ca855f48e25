import { z } from 'zod';
import { importKinds } from '../importFields';
import { MAX_IMPORT_BASE64_LENGTH, MAX_IMPORT_BYTES, fileBytesInCall, fileTooLargeMessage } from '../importLimits';

/** Schemas of moving the roster in and out: CSV import with a preview, and CSV/XLSX export. */
export { MAX_IMPORT_BYTES };

export const importRequestSchema = z.object({
  kind: z.enum(importKinds),
  fileName: z.string().trim().min(1, 'Choose a file.').max(260, 'That file name is too long.'),
  /** The file's bytes, base64-encoded (the renderer cannot hand over a path in browser mode). */
  contentBase64: z
    .string()
    .max(MAX_IMPORT_BASE64_LENGTH, { error: (issue) => fileTooLargeMessage(fileBytesInCall(String(issue.input).length)), abort: true })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'That file could not be read.'),
  /** Field -> 0-based column; omitted to use the guessed mapping. */
  mapping: z.record(z.string(), z.number().int().min(0).max(1000).nullable()).optional(),
  duplicates: z.enum(['skip', 'update']).default('skip'),
});
export type ImportRequest = z.input<typeof importRequestSchema>;

export const importRowStatusSchema = z.enum(['new', 'update', 'duplicate', 'error']);

export const importPreviewSchema = z.object({
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.number().int().nullable()),
  fields: z.array(z.object({ id: z.string(), label: z.string() })),
  missingFields: z.array(z.string()),
  rows: z.array(z.object({ line: z.number().int(), status: importRowStatusSchema, label: z.string(), messages: z.array(z.string()) })),
  counts: z.object({ new: z.number(), update: z.number(), duplicate: z.number(), error: z.number() }),
});
export type ImportPreviewResult = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({ created: z.number(), updated: z.number(), skipped: z.number() });

export const rosterExportRequestSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  /** Protected identities: shown by display name (default), left out, or included in full for this one export. */
  protectedMembers: z.enum(['display-name', 'leave-out', 'include']).default('display-name'),
});

export const exportedFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string(), rows: z.number() });
export type ExportedFile = z.infer<typeof exportedFileSchema>;
