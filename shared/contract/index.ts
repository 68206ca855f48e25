import { z } from 'zod';
import { dateStyles } from '../dateFormat';
import { channel } from './channel';
import {
  autoLockMinutesSchema,
  backupInfoSchema,
  coalitionDetailsInputSchema,
  createWorkspaceInputSchema,
  existingPassphraseSchema,
  newPassphraseSchema,
  recentWorkspaceSchema,
  recoveryCodeReasons,
  recoveryCodeSchema,
  workspaceDetailsSchema,
  workspacePathSchema,
  workspaceSummarySchema,
} from './workspaceSchemas';
import {
  bulkEditResultSchema,
  idSchema,
  listOptionsSchema,
  memberBulkEditSchema,
  memberDetailSchema,
  memberInputSchema,
  memberPageQuerySchema,
  memberPageSchema,
  memberSchema,
  memberUpdateSchema,
  organizationBulkEditSchema,
  organizationDetailSchema,
  organizationInputSchema,
  organizationPageQuerySchema,
  organizationPageSchema,
  organizationSchema,
  organizationUpdateSchema,
  pickRequestSchema,
  pickResultSchema,
  revealedMemberSchema,
  searchResultSchema,
  sectorCoverageSchema,
} from './directorySchemas';
import { setupChecklistSchema } from './setupChecklistSchemas';
import { dataPartnerFileChannels } from './dataPartnerFileSchemas';
import { dataChannels } from './dataSchemas';
import { dataReviewChannels } from './dataReviewSchemas';
import { annualReportChannels } from './annualReportSchemas';
import {
  exportedFileSchema,
  importPreviewSchema,
  importRequestSchema,
  importResultSchema,
  importStageRequestSchema,
  stagedImportSchema,
} from './directoryTransferSchemas';

import {
  agendaItemInputSchema,
  agendaItemSchema,
  agendaItemUpdateSchema,
  attendeeSchema,
  attendanceStatuses,
  decisionInputSchema,
  decisionSchema,
  decisionUpdateSchema,
  guestInputSchema,
  inviteSchema,
  meetingCreateSchema,
  meetingDetailSchema,
  meetingListOptionsSchema,
  meetingSummarySchema,
  meetingUpdateSchema,
  notesHtmlSchema,
  preferencesSchema,
  quorumRuleSchema,
  reasonSchema,
  substituteSchema,
  templateSchema,
  timeZoneSchema,
  workgroupInputSchema,
  workgroupSchema,
  workgroupUpdateSchema,
} from './meetingSchemas';
import {
  actionCountsSchema,
  actionItemDetailSchema,
  actionItemInputSchema,
  actionItemSchema,
  actionItemUpdateSchema,
  actionQueryResultSchema,
  actionQuerySchema,
  bulkStatusChangeSchema,
  dueNoticeSchema,
  statusChangeSchema,
} from './actionItemSchemas';
import { requiredName } from './textSchemas';
import { emailDraftRequestSchema, emailDraftSchema } from './digestSchemas';
import {
  backupSecretInputSchema,
  backupVerificationSchema,
  backupsOverviewSchema,
  backupFolderSchema,
  deleteOlderBackupsInputSchema,
  reEncryptOlderBackupsResultSchema,
  setBackupFolderInputSchema,
} from './backupSchemas';
import {
  exportJobIdSchema,
  exportJobStatusSchema,
  exportRequestSchema,
  exportSavedSchema,
  exportShowInFolderSchema,
  exportStartedSchema,
} from './exportSchemas';
import { importJobIdSchema, importJobStartedSchema, importJobStatusSchema } from './importJobSchemas';
import { documentChannels, documentTextEventSchema } from './documentSchemas';
import { protocolChannels } from './protocolSchemas';
import { backupVerifyChannels, backupVerifyJobStatusSchema } from './backupVerifyJobSchemas';
import { trainingChannels } from './trainingSchemas';
import { planChannels } from './planSchemas';
import { agendaReviewChannels } from './agendaReviewSchemas';
import { dataAreas } from '../dataAreas';

export * from './workspaceSchemas';
export * from './backupSchemas';
export * from './meetingSchemas';
export * from './actionItemSchemas';
export * from './directorySchemas';
export * from './directoryTransferSchemas';
export * from './calendarExportSchemas';
export * from './consultationReportSchemas';
export * from './digestSchemas';
export * from './setupChecklistSchemas';
export * from './trainingSchemas';
export * from './exportSchemas';
export * from './importJobSchemas';
export * from './documentSchemas';
export * from './protocolSchemas';
export * from './backupVerifyJobSchemas';
export * from './dataSchemas';
export * from './dataPartnerFileSchemas';
export * from './dataReviewSchemas';
export * from './planSchemas';
export * from './agendaReviewSchemas';
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
  /**
   * `storage` says where the open coalition's records are: an unlocked workspace file ('workspace'), or the PostgreSQL
   * database browser mode was started on ('postgres': no passphrase, no lock, no backups in the app).
   */
  z.object({ state: z.literal('unlocked'), workspace: workspaceSummarySchema, storage: z.enum(['workspace', 'postgres']) }),
]);

export const appStatusSchema = z.object({
  host: hostInfoSchema,
  session: sessionSchema,
  recent: z.array(recentWorkspaceSchema),
  defaultLocation: z.string(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

/** What loading the sample coalition put in: how many of each. */
const sampleSummarySchema = z.object({
  organizations: z.number(),
  members: z.number(),
  meetings: z.number(),
  decisions: z.number(),
  actionItems: z.number(),
  protocols: z.number(),
  trainings: z.number(),
  outreach: z.number(),
});
export type SampleSummary = z.infer<typeof sampleSummarySchema>;

/** Every capability the renderer can ask of the main process. One declaration per channel. */
export const contract = {
  'app.status': channel(empty, appStatusSchema),

  'workspace.create': channel(createWorkspaceInputSchema, z.object({ workspace: workspaceSummarySchema, recoveryCode: z.string() }), { touchesSession: true }),
  'workspace.createSample': channel(
    z.object({ passphrase: newPassphraseSchema, location: createWorkspaceInputSchema.shape.location }),
    z.object({ workspace: workspaceSummarySchema, recoveryCode: z.string() }),
    { touchesSession: true },
  ),
  /** Fills the open coalition, when it holds no records yet, with the fictional sample (`--sample` on a new database). */
  'workspace.loadSample': channel(empty, sampleSummarySchema),
  'workspace.unlock': channel(z.object({ path: workspacePathSchema, passphrase: existingPassphraseSchema }), workspaceSummarySchema, { touchesSession: true }),
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
  /** Verifies a backup (checksum, secret, integrity) and copies it into a new folder beside the workspace; never over one. */
  'workspace.restoreBackup': channel(backupSecretInputSchema, z.object({ restoredPath: z.string(), workspace: workspaceSummarySchema }), {
    touchesSession: true,
  }),
  /** Checks a backup without restoring it: checksum, that the secret opens it, and SQLite's integrity checks. */
  'backups.verify': channel(backupSecretInputSchema, backupVerificationSchema, { touchesSession: true }),
  ...backupVerifyChannels,
  'backups.overview': channel(empty, backupsOverviewSchema),
  'backups.setFolder': channel(setBackupFolderInputSchema, backupFolderSchema, { touchesSession: true }),
  /** Rewrites each backup made before the last re-key under the current key, so only the current secrets open it. */
  'backups.reEncryptOlder': channel(empty, reEncryptOlderBackupsResultSchema, { touchesSession: true }),
  'backups.deleteOlder': channel(deleteOlderBackupsInputSchema, z.object({ deleted: z.number().int() }), { touchesSession: true }),

  /** With `reEncrypt`, the workspace moves to a new data key and a new recovery code (returned) replaces the old one. */
  'settings.changePassphrase': channel(
    z.object({ currentPassphrase: existingPassphraseSchema, newPassphrase: newPassphraseSchema, reEncrypt: z.boolean().default(false) }),
    z.object({ done: z.literal(true), recoveryCode: z.string().nullable() }),
    { touchesSession: true },
  ),
  /** A code that may have leaked always re-encrypts the workspace with a new data key. */
  'settings.newRecoveryCode': channel(
    z.object({ passphrase: existingPassphraseSchema, reason: z.enum(recoveryCodeReasons).default('routine'), reEncrypt: z.boolean().default(false) }),
    z.object({ recoveryCode: z.string(), reEncrypted: z.boolean() }),
    { touchesSession: true },
  ),
  'settings.setAutoLock': channel(z.object({ minutes: autoLockMinutesSchema }), done, { touchesSession: true }),
  /** The coalition's name and jurisdiction. The workspace folder keeps the name it was created with. */
  'settings.setCoalitionDetails': channel(coalitionDetailsInputSchema, workspaceSummarySchema, { touchesSession: true }),

  'directory.listOrganizations': channel(listOptionsSchema, z.array(organizationSchema)),
  /** One page of the Organizations grid: filtered, sorted and paged in the workspace, with the number that match. */
  'directory.queryOrganizations': channel(organizationPageQuerySchema, organizationPageSchema),
  'directory.getOrganization': channel(z.object({ id: idSchema }), organizationDetailSchema),
  'directory.createOrganization': channel(organizationInputSchema, organizationSchema, { touchesSession: true }),
  'directory.updateOrganization': channel(organizationUpdateSchema, organizationSchema, { touchesSession: true }),
  'directory.archiveOrganization': channel(z.object({ id: idSchema }), organizationSchema, { touchesSession: true }),
  'directory.restoreOrganization': channel(z.object({ id: idSchema }), organizationSchema, { touchesSession: true }),
  /** Sets involvement, kind or sector on many organizations in one transaction, one history entry per changed record. */
  'directory.bulkEditOrganizations': channel(organizationBulkEditSchema, bulkEditResultSchema, { touchesSession: true }),
  'directory.listMembers': channel(listOptionsSchema, z.array(memberSchema)),
  /** One page of the Members grid: filtered, sorted and paged in the workspace, with the number that match. */
  'directory.queryMembers': channel(memberPageQuerySchema, memberPageSchema),
  'directory.getMember': channel(z.object({ id: idSchema }), memberDetailSchema),
  'directory.createMember': channel(memberInputSchema, memberSchema, { touchesSession: true }),
  'directory.updateMember': channel(memberUpdateSchema, memberSchema, { touchesSession: true }),
  'directory.archiveMember': channel(z.object({ id: idSchema }), memberSchema, { touchesSession: true }),
  'directory.restoreMember': channel(z.object({ id: idSchema }), memberSchema, { touchesSession: true }),
  /** Sets voting, protected identity or coalition role on many members in one transaction, one history entry per changed record. */
  'directory.bulkEditMembers': channel(memberBulkEditSchema, bulkEditResultSchema, { touchesSession: true }),
  'directory.revealMember': channel(z.object({ id: idSchema }), revealedMemberSchema, { touchesSession: true }),
  'directory.coverage': channel(empty, z.array(sectorCoverageSchema)),
  /** A picker's options: the first few members by name, or those whose name starts with what was typed. */
  'directory.pickMembers': channel(pickRequestSchema, pickResultSchema),
  'directory.pickOrganizations': channel(pickRequestSchema, pickResultSchema),
  /** Sends an import's file once; previews and the commit name it by its id. */
  'directory.importStage': channel(importStageRequestSchema, stagedImportSchema, { touchesSession: true }),
  'directory.importPreview': channel(importRequestSchema, importPreviewSchema, { touchesSession: true }),
  /** The rows an import would skip for their problems, as a CSV with the row number and the reasons. */
  'directory.importProblemRows': channel(importRequestSchema, exportedFileSchema, { touchesSession: true }),
  /** Starts the import as a job: rows are checked in slices (other calls are answered meanwhile), then written in one transaction. */
  'directory.importStart': channel(importRequestSchema, importJobStartedSchema, { touchesSession: true }),
  /** The job's progress (percent, row N of M) or its end: the result, the refusal, or cancelled. Also sent as `import.job` events. */
  'directory.importJob': channel(importJobIdSchema, importJobStatusSchema),
  /** Stops a job that is still checking rows: nothing is written. A job already writing or done is answered as it stands. */
  'directory.importCancel': channel(importJobIdSchema, importJobStatusSchema, { touchesSession: true }),
  /** The same job, answered when it ends (the CLI, tests and the bench). */
  'directory.importCommit': channel(importRequestSchema, importResultSchema, { touchesSession: true }),
  /** The dashboard's first steps, read from the workspace as it is now. */
  'dashboard.setupChecklist': channel(empty, setupChecklistSchema),
  'dashboard.dismissSetupChecklist': channel(empty, setupChecklistSchema, { touchesSession: true }),
  'search.global': channel(
    z.object({ query: z.string().trim().min(1, 'Type something to search for.').max(200), limit: z.number().int().min(1).max(100).default(20) }),
    z.array(searchResultSchema),
  ),

  'workgroups.list': channel(listOptionsSchema, z.array(workgroupSchema)),
  'workgroups.create': channel(workgroupInputSchema, workgroupSchema, { touchesSession: true }),
  'workgroups.update': channel(workgroupUpdateSchema, workgroupSchema, { touchesSession: true }),
  'workgroups.archive': channel(z.object({ id: idSchema }), workgroupSchema, { touchesSession: true }),
  'workgroups.restore': channel(z.object({ id: idSchema }), workgroupSchema, { touchesSession: true }),

  'meetings.list': channel(meetingListOptionsSchema, z.array(meetingSummarySchema)),
  'meetings.get': channel(z.object({ id: idSchema }), meetingDetailSchema),
  /** Creates one meeting, or a whole series when `recurrence` is set; returns the first. */
  'meetings.create': channel(meetingCreateSchema, meetingSummarySchema, { touchesSession: true }),
  'meetings.update': channel(meetingUpdateSchema, meetingSummarySchema, { touchesSession: true }),
  /** Adds the next meeting after the last one of a series, following its rule. */
  'meetings.addNextInSeries': channel(z.object({ id: idSchema }), meetingSummarySchema, { touchesSession: true }),
  'meetings.start': channel(z.object({ id: idSchema }), meetingSummarySchema, { touchesSession: true }),
  /** In progress -> minutes draft; unfinished items move to the next meeting in the series. */
  'meetings.finish': channel(z.object({ id: idSchema }), meetingSummarySchema, { touchesSession: true }),
  /** Back from minutes draft to in progress, e.g. to keep capturing. */
  'meetings.resume': channel(z.object({ id: idSchema }), meetingSummarySchema, { touchesSession: true }),
  /** Minutes draft -> approved (locked). `atMeetingId`: the meeting where they were approved, which records the decision. */
  'meetings.approveMinutes': channel(z.object({ id: idSchema, atMeetingId: idSchema.nullable().default(null) }), meetingSummarySchema, {
    touchesSession: true,
  }),
  'meetings.cancel': channel(z.object({ id: idSchema, reason: reasonSchema, scope: z.enum(['this', 'following']).default('this') }), meetingSummarySchema, {
    touchesSession: true,
  }),
  /** Opens an approved record for changes; every change until closeAmendment belongs to this amendment. */
  'meetings.openAmendment': channel(z.object({ id: idSchema, reason: reasonSchema }), meetingSummarySchema, { touchesSession: true }),
  'meetings.closeAmendment': channel(z.object({ id: idSchema }), meetingSummarySchema, { touchesSession: true }),
  'meetings.setCurrentItem': channel(z.object({ meetingId: idSchema, itemId: idSchema.nullable() }), done, { touchesSession: true }),

  'agenda.addItem': channel(agendaItemInputSchema, agendaItemSchema, { touchesSession: true }),
  'agenda.updateItem': channel(agendaItemUpdateSchema, agendaItemSchema, { touchesSession: true }),
  'agenda.removeItem': channel(z.object({ id: idSchema }), done, { touchesSession: true }),
  'agenda.reorder': channel(z.object({ meetingId: idSchema, itemIds: z.array(idSchema).min(1).max(500) }), z.array(agendaItemSchema), { touchesSession: true }),
  'agenda.setItemStatus': channel(z.object({ id: idSchema, status: z.enum(['open', 'done']) }), agendaItemSchema, { touchesSession: true }),
  /** Called continuously while typing (debounced): keep it cheap. */
  'agenda.saveNotes': channel(z.object({ id: idSchema, html: notesHtmlSchema, confidential: z.boolean() }), z.object({ savedAt: z.string() }), {
    touchesSession: true,
  }),
  'templates.list': channel(empty, z.array(templateSchema)),
  'templates.saveFromMeeting': channel(z.object({ meetingId: idSchema, name: requiredName('Template name', 200) }), templateSchema, { touchesSession: true }),
  'templates.delete': channel(z.object({ id: idSchema }), done, { touchesSession: true }),

  /** Expands people, organizations, workgroups and sectors to active members; people already invited stay as they are. */
  'attendance.invite': channel(inviteSchema, z.array(attendeeSchema), { touchesSession: true }),
  'attendance.mark': channel(z.object({ id: idSchema, status: z.enum(attendanceStatuses) }), attendeeSchema, { touchesSession: true }),
  'attendance.setSubstitute': channel(z.object({ id: idSchema, substitute: substituteSchema.nullable() }), attendeeSchema, { touchesSession: true }),
  'attendance.addGuest': channel(guestInputSchema, attendeeSchema, { touchesSession: true }),
  'attendance.remove': channel(z.object({ id: idSchema }), done, { touchesSession: true }),

  'decisions.record': channel(decisionInputSchema, decisionSchema, { touchesSession: true }),
  'decisions.update': channel(decisionUpdateSchema, decisionSchema, { touchesSession: true }),
  'decisions.remove': channel(z.object({ id: idSchema }), done, { touchesSession: true }),
  'decisions.recent': channel(z.object({ limit: z.number().int().min(1).max(50).default(5) }).strict(), z.array(decisionSchema)),

  'actions.query': channel(actionQuerySchema, actionQueryResultSchema),
  'actions.get': channel(z.object({ id: idSchema }), actionItemDetailSchema),
  'actions.create': channel(actionItemInputSchema, actionItemSchema, { touchesSession: true }),
  'actions.update': channel(actionItemUpdateSchema, actionItemSchema, { touchesSession: true }),
  'actions.setStatus': channel(statusChangeSchema, actionItemSchema, { touchesSession: true }),
  'actions.bulkSetStatus': channel(bulkStatusChangeSchema, z.object({ changed: z.number().int() }), { touchesSession: true }),
  'actions.counts': channel(empty, actionCountsSchema),
  /** `announce` is true once per calendar day; calling it marks today as announced. */
  'actions.takeDueNotice': channel(empty, dueNoticeSchema),
  /** One person's open items as an email draft; `mailto` is null when it is too long for a mail link. */
  'digests.emailDraft': channel(emailDraftRequestSchema, emailDraftSchema, { touchesSession: true }),

  'preferences.get': channel(empty, preferencesSchema),
  'preferences.setQuorumRule': channel(z.object({ rule: quorumRuleSchema }), preferencesSchema, { touchesSession: true }),
  'preferences.setMyMember': channel(z.object({ memberId: idSchema.nullable() }), preferencesSchema, { touchesSession: true }),
  'preferences.setTimeZone': channel(z.object({ timeZone: timeZoneSchema }), preferencesSchema, { touchesSession: true }),
  'preferences.setDateStyle': channel(z.object({ dateStyle: z.enum(dateStyles, { error: 'Choose one of the date styles offered.' }) }), preferencesSchema, {
    touchesSession: true,
  }),

  /** Prepares the file from the workspace and starts rendering it off the main thread; poll exports.status. */
  'exports.start': channel(exportRequestSchema, exportStartedSchema, { touchesSession: true }),
  'exports.status': channel(exportJobIdSchema, exportJobStatusSchema),
  'exports.cancel': channel(exportJobIdSchema, done, { touchesSession: true }),
  /** Desktop: asks where to save (starting in the last folder used) and writes the file there. */
  'exports.save': channel(exportJobIdSchema, exportSavedSchema, { touchesSession: true }),
  /** Browser mode: the finished file, for the browser's download. */
  'exports.download': channel(exportJobIdSchema, exportedFileSchema.omit({ rows: true }), { touchesSession: true }),
  /** Desktop: reveals a file this session saved in the system's file manager. */
  'exports.showInFolder': channel(exportShowInFolderSchema, done, { touchesSession: true }),

  ...documentChannels,
  ...protocolChannels,

  'session.activity': channel(empty, done, { touchesSession: true }),
  ...trainingChannels,
  'host.pickFolder': channel(z.object({ title: z.string().max(200).optional() }).strict(), z.object({ path: z.string().nullable() })),
  ...dataChannels,
  ...dataPartnerFileChannels,
  ...dataReviewChannels,
  ...planChannels,
  ...annualReportChannels,
  ...agendaReviewChannels,
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
  /** The automatic backup taken right after an unlock: saved, failed (with why), or skipped (not due, or locked first). */
  z.object({ type: z.literal('backup.automatic'), outcome: z.enum(['saved', 'failed', 'skipped']), message: z.string() }),
  /** The background check after an unlock found damage; the session is locked next, and the window shows the damaged-workspace help. */
  z.object({ type: z.literal('workspace.damaged'), path: z.string(), message: z.string() }),
  /** An import job moved on (progress, also while its write transaction runs) or ended; the same status as directory.importJob. */
  z.object({ type: z.literal('import.job'), jobId: z.string(), status: importJobStatusSchema }),
  /** Records changed (a call, or an import that finished): the windows refresh what they show of these areas. */
  z.object({ type: z.literal('data.changed'), areas: z.array(z.enum(dataAreas)) }),
  /** An export moved on (its place in line, rows or sections written) or ended; the same status as exports.status. */
  z.object({ type: z.literal('export.job'), jobId: z.string(), status: exportJobStatusSchema }),
  /** A backup verification moved on (percent) or ended; the same status as backups.verifyJob. */
  z.object({ type: z.literal('backup.verify'), jobId: z.string(), status: backupVerifyJobStatusSchema }),
  documentTextEventSchema,
]);
export type AppEvent = z.infer<typeof appEventSchema>;
