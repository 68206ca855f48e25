import { z } from 'zod';
import { breakdownIds } from '../dataBreakdowns';
import { measureSetIds } from '../dataMeasureSets';
import { PERIOD_PATTERN, periodKinds } from '../dataPeriods';
import { sectorIds } from '../stakeholderSectors';
import { channel } from './channel';
import { idSchema } from './directorySchemas';
import { optionalText, requiredName, requiredText } from './textSchemas';

/** Issue 14, data review: counts per measure, organization and period. Nothing here can hold a person. */

export const periodIdSchema = z.string({ error: 'Choose a month or a quarter.' }).regex(PERIOD_PATTERN, 'Choose a month (2026-03) or a quarter (2026-Q1).');

export const countSchema = z
  .number({ error: 'Enter a whole number.' })
  .int('Counts are whole numbers.')
  .min(0, 'Counts cannot be negative.')
  .max(1_000_000, 'That count is larger than any coalition figure; check it.');

export const breakdownCountsSchema = z.partialRecord(z.enum(breakdownIds), z.record(z.string().max(40), countSchema));

export const measureInputSchema = z
  .object({
    name: requiredName('Name', 120),
    definition: requiredText('Definition', 1000),
    unit: requiredName('Unit', 40),
    period: z.enum(periodKinds, { error: 'Choose monthly or quarterly.' }),
    sectors: z
      .array(z.enum(sectorIds, { error: 'Choose sectors from the list.' }))
      .max(sectorIds.length)
      .default([]),
    breakdowns: z.array(z.enum(breakdownIds)).max(breakdownIds.length).default([]),
    within24hOf: idSchema.nullable().default(null),
  })
  .strict();
export type MeasureInput = z.input<typeof measureInputSchema>;

export const measureSchema = z.object({
  id: idSchema,
  setId: z.string(),
  builtinKey: z.string().nullable(),
  name: z.string(),
  definition: z.string(),
  definitionVersion: z.number().int(),
  unit: z.string(),
  period: z.enum(periodKinds),
  sectors: z.array(z.enum(sectorIds)),
  breakdowns: z.array(z.enum(breakdownIds)),
  within24hOf: idSchema.nullable(),
  active: z.boolean(),
});
export type Measure = z.infer<typeof measureSchema>;

export const catalogueSchema = z.object({
  sets: z.array(z.object({ id: z.enum(measureSetIds), label: z.string(), description: z.string(), active: z.boolean(), measureCount: z.number().int() })),
  measures: z.array(measureSchema),
});
export type Catalogue = z.infer<typeof catalogueSchema>;

export const periodSchema = z.object({
  id: z.string(),
  kind: z.enum(periodKinds),
  label: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  dueOn: z.string(),
});

export const submissionStates = ['submitted', 'submitted-late', 'late', 'not-yet-due', 'nothing-owed'] as const;
export type SubmissionState = (typeof submissionStates)[number];

export const periodOverviewSchema = z.object({
  period: periodSchema,
  organizations: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      sector: z.enum(sectorIds),
      owed: z.number().int(),
      entered: z.number().int(),
      submittedAt: z.string().nullable(),
      state: z.enum(submissionStates),
    }),
  ),
});
export type PeriodOverview = z.infer<typeof periodOverviewSchema>;

export const figureSchema = z.object({
  total: z.number().int(),
  breakdown: breakdownCountsSchema,
  definitionVersion: z.number().int(),
  /** The definition the figure was counted under. */
  definition: z.string(),
  enteredAt: z.string(),
  enteredBy: z.string(),
});
export type Figure = z.infer<typeof figureSchema>;

export const correctionSchema = z.object({
  measureId: idSchema,
  measureName: z.string(),
  wasTotal: z.number().int(),
  nowTotal: z.number().int(),
  wasBreakdown: breakdownCountsSchema,
  nowBreakdown: breakdownCountsSchema,
  reason: z.string(),
  correctedAt: z.string(),
  correctedBy: z.string(),
});
export type Correction = z.infer<typeof correctionSchema>;

export const submissionSchema = z.object({
  organization: z.object({ id: idSchema, name: z.string(), sector: z.enum(sectorIds) }),
  period: periodSchema,
  note: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  lines: z.array(
    z.object({
      measure: measureSchema,
      figure: figureSchema.nullable(),
      /** Far outside the organization's own earlier figures for the measure: worth a second look. */
      farFromHistory: z.boolean(),
    }),
  ),
  corrections: z.array(correctionSchema),
});
export type Submission = z.infer<typeof submissionSchema>;

export const figureInputSchema = z.object({ measureId: idSchema, total: countSchema, breakdown: breakdownCountsSchema.default({}) }).strict();

export const submissionInputSchema = z
  .object({
    organizationId: idSchema,
    period: periodIdSchema,
    note: optionalText('Note', 500),
    figures: z.array(figureInputSchema).max(500),
    /** Required when a figure already stored changes: kept with the earlier values. */
    reason: optionalText('Reason', 500),
  })
  .strict();
export type SubmissionInput = z.input<typeof submissionInputSchema>;

export const smallNumbersSchema = z
  .object({
    /** Counts from 1 to this are hidden in anything shared (shared/smallNumbers.ts). */
    threshold: z
      .number({ error: 'Enter a whole number.' })
      .int('Enter a whole number.')
      .min(1, 'The threshold is at least 1.')
      .max(50, 'The threshold is at most 50.'),
  })
  .strict();
export type SmallNumbers = z.infer<typeof smallNumbersSchema>;

const submissionKey = z.object({ organizationId: idSchema, period: periodIdSchema }).strict();

export const dataChannels = {
  'data.catalogue': channel(z.object({}).strict(), catalogueSchema),
  'data.setMeasureSet': channel(z.object({ setId: z.enum(measureSetIds), active: z.boolean() }).strict(), catalogueSchema, { touchesSession: true }),
  'data.createMeasure': channel(measureInputSchema, measureSchema, { touchesSession: true }),
  'data.updateMeasure': channel(measureInputSchema.extend({ id: idSchema }), measureSchema, { touchesSession: true }),
  'data.overview': channel(z.object({ period: periodIdSchema }).strict(), periodOverviewSchema),
  'data.submission': channel(submissionKey, submissionSchema),
  'data.saveSubmission': channel(submissionInputSchema, submissionSchema, { touchesSession: true }),
  'data.smallNumbers': channel(z.object({}).strict(), smallNumbersSchema),
  'data.setSmallNumbers': channel(smallNumbersSchema, smallNumbersSchema, { touchesSession: true }),
} as const;
