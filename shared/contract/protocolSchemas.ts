import { z } from 'zod';
import { dutyIds } from '../childWelfareDuties';
import { protocolKinds, protocolSubtypes, registerStates, signOffStatuses, versionStates } from '../protocolLabels';
import { sectorIds } from '../stakeholderSectors';
import { channel } from './channel';
import { idSchema, isoDateSchema } from './directorySchemas';
import { optionalText, requiredName } from './textSchemas';

const requiredDate = (label: string) => isoDateSchema.refine((value) => value !== null, `${label} is required.`).transform((value) => value ?? '');

const protocolFields = z.object({
  title: requiredName('Title', 200),
  kind: z.enum(protocolKinds, { error: 'Choose what kind of document this is.' }),
  subtype: z.enum(protocolSubtypes).nullable().default(null),
  summary: optionalText('Summary', 4000),
  /** Every how many months it is reviewed; null: no review cycle. */
  reviewMonths: z
    .number({ error: 'Say every how many months it is reviewed.' })
    .int('Use whole months.')
    .min(1, 'Use at least 1 month.')
    .max(120, 'Use at most 120 months (10 years).')
    .nullable()
    .default(12),
  renewalOn: isoDateSchema,
  requiredSectors: z
    .array(z.enum(sectorIds, { error: 'Choose sectors from the list.' }))
    .max(sectorIds.length)
    .default([]),
  duties: z
    .array(z.enum(dutyIds, { error: 'Choose duties from the list.' }))
    .max(dutyIds.length)
    .default([]),
});

const withProtocolRules = <T extends z.ZodType<z.output<typeof protocolFields>>>(schema: T) =>
  schema.refine((value) => value.subtype === null || value.kind === 'protocol', {
    message: 'Only an interagency protocol has a type (screening, referral…).',
    path: ['subtype'],
  });

const versionLabel = requiredName('Version', 40);

export const protocolInputSchema = withProtocolRules(protocolFields.extend({ firstVersion: versionLabel.default('1') }));
export const protocolUpdateSchema = withProtocolRules(protocolFields.extend({ id: idSchema }));

export const versionInputSchema = z.object({ protocolId: idSchema, label: versionLabel, changes: optionalText('What changed', 4000) });
export const versionUpdateSchema = z.object({ id: idSchema, label: versionLabel, changes: optionalText('What changed', 4000) });
export const versionMoveSchema = z.object({ id: idSchema, state: z.enum(versionStates, { error: 'Choose a state.' }) });

export const adoptionSchema = z
  .object({
    id: idSchema,
    adoptedOn: requiredDate('The date adopted'),
    /** When it takes effect; the adoption date when not given. */
    effectiveOn: isoDateSchema,
    meetingId: idSchema.nullable().default(null),
    decisionId: idSchema.nullable().default(null),
  })
  .refine((value) => value.decisionId === null || value.meetingId !== null, { message: 'Choose the meeting the decision was made at.', path: ['meetingId'] });

export const partyInputSchema = z.object({ protocolId: idSchema, organizationId: idSchema, signatoryId: idSchema.nullable().default(null) });
export const partyRemoveSchema = z.object({ protocolId: idSchema, organizationId: idSchema });

export const signOffInputSchema = z
  .object({
    versionId: idSchema,
    organizationId: idSchema,
    status: z.enum(signOffStatuses, { error: 'Choose signed, declined or not signed yet.' }),
    signedOn: isoDateSchema,
  })
  .refine((value) => value.status !== 'signed' || value.signedOn !== null, { message: 'Say the date it was signed.', path: ['signedOn'] });

export const reviewInputSchema = z.object({ id: idSchema, reviewedOn: requiredDate('The date of the review') });

const reviewStatusSchema = z.enum(['none', 'later', 'due', 'overdue']);

const versionRefSchema = z.object({
  id: z.string(),
  label: z.string(),
  state: z.enum(versionStates),
  effectiveOn: z.string().nullable(),
  adoptedOn: z.string().nullable(),
});

const unsignedPartySchema = z.object({ organizationId: z.string(), name: z.string(), status: z.enum(['pending', 'declined']) });

export const protocolSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(protocolKinds),
  subtype: z.enum(protocolSubtypes).nullable(),
  summary: z.string(),
  reviewMonths: z.number().int().nullable(),
  renewalOn: z.string().nullable(),
  lastReviewedOn: z.string().nullable(),
  state: z.enum(registerStates),
  /** The adopted version, or else the newest one. */
  currentVersion: versionRefSchema.nullable(),
  /** A newer version being drafted or reviewed beside the adopted one. */
  openVersion: versionRefSchema.nullable(),
  nextReviewOn: z.string().nullable(),
  review: reviewStatusSchema,
  partyCount: z.number().int(),
  /** Parties that have not signed the current version. */
  unsignedParties: z.array(unsignedPartySchema),
  requiredSectors: z.array(z.enum(sectorIds)),
  /** Required sectors with no party organization in them. */
  missingSectors: z.array(z.enum(sectorIds)),
  duties: z.array(z.enum(dutyIds)),
  updatedAt: z.string(),
});
export type ProtocolSummary = z.infer<typeof protocolSummarySchema>;

export const signOffSchema = z.object({
  organizationId: z.string(),
  status: z.enum(signOffStatuses),
  signedOn: z.string().nullable(),
  signatoryName: z.string().nullable(),
});

export const protocolVersionSchema = versionRefSchema.extend({
  changes: z.string(),
  endedOn: z.string().nullable(),
  meeting: z.object({ id: z.string(), title: z.string(), startsAt: z.string() }).nullable(),
  decision: z.object({ id: z.string(), text: z.string() }).nullable(),
  /** One per current party, pending where nothing was recorded. */
  signOffs: z.array(signOffSchema),
});
export type ProtocolVersion = z.infer<typeof protocolVersionSchema>;

export const protocolPartySchema = z.object({
  organizationId: z.string(),
  name: z.string(),
  sector: z.enum(sectorIds),
  archived: z.boolean(),
  signatory: z.object({ id: z.string(), shownName: z.string() }).nullable(),
  /** Its active members: who can be named to sign for it. */
  members: z.array(z.object({ id: z.string(), shownName: z.string() })),
});
export type ProtocolParty = z.infer<typeof protocolPartySchema>;

export const protocolDetailSchema = protocolSummarySchema.extend({
  /** Newest first. */
  versions: z.array(protocolVersionSchema),
  parties: z.array(protocolPartySchema),
  /** For each missing sector, organizations of that sector at the table that could be asked to join. */
  candidates: z.array(z.object({ sector: z.enum(sectorIds), organizations: z.array(z.object({ id: z.string(), name: z.string() })) })),
});
export type ProtocolDetail = z.infer<typeof protocolDetailSchema>;

export const protocolReviewsSchema = z.object({
  today: z.string(),
  /** Adopted protocols and agreements by next review date (those without one last), with who has not signed. */
  items: z.array(
    protocolSummarySchema.pick({ id: true, title: true, kind: true, nextReviewOn: true, review: true, unsignedParties: true, currentVersion: true }),
  ),
  overdue: z.number().int(),
  due: z.number().int(),
});
export type ProtocolReviews = z.infer<typeof protocolReviewsSchema>;

const empty = z.object({}).strict();

export const protocolChannels = {
  'protocols.list': channel(empty, z.array(protocolSummarySchema)),
  'protocols.get': channel(z.object({ id: idSchema }), protocolDetailSchema),
  /** A new protocol or agreement with its first version, a draft. */
  'protocols.create': channel(protocolInputSchema, protocolDetailSchema, { touchesSession: true }),
  'protocols.update': channel(protocolUpdateSchema, protocolDetailSchema, { touchesSession: true }),
  /** A new draft version; every party's sign-off on it starts pending. One draft or version in review at a time. */
  'protocols.addVersion': channel(versionInputSchema, protocolDetailSchema, { touchesSession: true }),
  'protocols.updateVersion': channel(versionUpdateSchema, protocolDetailSchema, { touchesSession: true }),
  /** Draft -> in review -> draft, adopted -> expired (shared/protocolStates.ts). Adoption has its own channel. */
  'protocols.moveVersion': channel(versionMoveSchema, protocolDetailSchema, { touchesSession: true }),
  /** In review -> adopted, at a meeting and by a decision when given; the version adopted before is superseded. */
  'protocols.adopt': channel(adoptionSchema, protocolDetailSchema, { touchesSession: true }),
  /** Adds an organization as a party, or changes its signatory (a member of that organization). */
  'protocols.setParty': channel(partyInputSchema, protocolDetailSchema, { touchesSession: true }),
  'protocols.removeParty': channel(partyRemoveSchema, protocolDetailSchema, { touchesSession: true }),
  'protocols.setSignOff': channel(signOffInputSchema, protocolDetailSchema, { touchesSession: true }),
  /** A review that keeps the adopted version as it is: the next review counts from this date. */
  'protocols.recordReview': channel(reviewInputSchema, protocolDetailSchema, { touchesSession: true }),
  /** The dashboard's card: next reviews, due and overdue ones, missing signatures. */
  'protocols.reviews': channel(empty, protocolReviewsSchema),
} as const;
