import { z } from 'zod';
import { actionQuerySchema } from './actionItemSchemas';

/** The filters and sort of the Action items page, without its paging: what a file of "the items shown" needs. */
export const actionFiltersSchema = actionQuerySchema.omit({ offset: true, limit: true, groupBy: true, after: true }).prefault({});

/** The action items list as a spreadsheet, with the filters and sort of the page it was asked from. */
export const actionItemsExportSchema = z
  .object({
    kind: z.literal('action-items'),
    format: z.enum(['csv', 'xlsx']),
    query: actionFiltersSchema,
  })
  .strict();
