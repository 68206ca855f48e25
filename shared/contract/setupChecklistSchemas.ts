import { z } from 'zod';

/** The first steps that make a workspace a working home for the coalition, in the order a coordinator takes them. */
export const setupStepIds = ['roster', 'representatives', 'voting-members', 'quorum-rule', 'first-meeting', 'backups-elsewhere'] as const;
export type SetupStepId = (typeof setupStepIds)[number];

export const setupStepSchema = z.object({
  id: z.enum(setupStepIds),
  done: z.boolean(),
  /** One line, in the workspace's own terms: why the step counts as done, or what is still missing. */
  why: z.string(),
});
export type SetupStep = z.infer<typeof setupStepSchema>;

export const setupChecklistSchema = z.object({
  steps: z.array(setupStepSchema),
  /** Put away by someone in this workspace; remembered in the workspace itself. */
  dismissed: z.boolean(),
});
export type SetupChecklist = z.infer<typeof setupChecklistSchema>;
