import { z } from 'zod';
import { actionFiltersSchema } from './actionItemExportSchemas';
import { idSchema } from './directorySchemas';

/** Calendar files (.ics): a meeting or its whole series, and the due dates of the action items a page's filters select. */
export const meetingCalendarExportSchema = z
  .object({
    kind: z.literal('meeting-calendar'),
    meetingId: idSchema,
    scope: z.enum(['meeting', 'series']).default('meeting'),
  })
  .strict();

export const dueDatesCalendarExportSchema = z
  .object({
    kind: z.literal('due-dates-calendar'),
    query: actionFiltersSchema,
  })
  .strict();
