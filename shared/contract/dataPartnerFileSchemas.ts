import { z } from 'zod';
import { MAX_PARTNER_FILE_BYTES } from '../dataPartnerFileFormat';
import { base64Length } from '../importLimits';
import { channel } from './channel';
import { breakdownCountsSchema, periodIdSchema, periodSchema } from './dataSchemas';
import { idSchema } from './directorySchemas';
import { exportStartedSchema } from './exportSchemas';
import { optionalText } from './textSchemas';

/** Issue 14: fill-in XLSX files for partners without the app, and importing the files they return. */

const tooLarge = `That file is larger than a filled-in partner file can be (${MAX_PARTNER_FILE_BYTES / 1024 / 1024} MB). Choose the file the partner returned.`;

export const partnerFileStageSchema = z
  .object({
    /** Who and which period the coordinator expects the file to be for: a file for another is refused. */
    organizationId: idSchema,
    period: periodIdSchema,
    fileName: z.string().trim().min(1, 'Choose a file.').max(260, 'That file name is too long.'),
    contentBase64: z
      .string()
      .max(base64Length(MAX_PARTNER_FILE_BYTES), { error: tooLarge, abort: true })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'That file could not be read.'),
  })
  .strict();

const figureValueSchema = z.object({ total: z.number().int(), breakdown: breakdownCountsSchema });

export const partnerFileChanges = ['new', 'correction', 'unchanged', 'blank'] as const;

export const partnerFilePreviewSchema = z.object({
  stagedId: z.string(),
  fileName: z.string(),
  organization: z.object({ id: idSchema, name: z.string() }),
  period: periodSchema,
  note: z.string(),
  lines: z.array(
    z.object({
      measureId: idSchema,
      measureName: z.string(),
      unit: z.string(),
      /** new: nothing stored yet; correction: replaces a stored figure (kept in the history); blank: left empty in the file. */
      change: z.enum(partnerFileChanges),
      was: figureValueSchema.nullable(),
      now: figureValueSchema.nullable(),
      /** The file was made before the measure's definition last changed: the figure keeps the definition the partner read. */
      earlierDefinition: z.boolean(),
    }),
  ),
  /** What stops the import, each at its cell ("C12") when it has one. */
  problems: z.array(z.object({ cell: z.string().nullable(), where: z.string(), message: z.string() })),
  /** Stored figures change: the coordinator says why before importing. */
  needsReason: z.boolean(),
});
export type PartnerFilePreview = z.infer<typeof partnerFilePreviewSchema>;

export const partnerFileImportedSchema = z.object({
  organizationName: z.string(),
  periodLabel: z.string(),
  entered: z.number().int(),
  corrected: z.number().int(),
});

export const dataPartnerFileChannels = {
  /** One organization: its .xlsx; several: a .zip of one .xlsx each. Followed with exports.status, fetched with exports.save / exports.download. */
  'data.partnerFilesExport': channel(
    z.object({ period: periodIdSchema, organizationIds: z.array(idSchema).min(1, 'Choose at least one organization.').max(200) }).strict(),
    exportStartedSchema,
    {
      touchesSession: true,
    },
  ),
  /** Sends the returned file once; it is kept (until the workspace locks) for the preview and the import. */
  'data.partnerFileStage': channel(partnerFileStageSchema, partnerFilePreviewSchema, { touchesSession: true }),
  'data.partnerFileImport': channel(
    z.object({ stagedId: z.string().uuid('That file is no longer open: choose it again.'), reason: optionalText('Reason', 500) }).strict(),
    partnerFileImportedSchema,
    { touchesSession: true },
  ),
} as const;
