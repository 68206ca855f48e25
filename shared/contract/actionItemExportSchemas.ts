import { z } from 'zod';
import { actionQuerySchema } from './actionItemSchemas';

/** The action items list as a spreadsheet, with the filters and sort of the page it was asked from. */
export const actionItemsExportSchema = z
  .object({
    kind: z.literal('action-items'),
    format: z.enum(['csv', 'xlsx']),
    query: actionQuerySchema.omit({ offset: true, limit: true, groupBy: true }).prefault({}),
  })
  .strict();
