import { describe, expect, it } from 'vitest';
import { memberInput, organizationInput, withStoredDatabase } from './support/directoryInputs';
import { runExport } from './support/exportJobs';
import { meetingCoalition, meetingInput } from './support/meetingInputs';
import { pdfPages, squeezed } from './support/pdfPages';
import { PASSPHRASE, withDatabaseFile } from './support/testDesk';
import { rewindSqliteSchema } from './support/rewindSchema';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';

const DAY = 24 * 60 * 60 * 1000;

/** October's meeting: Rosa and the youth advisor present, Ben absent; 3 voting members, 2 present; approved. */
async function approvedOctober() {
  const coalition = await meetingCoalition();
  const { t, members } = coalition;
  const october = await t.call('meetings.create', meetingInput({ title: 'October meeting', startsAt: '2026-10-13T18:00' }));
  const invited = await t.call('attendance.invite', { meetingId: october.id, memberIds: [members.rosa.id, members.ben.id, members.advisor.id] });
  const mark = (memberId: string, status: 'present' | 'absent') =>
    t.call('attendance.mark', { id: invited.find((each) => each.memberId === memberId)?.id ?? '', status });
  await mark(members.rosa.id, 'present');
  await mark(members.advisor.id, 'present');
  await mark(members.ben.id, 'absent');
  await t.call('meetings.start', { id: october.id });
  await t.call('meetings.finish', { id: october.id });
  await t.call('meetings.approveMinutes', { id: october.id, atMeetingId: null });
  return { ...coalition, october };
}

const OCTOBER_QUORUM = { eligibleVoting: 3, presentVoting: 2, required: 2, met: true };

/** December: two more voting members, Rosa renamed and moved to a new organization in another sector. */
async function decemberChanges(t: Awaited<ReturnType<typeof approvedOctober>>['t'], rosaId: string) {
  t.clock.advance(60 * DAY);
  const school = await t.call('directory.createOrganization', organizationInput({ name: 'Springfield Schools', sector: 'education', kind: 'public-agency' }));
  await t.call('directory.createMember', memberInput({ fullName: 'Dana New', email: 'dana@example.org', organizationId: school.id, votingMember: true }));
  await t.call('directory.createMember', memberInput({ fullName: 'Eli New', email: 'eli@example.org', organizationId: school.id, votingMember: true }));
  await t.call('directory.updateMember', { ...memberInput({ fullName: 'Rosa Muñoz-Lee', organizationId: school.id, votingMember: true }), id: rosaId });
}

describe('approved minutes keep the roster as it stood', () => {
  it('shows October’s quorum line and attendance in December, after voting members were added and a member renamed', async () => {
    const { t, members, october } = await approvedOctober();
    const approved = await t.call('meetings.get', { id: october.id });
    expect(approved.quorum).toMatchObject(OCTOBER_QUORUM);

    await decemberChanges(t, members.rosa.id);
    const later = await t.call('meetings.get', { id: october.id });
    expect(later.quorum).toMatchObject(OCTOBER_QUORUM);
    expect(later.attendees).toEqual(approved.attendees);
    expect(later.sectorPresence).toEqual(approved.sectorPresence);
    expect(later.attendees.map((attendee) => [attendee.shownName, attendee.organizationName])).toContainEqual(['Rosa Muñoz', 'Lane County Child Welfare']);

    const record = squeezed(pdfPages((await runExport(t, { kind: 'meeting-record', meetingId: october.id, format: 'pdf' })).bytes).join('\n'));
    expect(record).toContain('Quorum met: 2 of 3 voting members present or represented; 2 needed.');
    expect(record).toContain('Rosa Muñoz');
    expect(record).not.toContain('Muñoz-Lee');

    // A meeting not yet approved follows the roster as it is.
    const planned = await t.call('meetings.create', meetingInput({ title: 'January meeting', startsAt: '2027-01-12T18:00' }));
    expect((await t.call('meetings.get', { id: planned.id })).quorum).toMatchObject({ eligibleVoting: 5, required: 3 });
  });

  it('takes the record again when an amendment closes, and shows the live roster while it is open', async () => {
    const { t, members, october } = await approvedOctober();
    await decemberChanges(t, members.rosa.id);
    await t.call('meetings.openAmendment', { id: october.id, reason: 'Correct the attendance' });
    expect((await t.call('meetings.get', { id: october.id })).quorum).toMatchObject({ eligibleVoting: 5, presentVoting: 2 });
    await t.call('meetings.closeAmendment', { id: october.id });
    await t.call('directory.createMember', memberInput({ fullName: 'Fay Later', email: 'fay@example.org', votingMember: true }));
    expect((await t.call('meetings.get', { id: october.id })).quorum).toMatchObject({ eligibleVoting: 5, presentVoting: 2, required: 3, met: false });
  });

  it('never shows the stored full name of someone marked protected after approval', async () => {
    const { t, members, organizations, october } = await approvedOctober();
    await t.call('directory.updateMember', {
      ...memberInput({
        organizationId: organizations.welfare.id,
        votingMember: true,
        representativeRole: 'primary',
        displayName: 'Advocate R',
        protectedIdentity: true,
      }),
      id: members.rosa.id,
    });
    const detail = await t.call('meetings.get', { id: october.id });
    expect(JSON.stringify(detail.attendees)).not.toContain('Rosa');
    expect(detail.attendees.map((attendee) => attendee.shownName)).toContain('Advocate R');
  });
});

describe('upgrading a workspace made before approved records were stored (0040-record-snapshots)', () => {
  it('stores the record of every approved meeting from the data at the upgrade, which later changes leave alone', async () => {
    const { t, members, october, workspacePath } = await approvedOctober();
    const draft = await t.call('meetings.create', meetingInput({ title: 'November meeting', startsAt: '2026-11-10T18:00' }));
    await t.call('workspace.lock', {});
    const files = workspaceFiles(workspacePath);
    await withDatabaseFile(files, (db) => {
      rewindSqliteSchema(db, 30);
    });

    await t.call('workspace.unlock', { path: workspacePath, passphrase: PASSPHRASE });
    const stored = await withStoredDatabase(t, workspacePath, (db) => db.prepare('SELECT meeting_id FROM meeting_record_snapshots').pluck().all());
    expect(stored).toEqual([october.id]);
    expect((await t.call('workspace.listBackups', { path: workspacePath })).map((backup) => backup.reason)).toContain('before-migration');
    expect((await t.call('meetings.get', { id: october.id })).quorum).toMatchObject(OCTOBER_QUORUM);

    await decemberChanges(t, members.rosa.id);
    expect((await t.call('meetings.get', { id: october.id })).quorum).toMatchObject(OCTOBER_QUORUM);
    expect((await t.call('meetings.get', { id: draft.id })).quorum).toMatchObject({ eligibleVoting: 5 });
  });
});
