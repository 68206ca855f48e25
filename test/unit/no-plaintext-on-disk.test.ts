import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memberInput, organizationInput } from './support/directoryInputs';
import { itemInput, meetingInput } from './support/meetingInputs';
import { type Finding, MARKER_PREFIX, capturingRemovedFiles, filesUnder, marker, plaintextIn } from './support/plaintextScan';
import { keepingFilesTheReaderWorkerRemoves } from './support/readerWorkerEntries';
import { PASSPHRASE, type TestDesk, tempDir, testDesk } from './support/testDesk';

const realTmpdir = process.env.TMPDIR;
afterEach(() => {
  if (realTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = realTmpdir;
});

/** A marker in every table a person writes to: directory, meetings, minutes, decisions, action items, audit values. */
async function writeMarkersEverywhere(t: TestDesk) {
  const organization = await t.call(
    'directory.createOrganization',
    organizationInput({ name: marker('OrgName'), notes: marker('OrgNotes'), website: `https://${marker('Site').toLowerCase()}.example.org` }),
  );
  await t.call('directory.updateOrganization', { ...organizationInput({ name: marker('OrgName'), notes: marker('OrgNotesAudit') }), id: organization.id });
  const member = await t.call(
    'directory.createMember',
    memberInput({
      fullName: marker('MemberName'),
      email: `${marker('Mail').toLowerCase()}@example.org`,
      phone: marker('Phone'),
      notes: marker('MemberNotes'),
      organizationId: organization.id,
      votingMember: true,
    }),
  );
  const advisor = await t.call(
    'directory.createMember',
    memberInput({
      fullName: marker('ProtectedName'),
      displayName: marker('ProtectedShown'),
      email: `${marker('ProtectedMail').toLowerCase()}@example.org`,
      phone: marker('ProtectedPhone'),
      protectedIdentity: true,
      votingMember: true,
    }),
  );
  await t.call('workgroups.create', { name: marker('Workgroup'), memberIds: [member.id, advisor.id] });
  const meeting = await t.call('meetings.create', meetingInput({ title: marker('Meeting'), location: marker('Place') }));
  for (const attendee of await t.call('attendance.invite', { meetingId: meeting.id, memberIds: [member.id, advisor.id] })) {
    await t.call('attendance.mark', { id: attendee.id, status: 'present' });
  }
  await t.call('attendance.addGuest', { meetingId: meeting.id, name: marker('Guest'), organization: marker('GuestOrg'), sector: 'education' });
  await t.call('meetings.start', { id: meeting.id });
  const item = await t.call('agenda.addItem', itemInput(meeting.id, { title: marker('AgendaTitle'), description: marker('AgendaText') }));
  await t.call('agenda.saveNotes', { id: item.id, html: `<p>${marker('Notes')}</p>`, confidential: false });
  const secret = await t.call('agenda.addItem', itemInput(meeting.id, { title: marker('SecretTitle') }));
  await t.call('agenda.saveNotes', { id: secret.id, html: `<p>${marker('ConfidentialNotes')}</p>`, confidential: true });
  await t.call('decisions.record', {
    meetingId: meeting.id,
    agendaItemId: item.id,
    text: marker('Decision'),
    outcome: 'adopted',
    motion: { movedById: advisor.id, secondedById: member.id, votesFor: 2, votesAgainst: 0, votesAbstain: 0 },
  });
  const action = await t.call('actions.create', {
    title: marker('ActionTitle'),
    details: marker('ActionDetails'),
    ownerId: advisor.id,
    dueOn: '2026-04-01',
    sourceMeetingId: meeting.id,
  });
  await t.call('actions.setStatus', { id: action.id, status: 'blocked', note: marker('StatusNote') });
  await t.call('templates.saveFromMeeting', { meetingId: meeting.id, name: marker('Template') });
  await t.call('meetings.finish', { id: meeting.id });
}

describe('no plaintext on disk', () => {
  it('no marker from any table is readable in the workspace, its backups, restored copies, the data folder or temp folders', async () => {
    const tempRoot = tempDir('coalition-desk-tmp-root-');
    process.env.TMPDIR = tempRoot; // verify and restore take their scratch folders here (os.tmpdir())
    expect(os.tmpdir()).toBe(tempRoot);
    const t = testDesk(tempDir('coalition-desk-data-'));
    // The workspace's name is its folder's name and is in the recent list (README: names and paths only), so no marker.
    const { workspace, recoveryCode } = await t.call('workspace.create', {
      name: 'Plain Name Coalition',
      jurisdiction: { state: 'Oregon', region: marker('Region') },
      passphrase: PASSPHRASE,
      location: null,
    });

    let restoredPath = '';
    // Backups are written in the reader worker: what it removes is kept too.
    const workerRemovals = keepingFilesTheReaderWorkerRemoves();
    const hostRemoved = await capturingRemovedFiles(async () => {
      await writeMarkersEverywhere(t);
      const backup = await t.call('workspace.backupNow', {});
      await t.call('backups.verify', { path: workspace.path, backupFile: backup.file, secret: PASSPHRASE });
      await t.call('backups.verify', { path: workspace.path, backupFile: backup.file, secretKind: 'recovery', secret: recoveryCode });
      restoredPath = (await t.call('workspace.restoreBackup', { path: workspace.path, backupFile: backup.file, secret: PASSPHRASE })).restoredPath;
      // The restored copy holds the markers (so the scan below looks at real data), readable only through the app.
      expect((await t.call('search.global', { query: marker('Decision') })).length).toBeGreaterThan(0);
      await t.call('workspace.lock', {});
    });
    workerRemovals.restore();
    const removed = [...hostRemoved, ...workerRemovals.files()];

    const scanned = [...filesUnder(t.dataDir), ...filesUnder(tempRoot), ...removed];
    expect(scanned.some(([file]) => file.startsWith(restoredPath))).toBe(true);
    expect(scanned.some(([file]) => file.endsWith('.cdbackup'))).toBe(true);
    // What existed only for a moment was scanned too: the backup's snapshot and the verify scratch copy.
    expect(removed.some(([file]) => path.basename(file).startsWith('.snapshot-'))).toBe(true);
    expect(removed.some(([file]) => file.includes(`${path.sep}coalition-desk-verify-`))).toBe(true);
    const findings: Finding[] = scanned.flatMap(([file, bytes]) => plaintextIn(path.relative(os.tmpdir(), file), bytes));
    expect(findings).toEqual([]);
  });

  it('the scan finds a marker written in plain text (so an empty result above means something)', () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'notes.txt'), Buffer.from(`x ${MARKER_PREFIX.toLowerCase()}Y`, 'utf16le'));
    expect(filesUnder(folder).flatMap(([file, bytes]) => plaintextIn(file, bytes))).toHaveLength(1);
  });
});
