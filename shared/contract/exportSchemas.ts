import { z } from 'zod';
import { actionItemsExportSchema } from './actionItemExportSchemas';
import { dueDatesCalendarExportSchema, meetingCalendarExportSchema } from './calendarExportSchemas';
import { consultationReportExportSchema } from './consultationReportSchemas';
import { memberDigestsExportSchema } from './digestSchemas';
import { rosterExportSchema } from './directoryTransferSchemas';
import { meetingRecordExportSchema, meetingsBundleExportSchema } from './meetingExportSchemas';
import { complianceSummaryExportSchema } from './trainingSchemas';

/** Every file the app can export, told apart by `kind`. Each kind's schema lives beside its area's contract. */
export const exportRequestSchema = z.discriminatedUnion('kind', [
  actionItemsExportSchema,
  rosterExportSchema,
  meetingRecordExportSchema,
  meetingsBundleExportSchema,
  meetingCalendarExportSchema,
  dueDatesCalendarExportSchema,
  consultationReportExportSchema,
  memberDigestsExportSchema,
  complianceSummaryExportSchema,
]);
export type ExportRequest = z.input<typeof exportRequestSchema>;
export type ParsedExportRequest = z.output<typeof exportRequestSchema>;
export type ExportKind = ParsedExportRequest['kind'];
export type ExportRequestOf<K extends ExportKind> = Extract<ParsedExportRequest, { kind: K }>;

export const exportJobIdSchema = z.object({ jobId: z.string().uuid() }).strict();

export const exportJobStatusSchema = z.discriminatedUnion('state', [
  /** In the queue behind other exports; position 1 starts next. */
  z.object({ state: z.literal('waiting'), position: z.number().int() }),
  z.object({ state: z.literal('running'), done: z.number(), total: z.number() }),
  z.object({ state: z.literal('finished'), fileName: z.string(), size: z.number().int() }),
  z.object({ state: z.literal('failed'), message: z.string() }),
  z.object({ state: z.literal('cancelled') }),
]);
export type ExportJobStatus = z.infer<typeof exportJobStatusSchema>;

export const exportStartedSchema = z.object({ jobId: z.string(), fileName: z.string() });

/** Desktop only: where the file went, or nothing when the person closed the save dialog. */
export const exportSavedSchema = z.object({ path: z.string().nullable() });

export const exportShowInFolderSchema = z.object({ path: z.string().min(1).max(4096) }).strict();
