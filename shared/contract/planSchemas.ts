import { z } from 'zod';
import { figureSpans, planProgressModes, planStatuses } from '../planStatus';
import { channel } from './channel';
import { idSchema, isoDateSchema } from './directorySchemas';
import { exportStartedSchema } from './exportSchemas';
import { type LinkChoice, linkChoiceSchema } from './linkChoiceSchema';
import { optionalText, requiredName } from './textSchemas';

/** The coalition's strategic plan: mission, goals, objectives, progress updates, and links to the work serving them. */
const MAX_AMOUNT = 1e12;

const amountSchema = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .finite(`${label} must be a number.`)
    .min(-MAX_AMOUNT, `${label} is too large.`)
    .max(MAX_AMOUNT, `${label} is too large.`)
    .nullable()
    .default(null);

const requiredDate = (missing: string) => z.string({ error: missing }).min(1, missing).pipe(isoDateSchema.unwrap().unwrap());

export const planOwnerInputSchema = z
  .discriminatedUnion('kind', [z.object({ kind: z.literal('member'), id: idSchema }), z.object({ kind: z.literal('workgroup'), id: idSchema })])
  .nullable()
  .default(null);
export type PlanOwnerInput = z.output<typeof planOwnerInputSchema>;

export const planOwnerSchema = z.object({ kind: z.enum(['member', 'workgroup']), id: z.string(), name: z.string(), archived: z.boolean() });
export type PlanOwner = z.infer<typeof planOwnerSchema>;

// ---------- Goals ----------

const goalFields = z.object({ title: requiredName('Title', 300), description: optionalText('Description', 4000) });
export const goalInputSchema = goalFields.strict();
export type GoalInput = z.input<typeof goalInputSchema>;
export const goalUpdateSchema = goalFields.extend({ id: idSchema }).strict();

// ---------- Objectives ----------

const objectiveFields = z.object({
  goalId: idSchema,
  title: requiredName('Title', 300),
  owner: planOwnerInputSchema,
  measure: optionalText('Measure', 500),
  baseline: amountSchema('Baseline'),
  target: amountSchema('Target'),
  targetDate: isoDateSchema,
  status: z.enum(planStatuses).default('on-track'),
  progressMode: z.enum(planProgressModes).default('manual'),
  /** The catalogue measure whose figures progress follows: needed when progressMode is 'figures', ignored otherwise. */
  figures: z
    .object({ measureId: idSchema, span: z.enum(figureSpans) })
    .strict()
    .nullable()
    .default(null),
});
export const objectiveInputSchema = objectiveFields.strict();
export type ObjectiveInput = z.input<typeof objectiveInputSchema>;
export const objectiveUpdateSchema = objectiveFields.extend({ id: idSchema }).strict();

export const objectiveProgressSchema = z.object({
  /** 0 to 1, or null when it cannot be worked out (no target, no value yet, no linked items). */
  share: z.number().nullable(),
  latestValue: z.number().nullable(),
  latestOn: z.string().nullable(),
  /** Linked action items done, of those counted (cancelled ones are not). */
  linkedDone: z.number().int(),
  linkedCounted: z.number().int(),
});
export type ObjectiveProgress = z.infer<typeof objectiveProgressSchema>;

/** The catalogue measure an objective follows, and where its figures stand. */
export const followedFiguresSchema = z.object({
  measureId: z.string(),
  measureName: z.string(),
  unit: z.string(),
  span: z.enum(figureSpans),
  /** False once the measure's set is switched off on the Data page: progress then stops following its figures. */
  measureActive: z.boolean(),
  /** The coalition-wide count, exact (the coordinator's view); null with no figures yet, or when switched off. */
  value: z.number().int().nullable(),
  /** The periods counted, in words ("Q3 2026", "Q1–Q3 2026"); null without a value. */
  periodWords: z.string().nullable(),
  /** How the value may be shared (exports): hidden as a small number, withheld to protect one, or shown (null). */
  hiddenWhenShared: z.enum(['small', 'complementary']).nullable(),
});
export type FollowedFigures = z.infer<typeof followedFiguresSchema>;

export const objectiveSchema = z.object({
  id: z.string(),
  goalId: z.string(),
  title: z.string(),
  owner: planOwnerSchema.nullable(),
  measure: z.string(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  targetDate: z.string().nullable(),
  status: z.enum(planStatuses),
  progressMode: z.enum(planProgressModes),
  progress: objectiveProgressSchema,
  /** Set when progress follows a catalogue measure (progressMode 'figures'). */
  figures: followedFiguresSchema.nullable(),
  /** Still being worked on and its target date is before today (the coalition's time zone). */
  overdue: z.boolean(),
  linkedActionItems: z.number().int(),
  linkedDecisions: z.number().int(),
  updatedAt: z.string(),
});
export type Objective = z.infer<typeof objectiveSchema>;

export const goalSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  objectives: z.array(objectiveSchema),
  updatedAt: z.string(),
});
export type Goal = z.infer<typeof goalSchema>;

export const missionSchema = z.object({ statement: z.string(), updatedAt: z.string().nullable() });

export const planSchema = z.object({
  mission: missionSchema,
  goals: z.array(goalSchema),
  /** Today in the coalition's time zone: what "overdue" is measured from. */
  today: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

// ---------- Progress updates and links ----------

export const progressUpdateInputSchema = z
  .object({
    objectiveId: idSchema,
    recordedOn: requiredDate('Choose the day of this update.'),
    value: amountSchema('Value'),
    status: z.enum(planStatuses),
    note: optionalText('Note', 4000),
    recordedById: idSchema.nullable().default(null),
  })
  .strict();
export type ProgressUpdateInput = z.input<typeof progressUpdateInputSchema>;

export const progressUpdateSchema = z.object({
  id: z.string(),
  recordedOn: z.string(),
  value: z.number().nullable(),
  status: z.enum(planStatuses),
  note: z.string(),
  recordedBy: z.object({ id: z.string(), shownName: z.string() }).nullable(),
  createdAt: z.string(),
});
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;

export const planLinkKinds = ['action-item', 'decision'] as const;
export type PlanLinkKind = (typeof planLinkKinds)[number];
export const planLinkInputSchema = z.object({ objectiveId: idSchema, kind: z.enum(planLinkKinds), targetId: idSchema }).strict();

export const linkedActionItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  dueOn: z.string().nullable(),
  ownerName: z.string().nullable(),
});
export const linkedDecisionSchema = z.object({
  id: z.string(),
  text: z.string(),
  outcome: z.string(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  meetingDate: z.string(),
});
export type LinkedActionItem = z.infer<typeof linkedActionItemSchema>;
export type LinkedDecision = z.infer<typeof linkedDecisionSchema>;

export const objectiveDetailSchema = z.object({
  objective: objectiveSchema,
  goalTitle: z.string(),
  updates: z.array(progressUpdateSchema),
  actionItems: z.array(linkedActionItemSchema),
  decisions: z.array(linkedDecisionSchema),
});
export type ObjectiveDetail = z.infer<typeof objectiveDetailSchema>;

export { type LinkChoice, linkChoiceSchema };

/** An objective as an action item's drawer or a decision shows it: what it serves. */
export const servedObjectiveSchema = z.object({ id: z.string(), title: z.string(), goalTitle: z.string(), status: z.enum(planStatuses) });
export type ServedObjective = z.infer<typeof servedObjectiveSchema>;

const idOnly = z.object({ id: idSchema }).strict();
const done = z.object({ done: z.literal(true) });

export const planChannels = {
  'plan.get': channel(z.object({}).strict(), planSchema),
  'plan.setMission': channel(z.object({ statement: optionalText('Mission', 4000) }).strict(), missionSchema, { touchesSession: true }),
  'plan.createGoal': channel(goalInputSchema, goalSchema, { touchesSession: true }),
  'plan.updateGoal': channel(goalUpdateSchema, goalSchema, { touchesSession: true }),
  /** Every goal of the plan, once each, in the new order. */
  'plan.reorderGoals': channel(z.object({ ids: z.array(idSchema).max(1000) }).strict(), done, { touchesSession: true }),
  /** A goal with objectives is deleted only with `withObjectives` (they go with it, and come back with it on undo). */
  'plan.deleteGoal': channel(z.object({ id: idSchema, withObjectives: z.boolean().default(false) }).strict(), done, { touchesSession: true }),
  'plan.restoreGoal': channel(idOnly, goalSchema, { touchesSession: true }),
  'plan.createObjective': channel(objectiveInputSchema, objectiveSchema, { touchesSession: true }),
  'plan.updateObjective': channel(objectiveUpdateSchema, objectiveSchema, { touchesSession: true }),
  'plan.deleteObjective': channel(idOnly, done, { touchesSession: true }),
  'plan.restoreObjective': channel(idOnly, objectiveSchema, { touchesSession: true }),
  'plan.getObjective': channel(idOnly, objectiveDetailSchema),
  'plan.recordProgress': channel(progressUpdateInputSchema, objectiveDetailSchema, { touchesSession: true }),
  'plan.link': channel(planLinkInputSchema, objectiveDetailSchema, { touchesSession: true }),
  'plan.unlink': channel(planLinkInputSchema, objectiveDetailSchema, { touchesSession: true }),
  /** Action items or decisions whose words contain `text`, not yet linked to the objective (at most 20). */
  'plan.linkChoices': channel(
    z.object({ objectiveId: idSchema, kind: z.enum(planLinkKinds), text: z.string().trim().max(200).default('') }).strict(),
    z.array(linkChoiceSchema),
  ),
  /** Catalogue measures (switched on) whose name holds `text`, for an objective to follow (at most 20). */
  'plan.measureChoices': channel(z.object({ text: z.string().trim().max(200).default('') }).strict(), z.array(linkChoiceSchema)),
  /** The objectives an action item or a decision serves. */
  'plan.objectivesFor': channel(z.object({ kind: z.enum(planLinkKinds), id: idSchema }).strict(), z.array(servedObjectiveSchema)),
  /** The plan as a PDF or Word file, rendered by the export worker; follow it with exports.status. */
  'plan.export': channel(z.object({ format: z.enum(['pdf', 'docx']) }).strict(), exportStartedSchema, { touchesSession: true }),
};
