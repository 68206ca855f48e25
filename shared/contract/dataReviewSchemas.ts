import { z } from 'zod';
import { CUSTOM_SET, measureSetIds } from '../dataMeasureSets';
import { sectorIds } from '../stakeholderSectors';
import { channel } from './channel';
import { periodIdSchema } from './dataSchemas';

/** Issue 14, the data review: the figures over time (model in shared/dataReview.ts) and the coalition's health. */

export const reviewSetIds = [...measureSetIds, CUSTOM_SET] as const;

export const reviewQuerySchema = z
  .object({
    from: periodIdSchema,
    to: periodIdSchema,
    /** Only organizations of these sectors; none chosen means every sector. */
    sectors: z
      .array(z.enum(sectorIds, { error: 'Choose sectors from the list.' }))
      .max(sectorIds.length)
      .default([]),
    /** Only the measures of this set; null means every active measure. */
    setId: z.enum(reviewSetIds, { error: 'Choose a measure set from the list.' }).nullable().default(null),
  })
  .strict();
export type ReviewQuery = z.input<typeof reviewQuerySchema>;

export const reviewSeriesSchema = z.object({
  periods: z.array(z.string()),
  threshold: z.number().int(),
  measures: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string(), setId: z.string(), within24hOf: z.string().nullable() })),
  organizations: z.array(z.object({ id: z.string(), name: z.string(), sector: z.string() })),
  figures: z.array(z.object({ measureId: z.string(), organizationId: z.string(), period: z.string(), total: z.number().int() })),
  breakdowns: z.array(z.object({ measureId: z.string(), period: z.string(), breakdownId: z.string(), cellId: z.string(), count: z.number().int() })),
  missing: z.array(z.object({ organizationId: z.string(), period: z.string(), owed: z.number().int(), entered: z.number().int(), late: z.boolean() })),
});

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthSchema = z.string({ error: 'Choose a month.' }).regex(MONTH_PATTERN, 'Choose a month (2026-03).');

export const healthQuerySchema = z.object({ from: monthSchema, to: monthSchema }).strict();

export const coalitionHealthSchema = z.object({
  months: z.array(z.string()),
  /** People present (in person or remote) at held meetings, by month and the sector of their organization. */
  attendance: z.array(z.object({ month: z.string(), sector: z.enum(sectorIds), count: z.number().int() })),
  /** Core sectors nobody from attended a held meeting in the months. */
  neverConsulted: z.array(z.enum(sectorIds)),
  actions: z.array(z.object({ month: z.string(), opened: z.number().int(), done: z.number().int() })),
  /** Action items still open today, by age in days since they were opened. */
  openAges: z.object({ under30: z.number().int(), from30to90: z.number().int(), over90: z.number().int(), oldestDays: z.number().int().nullable() }),
  overdueProtocols: z.array(z.object({ id: z.string(), title: z.string(), nextReviewOn: z.string().nullable() })),
});
export type CoalitionHealth = z.infer<typeof coalitionHealthSchema>;

export const dataReviewChannels = {
  'dataReview.series': channel(reviewQuerySchema, reviewSeriesSchema),
  'dataReview.health': channel(healthQuerySchema, coalitionHealthSchema),
} as const;
