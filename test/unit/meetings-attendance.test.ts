import { describe, expect, it } from 'vitest';
import { memberInput } from './support/directoryInputs';
import { deskRoster } from './support/deskRoster';
import { describeEachDesk } from './support/eachDesk';
import { meetingCoalition, meetingInput } from './support/meetingInputs';

const unknownId = '01900000-0000-7000-8000-000000000000';

describe('inviting from the roster', () => {
  it('expands people, organizations, workgroups and sectors to active members, once each, shown by display name', async () => {
    const { t, organizations, members } = await meetingCoalition();
    const former = await t.call(
      'directory.createMember',
      memberInput({ fullName: 'Ann Former', email: 'ann@example.org', organizationId: organizations.police.id }),
    );
    await t.call('directory.archiveMember', { id: former.id });
    const workgroup = await t.call('workgroups.create', { name: 'Youth voice', memberIds: [members.advisor.id] });
    const meeting = await t.call('meetings.create', meetingInput());

    const invited = await t.call('attendance.invite', {
      meetingId: meeting.id,
      organizationIds: [organizations.welfare.id],
      workgroupIds: [workgroup.id],
      sectors: ['law-enforcement-justice'],
      memberIds: [members.rosa.id, former.id],
    });
    expect(invited.map((attendee) => [attendee.shownName, attendee.status, attendee.sector, attendee.votingMember])).toEqual([
      ['Cy Dee', 'invited', 'child-welfare', false],
      ['Youth Advisor J', 'invited', null, true],
      ['Rosa Muñoz', 'invited', 'child-welfare', true],
      ['Ben Okafor', 'invited', 'law-enforcement-justice', true],
    ]);
    expect(JSON.stringify(invited)).not.toContain('Jordan Hidden');

    const rosa = invited.find((attendee) => attendee.memberId === members.rosa.id);
    await t.call('attendance.mark', { id: rosa?.id ?? '', status: 'present' });
    const again = await t.call('attendance.invite', { meetingId: meeting.id, memberIds: [members.rosa.id] });
    expect(again).toHaveLength(4);
    expect(again.find((attendee) => attendee.memberId === members.rosa.id)?.status).toBe('present');
  });

  it('refuses an unknown person, organization or workgroup on its field and invites nobody', async () => {
    const { t, members } = await meetingCoalition();
    const meeting = await t.call('meetings.create', meetingInput());
    expect((await t.fail('attendance.invite', { meetingId: meeting.id, memberIds: [members.rosa.id, unknownId] })).fieldErrors?.memberIds).toHaveLength(1);
    expect((await t.fail('attendance.invite', { meetingId: meeting.id, organizationIds: [unknownId] })).fieldErrors?.organizationIds).toHaveLength(1);
    expect((await t.fail('attendance.invite', { meetingId: meeting.id, workgroupIds: [unknownId] })).fieldErrors?.workgroupIds).toHaveLength(1);
    expect((await t.fail('attendance.invite', { meetingId: meeting.id, memberIds: [] })).code).toBe('VALIDATION');
    expect((await t.call('meetings.get', { id: meeting.id })).attendees).toEqual([]);
  });
});

describeEachDesk('quorum and the sectors in the room', (subject) => {
  it('counts voting members present or remote, and those represented by a substitute, against the share rule', async () => {
    const { t, organizations, members } = { t: subject.t, ...(await deskRoster(subject)) };
    const meeting = await t.call('meetings.create', meetingInput());
    const attendees = await t.call('attendance.invite', { meetingId: meeting.id, organizationIds: [organizations.welfare.id, organizations.police.id] });
    const byName = (name: string) => attendees.find((attendee) => attendee.shownName === name)?.id ?? '';

    // Voting members in the directory: Rosa, Ben and the youth advisor. Default rule: at least 50% -> 2.
    let detail = await t.call('meetings.get', { id: meeting.id });
    expect(detail.quorum).toEqual({ rule: { kind: 'share', percent: 50 }, eligibleVoting: 3, presentVoting: 0, required: 2, met: false });

    await t.call('attendance.mark', { id: byName('Rosa Muñoz'), status: 'remote' });
    await t.call('attendance.mark', { id: byName('Cy Dee'), status: 'present' });
    expect((await t.call('meetings.get', { id: meeting.id })).quorum).toMatchObject({ presentVoting: 1, met: false });

    expect((await t.fail('attendance.setSubstitute', { id: byName('Ben Okafor'), substitute: { name: 'Officer Lee' } })).code).toBe('CONFLICT');
    await t.call('attendance.mark', { id: byName('Ben Okafor'), status: 'excused' });
    const withSubstitute = await t.call('attendance.setSubstitute', { id: byName('Ben Okafor'), substitute: { name: 'Officer Lee' } });
    expect(withSubstitute.substitute).toEqual({ memberId: null, shownName: 'Officer Lee' });
    detail = await t.call('meetings.get', { id: meeting.id });
    expect(detail.quorum).toMatchObject({ presentVoting: 2, required: 2, met: true });

    const presence = Object.fromEntries(detail.sectorPresence.filter((row) => row.invited > 0).map((row) => [row.sector, [row.present, row.invited]]));
    expect(presence).toEqual({ 'child-welfare': [2, 2], 'law-enforcement-justice': [1, 1] });
    expect(detail.sectorPresence).toHaveLength(21);

    const fromRoster = await t.call('attendance.setSubstitute', { id: byName('Ben Okafor'), substitute: { memberId: members.cy.id } });
    expect(fromRoster.substitute).toEqual({ memberId: members.cy.id, shownName: 'Cy Dee' });
    expect((await t.fail('attendance.setSubstitute', { id: byName('Ben Okafor'), substitute: { memberId: members.ben.id } })).code).toBe('VALIDATION');

    await t.call('attendance.addGuest', { meetingId: meeting.id, name: 'Pat Guest', organization: 'Bright Futures', sector: 'education' });
    detail = await t.call('meetings.get', { id: meeting.id });
    expect(detail.sectorPresence.find((row) => row.sector === 'education')).toEqual({ sector: 'education', present: 1, invited: 1 });
    expect(detail.quorum.presentVoting).toBe(2);
  });

  it('counts only the invited voting members for a consultation', async () => {
    const { t, members } = { t: subject.t, ...(await deskRoster(subject)) };
    const meeting = await t.call('meetings.create', meetingInput({ kind: 'consultation' }));
    await t.call('attendance.invite', { meetingId: meeting.id, memberIds: [members.ben.id, members.cy.id] });
    expect((await t.call('meetings.get', { id: meeting.id })).quorum).toMatchObject({ eligibleVoting: 1, required: 1 });
  });

  it('removes an attendee and refuses a substitute for a guest', async () => {
    const { t } = { t: subject.t, ...(await deskRoster(subject)) };
    const meeting = await t.call('meetings.create', meetingInput());
    const guest = await t.call('attendance.addGuest', { meetingId: meeting.id, name: 'Pat Guest' });
    expect(guest).toMatchObject({ guest: true, memberId: null, shownName: 'Pat Guest', status: 'present', votingMember: false, representativeRole: 'none' });
    expect((await t.fail('attendance.setSubstitute', { id: guest.id, substitute: { name: 'Someone' } })).code).toBe('CONFLICT');
    await t.call('attendance.remove', { id: guest.id });
    expect((await t.call('meetings.get', { id: meeting.id })).attendees).toEqual([]);
    expect((await t.fail('attendance.remove', { id: guest.id })).code).toBe('NOT_FOUND');
  });
});

// Settings (the quorum rule) are not on the storage engine yet, so this one runs on SQLCipher only.
describe('the quorum rule chosen in Settings', () => {
  it('uses the count rule from Settings, and the workgroup’s voting members for a workgroup meeting', async () => {
    const { t, members } = await meetingCoalition();
    await t.call('preferences.setQuorumRule', { rule: { kind: 'count', count: 1 } });
    const workgroup = await t.call('workgroups.create', { name: 'Protocols', chairId: members.rosa.id, memberIds: [members.rosa.id, members.cy.id] });
    const meeting = await t.call('meetings.create', meetingInput({ kind: 'workgroup', workgroupId: workgroup.id }));
    const [rosa] = await t.call('attendance.invite', { meetingId: meeting.id, memberIds: [members.rosa.id] });
    expect((await t.call('meetings.get', { id: meeting.id })).quorum).toEqual({
      rule: { kind: 'count', count: 1 },
      eligibleVoting: 1,
      presentVoting: 0,
      required: 1,
      met: false,
    });
    await t.call('attendance.mark', { id: rosa?.id ?? '', status: 'present' });
    expect((await t.call('meetings.get', { id: meeting.id })).quorum.met).toBe(true);
  });
});

describeEachDesk('decisions', (subject) => {
  it('records a decision with a motion on an agenda item, edits and removes it; recent decisions skip cancelled meetings', async () => {
    const { t, members } = { t: subject.t, ...(await deskRoster(subject)) };
    const meeting = await t.call('meetings.create', meetingInput({ title: 'March meeting' }));
    const item = await t.call('agenda.addItem', { meetingId: meeting.id, title: 'Shelter protocol', type: 'decision' });
    const invited = await t.call('attendance.invite', { meetingId: meeting.id, memberIds: [members.rosa.id, members.ben.id, members.advisor.id] });
    for (const attendee of invited) await t.call('attendance.mark', { id: attendee.id, status: 'present' });
    const decision = await t.call('decisions.record', {
      meetingId: meeting.id,
      agendaItemId: item.id,
      text: 'Adopt the shelter protocol',
      outcome: 'adopted',
      motion: { movedById: members.rosa.id, secondedById: members.advisor.id, votesFor: 2, votesAgainst: 0, votesAbstain: 1 },
    });
    expect(decision).toMatchObject({
      meetingTitle: 'March meeting',
      agendaItemTitle: 'Shelter protocol',
      motion: { movedByName: 'Rosa Muñoz', secondedByName: 'Youth Advisor J', votesFor: 2, votesAgainst: 0, votesAbstain: 1 },
    });
    const edited = await t.call('decisions.update', { id: decision.id, text: 'Adopt the shelter protocol, version 2', outcome: 'consensus' });
    expect(edited).toMatchObject({ motion: null, outcome: 'consensus', agendaItemId: null });
    expect(await t.call('decisions.recent', {})).toEqual([edited]);

    expect(await t.fail('decisions.record', { meetingId: meeting.id, text: 'x', outcome: 'adopted', motion: { movedById: unknownId } })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { movedById: ['That person is not in the roster.'] },
    });
    const other = await t.call('meetings.create', meetingInput());
    const stranger = await t.call('agenda.addItem', { meetingId: other.id, title: 'Elsewhere' });
    expect((await t.fail('decisions.record', { meetingId: meeting.id, agendaItemId: stranger.id, text: 'x', outcome: 'adopted' })).code).toBe('VALIDATION');

    await t.call('decisions.record', { meetingId: other.id, text: 'Later decision', outcome: 'tabled' });
    expect((await t.call('decisions.recent', { limit: 1 })).map((each) => each.text)).toEqual(['Later decision']);
    await t.call('decisions.remove', { id: (await t.call('decisions.recent', { limit: 1 }))[0]?.id ?? '' });
    const third = await t.call('meetings.create', meetingInput({ title: 'Cancelled one' }));
    await t.call('decisions.record', { meetingId: third.id, text: 'Never happened', outcome: 'adopted' });
    await t.call('meetings.cancel', { id: third.id, reason: 'Weather' });
    expect((await t.call('decisions.recent', {})).map((each) => each.text)).toEqual(['Adopt the shelter protocol, version 2']);
  });

  it('keeps an agenda item that a decision points at', async () => {
    const { t } = { t: subject.t, ...(await deskRoster(subject)) };
    const meeting = await t.call('meetings.create', meetingInput());
    const item = await t.call('agenda.addItem', { meetingId: meeting.id, title: 'Budget' });
    await t.call('decisions.record', { meetingId: meeting.id, agendaItemId: item.id, text: 'Approve the budget', outcome: 'adopted' });
    expect((await t.fail('agenda.removeItem', { id: item.id })).code).toBe('CONFLICT');
  });
});
