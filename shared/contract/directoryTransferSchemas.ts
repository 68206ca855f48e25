import { z } from 'zod';
import { coalitionRoles, involvementLevels, organizationKinds } from './directorySchemas';
import { importKinds } from '../importFields';
import { valueCategories, votingDefaults } from '../importValues';
import { MAX_IMPORT_BASE64_LENGTH, MAX_IMPORT_BYTES, fileBytesInCall, fileTooLargeMessage } from '../importLimits';

/** Schemas of moving the roster in and out: CSV import with a preview, and CSV/XLSX export. */
export { MAX_IMPORT_BYTES };

const fileNameSchema = z.string().trim().min(1, 'Choose a file.').max(260, 'That file name is too long.');
/** The file's bytes, base64-encoded (the renderer cannot hand over a path in browser mode). */
const fileContentSchema = z
  .string()
  .max(MAX_IMPORT_BASE64_LENGTH, { error: (issue) => fileTooLargeMessage(fileBytesInCall(String(issue.input).length)), abort: true })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'That file could not be read.');

/** Sends the file once: the host keeps it (while the workspace stays open) for the previews and the commit. */
export const importStageRequestSchema = z.object({ fileName: fileNameSchema, contentBase64: fileContentSchema });
export const stagedImportSchema = z.object({ stagedId: z.string(), fileName: z.string(), rows: z.number().int() });

/** Per value category, the folded cell value (as the preview gives it) -> the chosen option's id. */
export const valueMappingsSchema = z.partialRecord(z.enum(valueCategories), z.record(z.string().max(500), z.string().max(100)));
export type ValueMappings = z.infer<typeof valueMappingsSchema>;

/** What the file does not say. */
export const importDefaultsSchema = z.object({
  involvement: z.enum(involvementLevels).default('core'),
  kind: z.enum(organizationKinds).default('other'),
  votingMember: z.enum(votingDefaults).default('nobody'),
  coalitionRole: z.enum(coalitionRoles).default('member'),
});
export type ImportDefaultsInput = z.input<typeof importDefaultsSchema>;

export const importRequestSchema = z
  .object({
    kind: z.enum(importKinds),
    /** A file sent with importStage; or, for a single call, the file itself with its name. */
    stagedId: z.string().uuid('That import is no longer open: choose the file again.').optional(),
    fileName: fileNameSchema.optional(),
    contentBase64: fileContentSchema.optional(),
    /** Field -> 0-based column; omitted to use the guessed mapping. */
    mapping: z.record(z.string(), z.number().int().min(0).max(1000).nullable()).optional(),
    duplicates: z.enum(['skip', 'update']).default('skip'),
    valueMappings: valueMappingsSchema.optional(),
    defaults: importDefaultsSchema.optional(),
    /** 'refuse': any row with a problem and nothing is written (the default); 'skip': write the good rows only. */
    problemRows: z.enum(['refuse', 'skip']).default('refuse'),
  })
  .refine((request) => request.stagedId !== undefined || (request.contentBase64 !== undefined && request.fileName !== undefined), {
    message: 'Choose a file.',
    path: ['file'],
  });
export type ImportRequest = z.input<typeof importRequestSchema>;

export const importRowStatusSchema = z.enum(['new', 'update', 'duplicate', 'error']);

export const importPreviewSchema = z.object({
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.number().int().nullable()),
  fields: z.array(z.object({ id: z.string(), label: z.string() })),
  missingFields: z.array(z.string()),
  /** line: the row as the spreadsheet numbers it (the header is row 1). */
  rows: z.array(z.object({ line: z.number().int(), status: importRowStatusSchema, label: z.string(), messages: z.array(z.string()) })),
  counts: z.object({ new: z.number(), update: z.number(), duplicate: z.number(), error: z.number() }),
  /** Every distinct value the import did not recognise, once, with the option chosen for it (asked now or remembered). */
  values: z
    .array(z.object({ category: z.enum(valueCategories), key: z.string(), text: z.string(), rows: z.number().int(), chosen: z.string().nullable() }))
    .default([]),
  /** People imports: organizations the commit would create, and those already in the directory it links to. */
  organizations: z.object({ new: z.number(), matched: z.number() }).nullable().default(null),
});
export type ImportPreviewResult = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  created: z.number(),
  updated: z.number(),
  skipped: z.number(),
  /** Rows left out because they had problems (only when asked to skip them). */
  problems: z.number().default(0),
  organizationsCreated: z.number().default(0),
});

/** The roster as a file for partners without the app (through the export jobs, like every file export). */
export const rosterExportSchema = z
  .object({
    kind: z.literal('roster'),
    format: z.enum(['csv', 'xlsx']),
    /** Protected identities: shown by display name (default), left out, or included in full for this one export. */
    protectedMembers: z.enum(['display-name', 'leave-out', 'include']).default('display-name'),
  })
  .strict();

export const exportedFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string(), rows: z.number() });
export type ExportedFile = z.infer<typeof exportedFileSchema>;
