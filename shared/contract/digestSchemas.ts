import { z } from 'zod';
import { idSchema } from './directorySchemas';

/** Per-member digests of open action items: a PDF (a page per person) or email texts, for one person or everyone. */
export const memberDigestsExportSchema = z
  .object({
    kind: z.literal('member-digests'),
    /** null: everyone who has open action items. */
    memberId: idSchema.nullable().default(null),
    format: z.enum(['pdf', 'txt']),
  })
  .strict();

export const emailDraftRequestSchema = z.object({ memberId: idSchema }).strict();

export const emailDraftSchema = z.object({
  recipientName: z.string(),
  /** False for a protected identity or someone without an email address: the person fills in the recipient. */
  hasAddress: z.boolean(),
  subject: z.string(),
  body: z.string(),
  /** null when the draft is too long for a mail link; then it is saved as a text file instead. */
  mailto: z.string().nullable(),
});
export type EmailDraftResult = z.infer<typeof emailDraftSchema>;
