import { z } from 'zod';

/** A record a link picker offers (an action item, a decision, a meeting): its title and a line of detail. */
export const linkChoiceSchema = z.object({ id: z.string(), label: z.string(), detail: z.string() });
export type LinkChoice = z.infer<typeof linkChoiceSchema>;
