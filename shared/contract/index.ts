import { z } from 'zod';
import { channel } from './channel';
import {
  autoLockMinutesSchema,
  backupInfoSchema,
  createWorkspaceInputSchema,
  existingPassphraseSchema,
  newPassphraseSchema,
  recentWorkspaceSchema,
  recoveryCodeSchema,
  workspaceDetailsSchema,
  workspacePathSchema,
  workspaceSummarySchema,
} from './workspaceSchemas';
import {
  idSchema,
  listOptionsSchema,
  memberDetailSchema,
  memberInputSchema,
  memberSchema,
  memberUpdateSchema,
  organizationDetailSchema,
  organizationInputSchema,
  organizationSchema,
  organizationUpdateSchema,
  revealedMemberSchema,
  searchResultSchema,
  sectorCoverageSchema,
} from './directorySchemas';
import { exportedFileSchema, importPreviewSchema, importRequestSchema, importResultSchema, rosterExportRequestSchema } from './directoryTransferSchemas';

export * from './workspaceSchemas';
export * from './directorySchemas';
export * from './directoryTransferSchemas';
export type { ChannelSpec } from './channel';

const empty = z.object({}).strict();
const done = z.object({ done: z.literal(true) });

export const hostInfoSchema = z.object({
  kind: z.enum(['desktop', 'browser']),
  canPickFolders: z.boolean(),
});
export type HostInfo = z.infer<typeof hostInfoSchema>;

export const sessionSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('locked') }),
  z.object({ state: z.literal('unlocked'), workspace: workspaceSummarySchema }),
]);

export const appStatusSchema = z.object({
  host: hostInfoSchema,
  session: sessionSchema,
  recent: z.array(recentWorkspaceSchema),
  defaultLocation: z.string(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

/** Every capability the renderer can ask of the main process. One declaration per channel. */
export const contract = {
  'app.status': channel(empty, appStatusSchema),

  'workspace.create': channel(
    createWorkspaceInputSchema,
    z.object({ workspace: workspaceSummarySchema, recoveryCode: z.string() }),
    { touchesSession: true },
  ),
  'workspace.createSample': channel(
    z.object({ passphrase: newPassphraseSchema, location: createWorkspaceInputSchema.shape.location }),
    z.object({ workspace: workspaceSummarySchema, recoveryCode: z.string() }),
    { touchesSession: true },
  ),
  'workspace.unlock': channel(
    z.object({ path: workspacePathSchema, passphrase: existingPassphraseSchema }),
    workspaceSummarySchema,
    { touchesSession: true },
  ),
  'workspace.recover': channel(
    z.object({ path: workspacePathSchema, recoveryCode: recoveryCodeSchema, newPassphrase: newPassphraseSchema }),
    workspaceSummarySchema,
    { touchesSession: true },
  ),
  'workspace.lock': channel(empty, done),
  'workspace.forgetRecent': channel(z.object({ path: workspacePathSchema }), done),
  'workspace.details': channel(empty, workspaceDetailsSchema),
  'workspace.backupNow': channel(empty, backupInfoSchema, { touchesSession: true }),
  'workspace.listBackups': channel(z.object({ path: workspacePathSchema }), z.array(backupInfoSchema)),
  'workspace.restoreBackup': channel(
    z.object({ path: workspacePathSchema, backupFile: workspacePathSchema, passphrase: existingPassphraseSchema }),
    z.object({ restoredPath: z.string(), workspace: workspaceSummarySchema }),
    { touchesSession: true },
  ),

  'settings.changePassphrase': channel(
    z.object({ currentPassphrase: existingPassphraseSchema, newPassphrase: newPassphraseSchema }),
    done,
    { touchesSession: true },
  ),
  'settings.newRecoveryCode': channel(
    z.object({ passphrase: existingPassphraseSchema }),
    z.object({ recoveryCode: z.string() }),
    { touchesSession: true },
  ),
  'settings.setAutoLock': channel(z.object({ minutes: autoLockMinutesSchema }), done, { touchesSession: true }),

  'directory.listOrganizations': channel(listOptionsSchema, z.array(organizationSchema)),
  'directory.getOrganization': channel(z.object({ id: idSchema }), organizationDetailSchema),
  'directory.createOrganization': channel(organizationInputSchema, organizationSchema, { touchesSession: true }),
  'directory.updateOrganization': channel(organizationUpdateSchema, organizationSchema, { touchesSession: true }),
  'directory.archiveOrganization': channel(z.object({ id: idSchema }), organizationSchema, { touchesSession: true }),
  'directory.restoreOrganization': channel(z.object({ id: idSchema }), organizationSchema, { touchesSession: true }),
  'directory.listMembers': channel(listOptionsSchema, z.array(memberSchema)),
  'directory.getMember': channel(z.object({ id: idSchema }), memberDetailSchema),
  'directory.createMember': channel(memberInputSchema, memberSchema, { touchesSession: true }),
  'directory.updateMember': channel(memberUpdateSchema, memberSchema, { touchesSession: true }),
  'directory.archiveMember': channel(z.object({ id: idSchema }), memberSchema, { touchesSession: true }),
  'directory.restoreMember': channel(z.object({ id: idSchema }), memberSchema, { touchesSession: true }),
  'directory.revealMember': channel(z.object({ id: idSchema }), revealedMemberSchema, { touchesSession: true }),
  'directory.coverage': channel(empty, z.array(sectorCoverageSchema)),
  'directory.importPreview': channel(importRequestSchema, importPreviewSchema, { touchesSession: true }),
  'directory.importCommit': channel(importRequestSchema, importResultSchema, { touchesSession: true }),
  'directory.exportRoster': channel(rosterExportRequestSchema, exportedFileSchema, { touchesSession: true }),
  'search.global': channel(z.object({ query: z.string().trim().min(1, 'Type something to search for.').max(200), limit: z.number().int().min(1).max(100).default(20) }), z.array(searchResultSchema)),

  'session.activity': channel(empty, done, { touchesSession: true }),
  'host.pickFolder': channel(z.object({ title: z.string().max(200).optional() }).strict(), z.object({ path: z.string().nullable() })),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** Events the main process pushes to the renderer. */
export const appEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.locked'), reason: z.enum(['idle', 'user', 'shortcut', 'menu']) }),
]);
export type AppEvent = z.infer<typeof appEventSchema>;
