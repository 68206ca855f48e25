import fs from 'node:fs';
import type { SetupChecklist, SetupStep } from '../../shared/contract';
import { quorumRuleChosen } from '../db/meetingSettings';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { loadSetting, saveSetting } from '../db/settingsRepository';
import { type SetupProgress, readSetupProgress } from '../db/setupProgressRepository';
import { readBackupFolderSetting } from '../workspace/backupFolderSetting';
import type { WorkspaceFiles } from '../workspace/workspaceFiles';
import type { ServiceContext } from './serviceContext';
import { inTransaction, storage } from './workspaceTransaction';

const DISMISSED_KEY = 'dashboard.setupChecklistDismissed';

/** A roster counts as in once it holds at least this many organizations and members (typed in or imported). */
export const ROSTER_MINIMUM = { organizations: 3, members: 5 } as const;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Each step read from the workspace as it is now, so the checklist never claims what is not so. On a server database
 * there is no backup step: backing up a PostgreSQL database is the server's job, which the app cannot see.
 */
export function setupChecklist(context: ServiceContext): Promise<SetupChecklist> {
  return checklistOf(storage(context), context.session.workspace?.files ?? null);
}

/** Puts the checklist away for this workspace: the choice is kept in the workspace, not on this computer. */
export function dismissSetupChecklist(context: ServiceContext): Promise<SetupChecklist> {
  const files = context.session.workspace?.files ?? null;
  return inTransaction(context, async (trx, at) => {
    await saveSetting(trx, DISMISSED_KEY, true, at);
    return checklistOf(trx, files);
  });
}

async function checklistOf(db: StorageExecutor, files: WorkspaceFiles | null): Promise<SetupChecklist> {
  const progress = await readSetupProgress(db);
  const quorum = quorumStep(await quorumRuleChosen(db));
  const steps = [rosterStep(progress), representativesStep(progress), votingStep(progress), quorum, meetingStep(progress)];
  return {
    steps: files ? [...steps, backupsStep(files)] : steps,
    dismissed: (await loadSetting(db, DISMISSED_KEY)) === true,
  };
}

function step(id: SetupStep['id'], done: boolean, why: string): SetupStep {
  return { id, done, why };
}

function rosterStep({ organizations, members }: SetupProgress): SetupStep {
  const held = `${plural(organizations, 'organization', 'organizations')} and ${plural(members, 'member', 'members')}`;
  const done = organizations >= ROSTER_MINIMUM.organizations && members >= ROSTER_MINIMUM.members;
  return step(
    'roster',
    done,
    done ? `The roster holds ${held}.` : `The roster holds ${held} so far: add or import the agencies at your table and their people.`,
  );
}

function representativesStep({ organizationsAtTable, withoutPrimary }: SetupProgress): SetupStep {
  if (organizationsAtTable === 0) return step('representatives', false, 'No organization is at the table yet (core or periodic), so no one represents one.');
  if (withoutPrimary.length === 0)
    return step(
      'representatives',
      true,
      `Each of the ${plural(organizationsAtTable, 'organization', 'organizations')} at the table has a primary representative.`,
    );
  const named = withoutPrimary.slice(0, 3).join(', ') + (withoutPrimary.length > 3 ? ` and ${withoutPrimary.length - 3} more` : '');
  return step('representatives', false, `No primary representative yet: ${named}.`);
}

function votingStep({ votingMembers }: SetupProgress): SetupStep {
  return votingMembers > 0
    ? step('voting-members', true, `${plural(votingMembers, 'member votes', 'members vote')}; quorum counts from them.`)
    : step('voting-members', false, 'No member is marked as voting, so no meeting can reach quorum.');
}

function quorumStep(chosen: boolean): SetupStep {
  return chosen
    ? step('quorum-rule', true, 'The coalition has chosen its own quorum rule.')
    : step('quorum-rule', false, 'Meetings use the starting rule (half of the voting members) until you choose your own.');
}

function meetingStep({ meetings }: SetupProgress): SetupStep {
  return meetings > 0
    ? step('first-meeting', true, `${plural(meetings, 'meeting is', 'meetings are')} planned or held.`)
    : step('first-meeting', false, 'No meeting is planned yet.');
}

/** Done only when backups go to a folder outside the workspace on another disk (another device number). */
function backupsStep(files: WorkspaceFiles): SetupStep {
  const chosen = readBackupFolderSetting(files);
  if (chosen === null) return step('backups-elsewhere', false, 'Backups are kept inside the workspace folder: a failed disk would take them with it.');
  const backupDisk = deviceOf(chosen);
  if (backupDisk === null)
    return step('backups-elsewhere', false, 'The backup folder cannot be reached right now: connect its drive, or choose another folder.');
  if (backupDisk === deviceOf(files.folder))
    return step('backups-elsewhere', false, 'The backup folder is on the same disk as the workspace: a failed disk would take both.');
  return step('backups-elsewhere', true, 'Backups go to a folder on another disk.');
}

function deviceOf(folder: string): number | null {
  try {
    return fs.statSync(folder).dev;
  } catch {
    return null;
  }
}
