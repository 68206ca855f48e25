import { z } from 'zod';
import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH, passphraseTooShortMessage } from '../passphrasePolicy';
import { passphraseStrengthProblem } from '../passphraseStrength';
import { isWellFormedRecoveryCode } from '../recoveryCode';
import { timeZoneSchema } from './meetingSchemas';
import { optionalName, pathRule, pathText, requiredName } from './textSchemas';

export const newPassphraseSchema = z
  .string({ error: 'A passphrase is required.' })
  .min(MIN_PASSPHRASE_LENGTH, passphraseTooShortMessage)
  .max(MAX_PASSPHRASE_LENGTH, `Use at most ${MAX_PASSPHRASE_LENGTH} characters.`)
  .superRefine((passphrase, context) => {
    const problem = passphraseStrengthProblem(passphrase);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const existingPassphraseSchema = z
  .string({ error: 'Enter the passphrase.' })
  .min(1, 'Enter the passphrase.')
  .max(MAX_PASSPHRASE_LENGTH, 'That passphrase is longer than any this app accepts.');

export const recoveryCodeSchema = z
  .string({ error: 'Enter the recovery code.' })
  .max(200, { message: 'That is not a recovery code.', abort: true })
  .refine(isWellFormedRecoveryCode, 'A recovery code has 32 letters and digits, like ABCD-EFGH-….');

export const workspacePathSchema = pathText('The path', 4096, { missing: 'Choose a workspace.', tooLong: 'That path is too long.' });

export const jurisdictionSchema = z.object({
  state: requiredName('State, territory or tribal nation', 120),
  region: optionalName('County or region', 200),
});

export const workspaceSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  jurisdiction: z.object({ state: z.string(), region: z.string() }),
  path: z.string(),
});
export type WorkspaceSummary = z.infer<typeof workspaceSummarySchema>;

export const recentWorkspaceSchema = z.object({
  name: z.string(),
  path: z.string(),
  lastOpenedAt: z.string(),
});
export type RecentWorkspace = z.infer<typeof recentWorkspaceSchema>;

export const coalitionNameSchema = requiredName('Coalition name', 200);

/** The coalition's name and jurisdiction, as set in Settings after creation (the folder keeps its first name). */
export const coalitionDetailsInputSchema = z.object({
  name: coalitionNameSchema,
  jurisdiction: jurisdictionSchema,
});
export type CoalitionDetailsInput = z.input<typeof coalitionDetailsInputSchema>;

export const createWorkspaceInputSchema = z.object({
  name: coalitionNameSchema,
  jurisdiction: jurisdictionSchema,
  passphrase: newPassphraseSchema,
  location: z.string().trim().max(4096, { message: 'That folder path is too long.', abort: true }).pipe(pathRule('The folder')).nullable().default(null),
  /** The zone new meetings start in: the renderer offers the computer's own for confirmation. */
  timeZone: timeZoneSchema.nullable().default(null),
});
export type CreateWorkspaceInput = z.input<typeof createWorkspaceInputSchema>;

export const autoLockMinutesSchema = z
  .number({ error: 'Choose how many minutes.' })
  .int('Use whole minutes.')
  .min(1, 'Auto-lock needs at least 1 minute.')
  .max(240, 'Auto-lock can wait at most 240 minutes.');

/** What a person sees of a backup's reason: automatic (daily, rotated), manual (kept until deleted) or before an upgrade. */
export const backupKinds = ['automatic', 'manual', 'before-upgrade'] as const;
export type BackupKind = (typeof backupKinds)[number];

export const backupInfoSchema = z.object({
  file: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number(),
  reason: z.string(),
  kind: z.enum(backupKinds),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const workspaceDetailsSchema = z.object({
  workspace: workspaceSummarySchema,
  createdAt: z.string(),
  sizeBytes: z.number(),
  lastBackup: backupInfoSchema.nullable(),
  autoLockMinutes: z.number(),
  schemaVersion: z.number(),
});
export type WorkspaceDetails = z.infer<typeof workspaceDetailsSchema>;

/**
 * Why a new recovery code is made. A code that may have leaked must not open today's data through any backup's
 * key slots, so that reason always re-encrypts the workspace with a new key.
 */
export const recoveryCodeReasons = ['routine', 'may-have-leaked'] as const;
export type RecoveryCodeReason = (typeof recoveryCodeReasons)[number];
