import { expect, it } from 'vitest';
import { deskRoster } from './support/deskRoster';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';
import { meetingInput } from './support/meetingInputs';

/** A meeting of the small coalition (voting: Rosa, Ben, the youth advisor; Cy does not vote) with attendance taken. */
async function meetingWithAttendance(subject: DeskUnderTest) {
  const coalition = { t: subject.t, ...(await deskRoster(subject)) };
  const { t, members } = coalition;
  const meeting = await t.call('meetings.create', meetingInput({ title: 'March meeting' }));
  const attendees = await t.call('attendance.invite', {
    meetingId: meeting.id,
    memberIds: [members.rosa.id, members.ben.id, members.cy.id, members.advisor.id],
  });
  const attendeeOf = (memberId: string) => attendees.find((attendee) => attendee.memberId === memberId)?.id ?? '';
  await t.call('attendance.mark', { id: attendeeOf(members.rosa.id), status: 'present' });
  await t.call('attendance.mark', { id: attendeeOf(members.cy.id), status: 'remote' });
  await t.call('attendance.mark', { id: attendeeOf(members.ben.id), status: 'absent' });
  await t.call('attendance.mark', { id: attendeeOf(members.advisor.id), status: 'absent' });
  return { ...coalition, meeting, attendeeOf };
}

const motion = (fields: Partial<{ movedById: string | null; secondedById: string | null; votesFor: number; votesAgainst: number; votesAbstain: number }>) => ({
  movedById: null,
  secondedById: null,
  ...fields,
});

describeEachDesk('the votes of a motion', (subject) => {
  it('refuses more votes than voting members present or represented, with the counts in the message, and changes nothing', async () => {
    const { t, meeting } = await meetingWithAttendance(subject);
    // Voting members there: Rosa only (Cy is remote but does not vote).
    const refused = await t.fail('decisions.record', {
      meetingId: meeting.id,
      text: 'Adopt the protocol',
      outcome: 'adopted',
      motion: motion({ votesFor: 1, votesAgainst: 1 }),
    });
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      message: 'For, against and abstained add up to 2, but only 1 voting member is present or represented. Check the counts or the attendance.',
      fieldErrors: {
        'motion.votes': ['For, against and abstained add up to 2, but only 1 voting member is present or represented. Check the counts or the attendance.'],
      },
    });
    expect((await t.call('meetings.get', { id: meeting.id })).decisions).toEqual([]);
    await t.call('decisions.record', { meetingId: meeting.id, text: 'Adopt the protocol', outcome: 'adopted', motion: motion({ votesFor: 1 }) });
  });

  it('counts a voting member who sent a substitute, and says so when nobody who votes is there', async () => {
    const { t, members, meeting, attendeeOf } = await meetingWithAttendance(subject);
    await t.call('attendance.setSubstitute', { id: attendeeOf(members.ben.id), substitute: { name: 'Officer Lee' } });
    await t.call('decisions.record', {
      meetingId: meeting.id,
      text: 'Adopt the protocol',
      outcome: 'adopted',
      motion: motion({ votesFor: 1, votesAbstain: 1 }),
    });

    const empty = await t.call('meetings.create', meetingInput({ title: 'Nobody marked' }));
    expect(await t.fail('decisions.record', { meetingId: empty.id, text: 'Adopt', outcome: 'adopted', motion: motion({ votesFor: 1 }) })).toMatchObject({
      code: 'VALIDATION',
      message: 'No voting member is marked present or represented yet. Take attendance before recording a vote.',
    });
  });

  it('applies the same rule when a decision is edited', async () => {
    const { t, meeting } = await meetingWithAttendance(subject);
    const decision = await t.call('decisions.record', {
      meetingId: meeting.id,
      text: 'Adopt the protocol',
      outcome: 'adopted',
      motion: motion({ votesFor: 1 }),
    });
    expect(
      (await t.fail('decisions.update', { id: decision.id, text: 'Adopt the protocol', outcome: 'adopted', motion: motion({ votesFor: 1, votesAgainst: 3 }) }))
        .fieldErrors,
    ).toHaveProperty(['motion.votes']);
    expect((await t.call('meetings.get', { id: meeting.id })).decisions[0]?.motion).toMatchObject({ votesFor: 1, votesAgainst: 0 });
  });
});

describeEachDesk('who moves and seconds a motion', (subject) => {
  it('takes the mover and seconder from the people at the meeting: present, remote or a substitute from the roster', async () => {
    const { t, members, meeting, attendeeOf } = await meetingWithAttendance(subject);
    await t.call('attendance.setSubstitute', { id: attendeeOf(members.advisor.id), substitute: { memberId: members.cy.id, name: '' } });
    const decision = await t.call('decisions.record', {
      meetingId: meeting.id,
      text: 'Adopt',
      outcome: 'adopted',
      motion: motion({ movedById: members.rosa.id, secondedById: members.cy.id, votesFor: 2 }),
    });
    expect(decision.motion).toMatchObject({ movedByName: 'Rosa Muñoz', secondedByName: 'Cy Dee' });
  });

  it('refuses someone marked absent or not invited, and the same person twice, on the field that is wrong', async () => {
    const { t, members, meeting } = await meetingWithAttendance(subject);
    const absent = await t.fail('decisions.record', {
      meetingId: meeting.id,
      text: 'Adopt',
      outcome: 'adopted',
      motion: motion({ movedById: members.ben.id, secondedById: members.rosa.id }),
    });
    expect(absent).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { movedById: ['Only someone at the meeting can move a motion. Mark them present first, or choose someone who is.'] },
    });
    const twice = await t.fail('decisions.record', {
      meetingId: meeting.id,
      text: 'Adopt',
      outcome: 'adopted',
      motion: motion({ movedById: members.rosa.id, secondedById: members.rosa.id }),
    });
    expect(twice.fieldErrors).toEqual({ secondedById: ['The person who moved the motion cannot also second it. Choose someone else.'] });
    const other = await t.call('meetings.create', meetingInput({ title: 'Another meeting' }));
    expect(
      (await t.fail('decisions.record', { meetingId: other.id, text: 'Adopt', outcome: 'adopted', motion: motion({ secondedById: members.rosa.id }) }))
        .fieldErrors,
    ).toHaveProperty('secondedById');
    expect((await t.call('meetings.get', { id: meeting.id })).decisions).toEqual([]);
  });

  it('keeps a mover already on the record when only the wording changes after their attendance changed', async () => {
    const { t, members, meeting, attendeeOf } = await meetingWithAttendance(subject);
    const decision = await t.call('decisions.record', {
      meetingId: meeting.id,
      text: 'Adopt',
      outcome: 'adopted',
      motion: motion({ movedById: members.rosa.id }),
    });
    await t.call('attendance.mark', { id: attendeeOf(members.rosa.id), status: 'excused' });
    const edited = await t.call('decisions.update', {
      id: decision.id,
      text: 'Adopt the protocol',
      outcome: 'adopted',
      motion: motion({ movedById: members.rosa.id }),
    });
    expect(edited.motion?.movedByName).toBe('Rosa Muñoz');
  });
});
