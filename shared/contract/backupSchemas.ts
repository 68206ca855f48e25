import { z } from 'zod';
import { backupInfoSchema, existingPassphraseSchema, recoveryCodeSchema, workspacePathSchema } from './workspaceSchemas';
import { pathRule } from './textSchemas';

export const backupFolderSchema = z.object({
  /** Where new backups go. */
  path: z.string(),
  /** True when that is the workspace's own backups/ folder. */
  isDefault: z.boolean(),
  defaultPath: z.string(),
});
export type BackupFolder = z.infer<typeof backupFolderSchema>;

/** Backups made before the workspace was last re-encrypted: they still open with the secrets of that time. */
export const olderKeyBackupsSchema = z.object({
  count: z.number().int().nonnegative(),
  /** How many of them the app can re-encrypt with the current key (it kept the old key for them). */
  reEncryptable: z.number().int().nonnegative(),
});
export type OlderKeyBackups = z.infer<typeof olderKeyBackupsSchema>;

export const backupsOverviewSchema = z.object({
  folder: backupFolderSchema,
  backups: z.array(backupInfoSchema),
  olderKey: olderKeyBackupsSchema,
});
export type BackupsOverview = z.infer<typeof backupsOverviewSchema>;

export const setBackupFolderInputSchema = z.object({
  /** null goes back to the workspace's own backups/ folder. */
  folder: z
    .string({ error: 'Enter a folder.' })
    .trim()
    .min(1, 'Enter a folder.')
    .max(4096, { message: 'That folder path is too long.', abort: true })
    .pipe(pathRule('The folder'))
    .nullable(),
});

/** The passphrase or the recovery code, either of which opens a backup. Errors land on the `secret` field. */
export const backupSecretInputSchema = z
  .object({
    path: workspacePathSchema,
    backupFile: workspacePathSchema,
    secretKind: z.enum(['passphrase', 'recovery']).default('passphrase'),
    secret: z.string({ error: 'Enter the passphrase.' }).max(1024, 'That is longer than any passphrase this app accepts.'),
  })
  .superRefine((input, context) => {
    const schema = input.secretKind === 'recovery' ? recoveryCodeSchema : existingPassphraseSchema;
    const parsed = schema.safeParse(input.secret);
    if (!parsed.success) context.addIssue({ code: 'custom', path: ['secret'], message: parsed.error.issues[0]?.message ?? 'Not valid.' });
  });
export type BackupSecretInput = z.input<typeof backupSecretInputSchema>;

export const reEncryptOlderBackupsResultSchema = z.object({ reEncrypted: z.number().int(), notReEncrypted: z.number().int() });
export const deleteOlderBackupsInputSchema = z.object({
  /** Deleting cannot be undone; the renderer asks first and says so. */
  confirm: z.literal(true, { error: 'Confirm that the older backups should be deleted.' }),
});

export const backupVerificationSchema = z.object({
  ok: z.boolean(),
  /** One sentence for people: what was checked and what was found. */
  message: z.string(),
  problems: z.array(z.string()),
  createdAt: z.string().nullable(),
});
export type BackupVerification = z.infer<typeof backupVerificationSchema>;
