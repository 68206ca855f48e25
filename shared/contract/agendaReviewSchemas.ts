import { z } from 'zod';
import { periodKinds } from '../dataPeriods';
import { channel } from './channel';
import { periodIdSchema } from './dataSchemas';
import { idSchema } from './directorySchemas';
import { agendaItemSchema } from './meetingSchemas';
import { objectiveSchema, progressUpdateInputSchema, progressUpdateSchema } from './planSchemas';

/** Agenda items that review the plan (issue 13) or the data (issue 14) during a meeting. */
export const agendaReviewKinds = ['plan-review', 'data-review'] as const;
export type AgendaReviewKind = (typeof agendaReviewKinds)[number];

/** At most this many measures and periods in one data review snapshot (a table people read in a meeting). */
export const MAX_SNAPSHOT_MEASURES = 8;
export const MAX_SNAPSHOT_PERIODS = 24;

const itemKey = z.object({ itemId: idSchema }).strict();

export const addReviewItemSchema = z.object({ meetingId: idSchema, kind: z.enum(agendaReviewKinds) }).strict();

export const nextMeetingReviewSchema = z.object({
  meetingId: z.string(),
  meetingTitle: z.string(),
  startsAt: z.string(),
  timeZone: z.string(),
  item: agendaItemSchema,
  /** The meeting already had a review of this kind: nothing was added. */
  alreadyThere: z.boolean(),
});
export type NextMeetingReview = z.infer<typeof nextMeetingReviewSchema>;

// ---------- Plan review ----------

export const reviewedObjectiveSchema = z.object({
  objective: objectiveSchema,
  goalTitle: z.string(),
  /** Objectives at risk, off track or overdue come first. */
  needsAttention: z.boolean(),
  /** The updates recorded for this objective during this agenda item, oldest first. */
  updatesHere: z.array(progressUpdateSchema),
});
export type ReviewedObjective = z.infer<typeof reviewedObjectiveSchema>;

export const planReviewSchema = z.object({
  itemId: z.string(),
  /** False once the meeting's minutes are approved (outside an amendment) or it is cancelled. */
  editable: z.boolean(),
  /** The day an update recorded now carries: the meeting's day, or today when the meeting is later. */
  recordedOn: z.string(),
  objectives: z.array(reviewedObjectiveSchema),
});
export type PlanReview = z.infer<typeof planReviewSchema>;

export const planReviewUpdateInputSchema = progressUpdateInputSchema.omit({ recordedOn: true }).extend({ itemId: idSchema }).strict();
export type PlanReviewUpdateInput = z.input<typeof planReviewUpdateInputSchema>;

// ---------- Data review ----------

export const dataSnapshotChoiceSchema = z
  .object({
    itemId: idSchema,
    periodKind: z.enum(periodKinds),
    from: periodIdSchema,
    to: periodIdSchema,
    measureIds: z.array(idSchema).min(1, 'Choose at least one measure.').max(MAX_SNAPSHOT_MEASURES, `Choose at most ${MAX_SNAPSHOT_MEASURES} measures.`),
  })
  .strict();
export type DataSnapshotChoice = z.input<typeof dataSnapshotChoiceSchema>;

/** A figure as it may be shared: `value` is null when it is hidden (and the stored snapshot never held it). */
export const sharedFigureSchema = z.object({
  value: z.number().int().nullable(),
  hidden: z.enum(['small', 'complementary']).nullable(),
  /** No organization gave a figure for this measure and period. */
  noFigures: z.boolean(),
});
export type SharedFigure = z.infer<typeof sharedFigureSchema>;

export const dataSnapshotSchema = z.object({
  periodKind: z.enum(periodKinds),
  threshold: z.number().int(),
  periods: z.array(z.object({ id: z.string(), label: z.string() })),
  measures: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string(), definition: z.string() })),
  /** One row per period, one figure per measure (the coalition's total of every organization's figure). */
  rows: z.array(z.array(sharedFigureSchema)),
  /** Per measure, the total over the periods. */
  totals: z.array(sharedFigureSchema),
  takenAt: z.string(),
  takenBy: z.string(),
});
export type DataSnapshot = z.infer<typeof dataSnapshotSchema>;

export const dataReviewSchema = z.object({
  itemId: z.string(),
  editable: z.boolean(),
  choice: z.object({ periodKind: z.enum(periodKinds), from: z.string(), to: z.string(), measureIds: z.array(z.string()) }).nullable(),
  snapshot: dataSnapshotSchema.nullable(),
});
export type DataReview = z.infer<typeof dataReviewSchema>;

export const agendaReviewChannels = {
  /** Adds a plan review or data review item at the end of a meeting's agenda. */
  'agendaReviews.addItem': channel(addReviewItemSchema, agendaItemSchema, { touchesSession: true }),
  /** Adds a review of this kind to the next planned meeting (or finds the one already there). */
  'agendaReviews.addToNextMeeting': channel(z.object({ kind: z.enum(agendaReviewKinds) }).strict(), nextMeetingReviewSchema, { touchesSession: true }),
  'agendaReviews.planReview': channel(itemKey, planReviewSchema),
  /** Records a dated progress update (value, status, note) on an objective, as part of this meeting's minutes. */
  'agendaReviews.recordPlanUpdate': channel(planReviewUpdateInputSchema, planReviewSchema, { touchesSession: true }),
  'agendaReviews.dataReview': channel(itemKey, dataReviewSchema),
  /** Takes (or takes again) the snapshot of the chosen measures and periods; the earlier one is replaced. */
  'agendaReviews.takeDataSnapshot': channel(dataSnapshotChoiceSchema, dataReviewSchema, { touchesSession: true }),
} as const;
