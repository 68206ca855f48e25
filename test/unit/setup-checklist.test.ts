import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SetupChecklist, SetupStepId } from '../../shared/contract';
import { writeBackupFolderSetting } from '../../main/workspace/backupFolderSetting';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { addDeskMember, addDeskOrganization } from './support/deskDirectory';
import { memberInput, organizationInput } from './support/directoryInputs';
import { describeEachDesk } from './support/eachDesk';
import { PASSPHRASE, createTestWorkspace, tempDir, testDesk } from './support/testDesk';

const doneSteps = (checklist: SetupChecklist): SetupStepId[] => checklist.steps.filter((step) => step.done).map((step) => step.id);
const why = (checklist: SetupChecklist, id: SetupStepId): string => checklist.steps.find((step) => step.id === id)?.why ?? '';

/** A folder on another device than the temp folder, if this machine has one that a test may write in (tmpfs). */
function folderOnAnotherDisk(): string | null {
  const shm = '/dev/shm';
  try {
    if (fs.statSync(shm).dev === fs.statSync(os.tmpdir()).dev) return null;
    return fs.mkdtempSync(path.join(shm, 'coalition-desk-backups-'));
  } catch {
    return null;
  }
}

describe('the setup checklist', () => {
  it('shows nothing done in an empty workspace, each step with its reason, in order', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    const checklist = await t.call('dashboard.setupChecklist', {});
    expect(checklist.dismissed).toBe(false);
    expect(checklist.steps.map((step) => step.id)).toEqual([
      'roster',
      'representatives',
      'voting-members',
      'quorum-rule',
      'first-meeting',
      'backups-elsewhere',
    ]);
    expect(doneSteps(checklist)).toEqual([]);
    expect(why(checklist, 'roster')).toBe('The roster holds 0 organizations and 0 members so far: add or import the agencies at your table and their people.');
    expect(why(checklist, 'quorum-rule')).toMatch(/starting rule/);
    expect(why(checklist, 'backups-elsewhere')).toMatch(/inside the workspace folder/);
  });

  it('shows what the sample coalition has done: everything but backups on another disk', async () => {
    const t = testDesk();
    await t.call('workspace.createSample', { passphrase: PASSPHRASE, location: null });
    const checklist = await t.call('dashboard.setupChecklist', {});
    expect(doneSteps(checklist)).toEqual(['roster', 'representatives', 'voting-members', 'quorum-rule', 'first-meeting']);
    expect(why(checklist, 'quorum-rule')).toBe('The coalition has chosen its own quorum rule.');
  });

  it('follows the roster, the representatives, the voting members, the quorum rule and the meetings as they change', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    const names = ['Child Welfare', 'City Schools', 'Youth Shelter'];
    const organizations = [];
    for (const name of names) organizations.push(await t.call('directory.createOrganization', organizationInput({ name })));
    const [welfare, schools, shelter] = organizations as [(typeof organizations)[number], (typeof organizations)[number], (typeof organizations)[number]];
    await t.call(
      'directory.createMember',
      memberInput({ fullName: 'Ana Ruiz', organizationId: welfare.id, representativeRole: 'primary', votingMember: true }),
    );
    await t.call('directory.createMember', memberInput({ fullName: 'Ben Ode', organizationId: schools.id, representativeRole: 'primary' }));
    await t.call('directory.createMember', memberInput({ fullName: 'Cy Moss', organizationId: shelter.id }));
    await t.call('directory.createMember', memberInput({ fullName: 'Di Park', organizationId: shelter.id }));
    const fifth = await t.call('directory.createMember', memberInput({ fullName: 'Ed Lam', organizationId: shelter.id }));

    let checklist = await t.call('dashboard.setupChecklist', {});
    expect(doneSteps(checklist)).toEqual(['roster', 'voting-members']);
    expect(why(checklist, 'representatives')).toBe('No primary representative yet: Youth Shelter.');
    expect(why(checklist, 'voting-members')).toBe('1 member votes; quorum counts from them.');

    // An archived member no longer counts towards the roster.
    await t.call('directory.archiveMember', { id: fifth.id });
    await t.call('directory.createMember', memberInput({ fullName: 'Flo Nye', organizationId: shelter.id, representativeRole: 'primary' }));
    // Choosing the same rule as the starting one still counts as a choice.
    await t.call('preferences.setQuorumRule', { rule: { kind: 'share', percent: 50 } });
    const meeting = await t.call('meetings.create', {
      title: 'First meeting',
      kind: 'full-coalition',
      startsAt: '2026-04-02T09:30',
      timeZone: 'UTC',
      durationMinutes: 60,
    });
    checklist = await t.call('dashboard.setupChecklist', {});
    expect(doneSteps(checklist)).toEqual(['roster', 'representatives', 'voting-members', 'quorum-rule', 'first-meeting']);

    // A cancelled meeting is no meeting planned.
    await t.call('meetings.cancel', { id: meeting.id, reason: 'Room not available' });
    checklist = await t.call('dashboard.setupChecklist', {});
    expect(doneSteps(checklist)).not.toContain('first-meeting');
  });

  it('counts backups as safe only in a folder on another disk than the workspace', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    const sameDisk = tempDir('coalition-desk-backups-');
    await t.call('backups.setFolder', { folder: sameDisk });
    let checklist = await t.call('dashboard.setupChecklist', {});
    expect(checklist.steps.find((step) => step.id === 'backups-elsewhere')).toEqual({
      id: 'backups-elsewhere',
      done: false,
      why: 'The backup folder is on the same disk as the workspace: a failed disk would take both.',
    });

    fs.rmSync(sameDisk, { recursive: true });
    checklist = await t.call('dashboard.setupChecklist', {});
    expect(why(checklist, 'backups-elsewhere')).toMatch(/cannot be reached right now/);
  });

  const otherDisk = folderOnAnotherDisk();
  it.skipIf(otherDisk === null)('counts backups on another disk (a tmpfs folder here) as done', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    // The folder rules keep people out of /dev; the device check itself is what this test is about.
    writeBackupFolderSetting(workspaceFiles(workspace.path), otherDisk as string);
    try {
      const checklist = await t.call('dashboard.setupChecklist', {});
      expect(checklist.steps.find((step) => step.id === 'backups-elsewhere')).toEqual({
        id: 'backups-elsewhere',
        done: true,
        why: 'Backups go to a folder on another disk.',
      });
    } finally {
      fs.rmSync(otherDisk as string, { recursive: true, force: true });
    }
  });

  it('stays dismissed in the workspace where it was dismissed, and only there', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    expect((await t.call('dashboard.dismissSetupChecklist', {})).dismissed).toBe(true);
    await t.call('workspace.lock', {});
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect((await t.call('dashboard.setupChecklist', {})).dismissed).toBe(true);

    await t.call('workspace.lock', {});
    await createTestWorkspace(t, 'Hillside Coalition');
    expect((await t.call('dashboard.setupChecklist', {})).dismissed).toBe(false);
  });
});

describeEachDesk('the setup checklist on either engine', (subject) => {
  it('follows the roster, the representatives, the voting members and the quorum rule, and stays dismissed', async () => {
    const { t } = subject;
    const empty = await t.call('dashboard.setupChecklist', {});
    expect(doneSteps(empty)).toEqual([]);
    // Backing up a server database is the server's job, which the app cannot see: no step claims either way.
    expect(empty.steps.map((step) => step.id)).toEqual([
      'roster',
      'representatives',
      'voting-members',
      'quorum-rule',
      'first-meeting',
      ...(subject.serverEngine ? [] : ['backups-elsewhere']),
    ]);

    const organizations = [];
    for (const name of ['Child Welfare', 'City Schools', 'Youth Shelter']) organizations.push(await addDeskOrganization(subject, { name }));
    const [welfare, schools, shelter] = organizations.map((organization) => organization.id) as [string, string, string];
    await addDeskMember(subject, {
      fullName: 'Ana Ruiz',
      email: 'ana@example.org',
      organizationId: welfare,
      representativeRole: 'primary',
      votingMember: true,
    });
    await addDeskMember(subject, { fullName: 'Ben Ode', email: 'ben@example.org', organizationId: schools, representativeRole: 'primary' });
    for (const fullName of ['Cy Moss', 'Di Park', 'Ed Lam'])
      await addDeskMember(subject, { fullName, email: `${fullName.split(' ')[0]?.toLowerCase()}@example.org`, organizationId: shelter });
    let checklist = await t.call('dashboard.setupChecklist', {});
    expect(doneSteps(checklist)).toEqual(['roster', 'voting-members']);
    expect(why(checklist, 'representatives')).toBe('No primary representative yet: Youth Shelter.');

    await t.call('preferences.setQuorumRule', { rule: { kind: 'share', percent: 50 } });
    expect((await t.call('dashboard.dismissSetupChecklist', {})).dismissed).toBe(true);
    checklist = await t.call('dashboard.setupChecklist', {});
    expect(doneSteps(checklist)).toEqual(['roster', 'voting-members', 'quorum-rule']);
    expect(checklist.dismissed).toBe(true);
  });
});
