import { z } from 'zod';
import { dutyIds } from '../childWelfareDuties';
import { dutyStatuses } from '../dutyStatus';
import { sectorIds } from '../stakeholderSectors';
import { channel } from './channel';
import { reportDate, withReportPeriodRules } from './consultationReportSchemas';
import { idSchema, involvementLevels, isoDateSchema } from './directorySchemas';
import { linkChoiceSchema } from './linkChoiceSchema';
import { optionalName, optionalText, requiredName } from './textSchemas';

/** Trainings and outreach ("eyes and ears"), and the checklist of the six duties of P.L. 113-183 (issue 13). */

const MAX_TRAINED = 1_000_000;

const calendarDay = (what: string) =>
  z
    .string({ error: `Choose ${what}.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date like 2026-03-31.', abort: true })
    .refine(
      (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      'That date does not exist.',
    );

const headcount = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(0, `${label} cannot be below zero.`)
    .max(MAX_TRAINED, `${label} must be at most ${MAX_TRAINED.toLocaleString('en-US')}.`);

// ---------- Trainings ----------

const trainingFields = z.object({
  heldOn: calendarDay('the day of the training'),
  title: requiredName('Title', 200),
  curriculum: optionalText('Curriculum', 2000),
  trainerOrganizationId: idSchema.nullable().default(null),
  audienceSectors: z
    .array(z.enum(sectorIds, { error: 'Choose audiences from the list.' }))
    .max(sectorIds.length)
    .default([]),
  audienceDetail: optionalName('Audience detail', 200),
  numberTrained: headcount('Number trained'),
  acknowledgmentsCollected: z.boolean().default(false),
  acknowledgmentCount: headcount('Acknowledgments').nullable().default(null),
  duties: z
    .array(z.enum(dutyIds, { error: 'Choose duties from the list.' }))
    .max(dutyIds.length)
    .default([]),
});

type TrainingFieldsShape = z.output<typeof trainingFields>;

/** Acknowledgments are counted only when collected, and never more than the people trained. */
function trainingRules<S extends z.ZodType<TrainingFieldsShape>>(schema: S) {
  return schema
    .refine((value) => value.acknowledgmentsCollected || value.acknowledgmentCount === null, {
      message: 'Tick “Acknowledgments collected” to give their number, or leave the number empty.',
      path: ['acknowledgmentCount'],
    })
    .refine((value) => !value.acknowledgmentsCollected || value.acknowledgmentCount !== null, {
      message: 'Give the number of signed acknowledgments collected.',
      path: ['acknowledgmentCount'],
    })
    .refine((value) => value.acknowledgmentCount === null || value.acknowledgmentCount <= value.numberTrained, {
      message: 'There cannot be more acknowledgments than people trained.',
      path: ['acknowledgmentCount'],
    });
}

export const trainingInputSchema = trainingRules(trainingFields);
export type TrainingInput = z.input<typeof trainingInputSchema>;
export const trainingUpdateSchema = trainingRules(trainingFields.extend({ id: idSchema }));

export const organizationRefSchema = z.object({ id: z.string(), name: z.string() });

export const trainingSchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  title: z.string(),
  curriculum: z.string(),
  trainerOrganization: organizationRefSchema.nullable(),
  audienceSectors: z.array(z.enum(sectorIds)),
  audienceDetail: z.string(),
  numberTrained: z.number().int(),
  acknowledgmentsCollected: z.boolean(),
  acknowledgmentCount: z.number().int().nullable(),
  duties: z.array(z.enum(dutyIds)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Training = z.infer<typeof trainingSchema>;

// ---------- Outreach ----------

export const followUpStatuses = ['none', 'open', 'done'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

const outreachFields = z.object({
  organizationId: idSchema,
  contactedOn: calendarDay('the day of the contact'),
  contactPerson: optionalName('Who', 200),
  agreed: optionalText('What was agreed', 2000),
  followUpOn: isoDateSchema,
  followUpStatus: z.enum(followUpStatuses, { error: 'Choose a follow-up status from the list.' }).default('none'),
});

type OutreachFieldsShape = z.output<typeof outreachFields>;

function outreachRules<S extends z.ZodType<OutreachFieldsShape>>(schema: S) {
  return schema
    .refine((value) => value.followUpOn === null || value.followUpOn >= value.contactedOn, {
      message: 'The follow-up cannot be before the contact.',
      path: ['followUpOn'],
    })
    .refine((value) => value.followUpOn === null || value.followUpStatus !== 'none', {
      message: 'Choose whether the follow-up is open or done.',
      path: ['followUpStatus'],
    });
}

export const outreachInputSchema = outreachRules(outreachFields);
export type OutreachInput = z.input<typeof outreachInputSchema>;
export const outreachUpdateSchema = outreachRules(outreachFields.extend({ id: idSchema }));

export const outreachContactSchema = z.object({
  id: z.string(),
  organization: organizationRefSchema.extend({ involvement: z.enum(involvementLevels), sector: z.string() }),
  contactedOn: z.string(),
  contactPerson: z.string(),
  agreed: z.string(),
  followUpOn: z.string().nullable(),
  followUpStatus: z.enum(followUpStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OutreachContact = z.infer<typeof outreachContactSchema>;

// ---------- Counts by sector and quarter ----------

export const quarterCountSchema = z.object({
  quarter: z.string(),
  trainings: z.number().int(),
  peopleTrained: z.number().int(),
  outreachContacts: z.number().int(),
});
export type QuarterCount = z.infer<typeof quarterCountSchema>;

export const trainingCountsSchema = z.object({
  /** Oldest first, "2026-Q1"; the last is the current quarter in the coalition's time zone. */
  quarters: z.array(z.string()),
  sectors: z.array(z.object({ sector: z.enum(sectorIds), label: z.string(), counts: z.array(quarterCountSchema) })),
  totals: z.array(quarterCountSchema),
});
export type TrainingCounts = z.infer<typeof trainingCountsSchema>;

// ---------- The six duties ----------

export const dutyLinkKinds = ['meeting', 'action-item'] as const;
export type DutyLinkKind = (typeof dutyLinkKinds)[number];
export const dutyLinkSchema = z
  .object({ duty: z.enum(dutyIds, { error: 'Choose a duty from the list.' }), subjectKind: z.enum(dutyLinkKinds), subjectId: idSchema })
  .strict();
export const dutySubjectSchema = dutyLinkSchema.omit({ duty: true });

export const dutyLinkChoicesSchema = z
  .object({
    duty: z.enum(dutyIds, { error: 'Choose a duty from the list.' }),
    subjectKind: z.enum(dutyLinkKinds),
    text: z.string().trim().max(200).default(''),
  })
  .strict();

export const dutyEvidenceSchema = z.object({
  protocols: z.array(z.object({ title: z.string(), adoptedOn: z.string() })),
  trainings: z.array(z.object({ id: z.string(), title: z.string(), heldOn: z.string(), numberTrained: z.number().int() })),
  meetings: z.array(z.object({ id: z.string(), title: z.string(), date: z.string(), linked: z.boolean(), consultation: z.boolean() })),
  actionItems: z.array(z.object({ id: z.string(), title: z.string(), status: z.string(), dueOn: z.string().nullable() })),
});

export const dutyReviewSchema = z.object({
  id: z.enum(dutyIds),
  title: z.string(),
  summary: z.string(),
  status: z.enum(dutyStatuses),
  reason: z.string(),
  missing: z.array(z.string()),
  evidence: dutyEvidenceSchema,
});
export type DutyReview = z.infer<typeof dutyReviewSchema>;

export const dutyChecklistSchema = z.object({ asOf: z.string(), duties: z.array(dutyReviewSchema) });
export type DutyChecklist = z.infer<typeof dutyChecklistSchema>;

const done = z.object({ done: z.literal(true) });
const byId = z.object({ id: idSchema }).strict();

export const trainingChannels = {
  /** Newest first. */
  'trainings.list': channel(z.object({}).strict(), z.array(trainingSchema)),
  'trainings.create': channel(trainingInputSchema, trainingSchema, { touchesSession: true }),
  'trainings.update': channel(trainingUpdateSchema, trainingSchema, { touchesSession: true }),
  'trainings.delete': channel(byId, done, { touchesSession: true }),
  /** Trainings, people trained and outreach contacts by sector for the last `quarters` quarters (the current one last). */
  'trainings.counts': channel(z.object({ quarters: z.number().int().min(1).max(40).default(4) }).strict(), trainingCountsSchema),
  'outreach.list': channel(z.object({}).strict(), z.array(outreachContactSchema)),
  'outreach.create': channel(outreachInputSchema, outreachContactSchema, { touchesSession: true }),
  'outreach.update': channel(outreachUpdateSchema, outreachContactSchema, { touchesSession: true }),
  'outreach.delete': channel(byId, done, { touchesSession: true }),
  /** The six duties as of today, each with its evidence, status, reason and what is missing. */
  'duties.checklist': channel(z.object({}).strict(), dutyChecklistSchema),
  'duties.link': channel(dutyLinkSchema, done, { touchesSession: true }),
  'duties.unlink': channel(dutyLinkSchema, done, { touchesSession: true }),
  /** Meetings or action items whose title holds the words and that are not linked to the duty yet (at most 20). */
  'duties.linkChoices': channel(dutyLinkChoicesSchema, z.array(linkChoiceSchema)),
  /** The duties one meeting or action item is linked to, in the law's order (its "Serves duty" control). */
  'duties.servedBy': channel(dutySubjectSchema, z.array(z.enum(dutyIds))),
} as const;

/** The compliance summary for a period: the six duties with their evidence and status, then the consultations. */
export const complianceSummaryExportSchema = withReportPeriodRules(
  z
    .object({
      kind: z.literal('compliance-summary'),
      from: reportDate('first'),
      to: reportDate('last'),
      format: z.literal('pdf').default('pdf'),
    })
    .strict(),
);
