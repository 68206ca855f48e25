import type { AppStatus } from '../../shared/contract';
import { announceDueItems } from '../app/announceDueItems';
import type { HostServices } from '../services/hostServices';
import type { ServiceContext } from '../services/serviceContext';
import { coverage } from '../services/coverage';
import { bulkEditMembers, bulkEditOrganizations } from '../services/directoryBulkEdit';
import { pickMemberOptions, pickOrganizationOptions } from '../services/directoryPicks';
import { searchGlobal } from '../services/globalSearch';
import { dismissSetupChecklist, setupChecklist } from '../services/setupChecklist';
import { archiveMember, createMember, getMember, listMembers, queryMembers, restoreMember, revealMember, updateMember } from '../services/members';
import {
  archiveOrganization,
  createOrganization,
  getOrganization,
  listOrganizations,
  queryOrganizations,
  restoreOrganization,
  updateOrganization,
} from '../services/organizations';
import { setBackupFolder } from '../services/backupFolder';
import { startBackupVerification, verifyBackup } from '../services/backupVerification';
import { deleteOlderBackups, reEncryptOlderBackups } from '../services/olderKeyBackups';
import { backupNow, backupsOverview, listWorkspaceBackups, restoreFromBackup } from '../services/workspaceBackups';
import { createNewWorkspace, defaultWorkspaceLocation, forgetRecent, recoverWithCode, unlockWithPassphrase } from '../services/workspaceAccess';
import { setCoalitionDetails } from '../services/coalitionDetails';
import { setAutoLock, workspaceDetails } from '../services/workspaceDetails';
import { changePassphrase, issueNewRecoveryCode } from '../services/workspaceSecurity';
import { openCoalition } from '../services/openCoalition';
import { createSampleWorkspace } from '../sample/createSampleWorkspace';
import { fillSampleCoalition } from '../sample/fillSampleCoalition';
import { commitImport, importSkippedRows, previewImport, startImport } from '../services/directoryImport';
import { stageImport } from '../services/stagedImports';
import { createActionItemHandlers } from './actionItemHandlers';
import { createDocumentHandlers } from './documentHandlers';
import { createDataHandlers } from './dataHandlers';
import { createDataPartnerFileHandlers } from './dataPartnerFileHandlers';
import { createDataReviewHandlers } from './dataReviewHandlers';
import { createExportHandlers } from './exportHandlers';
import { createMeetingHandlers } from './meetingHandlers';
import { createProtocolHandlers } from './protocolHandlers';
import { createTrainingHandlers } from './trainingHandlers';
import { createPlanHandlers } from './planHandlers';
import { createAnnualReportHandlers } from './annualReportHandlers';
import { createAgendaReviewHandlers } from './agendaReviewHandlers';
import type { Handlers } from './router';

/** Maps every contract channel to its use case. Handlers stay one line: the rules live in services. */
export function createHandlers(context: ServiceContext, host: HostServices): Handlers {
  const actionItemHandlers = createActionItemHandlers(context);
  return {
    'app.status': () => appStatus(context, host),
    'workspace.create': (input) => createNewWorkspace(context, input),
    'workspace.createSample': (input) => createSampleWorkspace(context, input),
    'workspace.loadSample': () => fillSampleCoalition(context),
    'workspace.unlock': (input) => unlockWithPassphrase(context, input),
    'workspace.recover': (input) => recoverWithCode(context, input),
    'workspace.lock': () => {
      context.session.lock('user');
      return { done: true };
    },
    'workspace.forgetRecent': (input) => forgetRecent(context, input),
    'workspace.details': () => workspaceDetails(context),
    'workspace.backupNow': () => backupNow(context),
    'workspace.listBackups': (input) => listWorkspaceBackups(input),
    'workspace.restoreBackup': (input) => restoreFromBackup(context, input),
    'backups.overview': () => backupsOverview(context),
    'backups.setFolder': (input) => setBackupFolder(context, input),
    'backups.verify': (input) => verifyBackup(context, input),
    'backups.verifyStart': async (input) => ({ jobId: (await startBackupVerification(context, input)).jobId }),
    'backups.verifyJob': ({ jobId }) => context.backupVerifyJobs.status(jobId),
    'backups.verifyCancel': ({ jobId }) => context.backupVerifyJobs.cancel(jobId),
    'backups.reEncryptOlder': () => reEncryptOlderBackups(context),
    'backups.deleteOlder': (input) => deleteOlderBackups(context, input),
    'settings.changePassphrase': (input) => changePassphrase(context, input),
    'settings.newRecoveryCode': (input) => issueNewRecoveryCode(context, input),
    'settings.setAutoLock': (input) => setAutoLock(context, input),
    'settings.setCoalitionDetails': (input) => setCoalitionDetails(context, input),
    'directory.listOrganizations': (input) => listOrganizations(context, input),
    'directory.queryOrganizations': (input) => queryOrganizations(context, input),
    'directory.getOrganization': (input) => getOrganization(context, input),
    'directory.createOrganization': (input) => createOrganization(context, input),
    'directory.updateOrganization': (input) => updateOrganization(context, input),
    'directory.archiveOrganization': (input) => archiveOrganization(context, input),
    'directory.restoreOrganization': (input) => restoreOrganization(context, input),
    'directory.bulkEditOrganizations': (input) => bulkEditOrganizations(context, input),
    'directory.listMembers': (input) => listMembers(context, input),
    'directory.queryMembers': (input) => queryMembers(context, input),
    'directory.getMember': (input) => getMember(context, input),
    'directory.createMember': (input) => createMember(context, input),
    'directory.updateMember': (input) => updateMember(context, input),
    'directory.archiveMember': (input) => archiveMember(context, input),
    'directory.restoreMember': (input) => restoreMember(context, input),
    'directory.bulkEditMembers': (input) => bulkEditMembers(context, input),
    'directory.revealMember': (input) => revealMember(context, input),
    'directory.coverage': () => coverage(context),
    'directory.pickMembers': (input) => pickMemberOptions(context, input),
    'directory.pickOrganizations': (input) => pickOrganizationOptions(context, input),
    'directory.importStage': (input) => stageImport(context, input),
    'directory.importPreview': (input) => previewImport(context, input),
    'directory.importProblemRows': (input) => importSkippedRows(context, input),
    'directory.importStart': (input) => startImport(context, input),
    'directory.importJob': ({ jobId }) => context.importJobs.status(jobId),
    'directory.importCancel': ({ jobId }) => context.importJobs.cancel(jobId),
    'directory.importCommit': (input) => commitImport(context, input),
    'dashboard.setupChecklist': () => setupChecklist(context),
    'dashboard.dismissSetupChecklist': () => dismissSetupChecklist(context),
    'search.global': (input) => searchGlobal(context, input),
    ...createMeetingHandlers(context),
    ...createPlanHandlers(context),
    ...createAgendaReviewHandlers(context),
    ...actionItemHandlers,
    ...createExportHandlers(context, host),
    ...createDocumentHandlers(context, host),
    ...createProtocolHandlers(context),
    ...createDataHandlers(context),
    ...createDataPartnerFileHandlers(context),
    ...createDataReviewHandlers(context),
    ...createTrainingHandlers(context),
    ...createAnnualReportHandlers(context),
    'actions.takeDueNotice': async (input) => announceDueItems(host, await actionItemHandlers['actions.takeDueNotice'](input)),
    'session.activity': () => ({ done: true }),
    'host.pickFolder': async (input) => ({ path: await host.pickFolder(input.title) }),
  };
}

async function appStatus(context: ServiceContext, host: HostServices): Promise<AppStatus> {
  const open = await openCoalition(context);
  return {
    host: host.info,
    session: open ? { state: 'unlocked', workspace: open.summary, storage: open.storage } : { state: 'locked' },
    recent: context.recent.list(),
    defaultLocation: defaultWorkspaceLocation(context),
  };
}
