// Linking evidence to a duty from the checklist, on both storage engines: the pickers find meetings and action items
// by the words of their title (typed wildcards taken literally), leave out what is linked already and cancelled
// meetings, and a link then an unlink (the page's Undo) moves the duty's status and reason.
import { expect, it } from 'vitest';
import { addDeskActionItem } from './support/deskActionItems';
import { deskAudit } from './support/deskAudit';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';
import { meetingInput } from './support/meetingInputs';

async function choices(subject: DeskUnderTest, subjectKind: 'meeting' | 'action-item', text: string) {
  return (await subject.t.call('duties.linkChoices', { duty: 'locate-missing', subjectKind, text })).map((choice) => choice.label);
}

describeEachDesk('linking evidence to a duty', (subject) => {
  it('offers meetings and action items by the words of their title, not those linked already, not cancelled meetings', async () => {
    const { t } = subject;
    t.clock.now = new Date('2026-03-01T18:00:00Z');
    const session = await t.call('meetings.create', meetingInput({ startsAt: '2026-03-20T10:00', title: 'Runaway protocol working session' }));
    await t.call('meetings.create', meetingInput({ startsAt: '2026-04-20T10:00', title: 'Runaway protocol sign-off' }));
    const cancelled = await t.call('meetings.create', meetingInput({ startsAt: '2026-05-20T10:00', title: 'Runaway protocol extra session' }));
    await t.call('meetings.cancel', { id: cancelled.id, reason: 'Room unavailable' });
    await t.call('meetings.create', meetingInput({ startsAt: '2026-03-21T10:00', title: 'Budget 100% review' }));
    await addDeskActionItem(subject, 'Draft the runaway protocol');
    await addDeskActionItem(subject, 'Book the hotel training');

    expect(await choices(subject, 'meeting', 'RUNAWAY')).toEqual(['Runaway protocol sign-off', 'Runaway protocol working session']);
    expect((await t.call('duties.linkChoices', { duty: 'locate-missing', subjectKind: 'meeting', text: 'working' }))[0]?.detail).toBe('Mar 20, 2026 · planned');
    expect(await choices(subject, 'meeting', 'protocol_')).toEqual([]);
    expect(await choices(subject, 'meeting', '100%')).toEqual(['Budget 100% review']);
    expect(await choices(subject, 'action-item', 'runaway')).toEqual(['Draft the runaway protocol']);

    await t.call('duties.link', { duty: 'locate-missing', subjectKind: 'meeting', subjectId: session.id });
    expect(await choices(subject, 'meeting', 'runaway')).toEqual(['Runaway protocol sign-off']);
    // Linked to another duty only: still offered for this one.
    expect((await t.call('duties.linkChoices', { duty: 'consult', subjectKind: 'meeting', text: 'runaway' })).map((choice) => choice.label)).toContain(
      'Runaway protocol working session',
    );
  });

  it('changes the duty’s status and reason when an action item is linked, and back when the link is undone', async () => {
    const { t } = subject;
    t.clock.now = new Date('2026-03-01T18:00:00Z');
    const item = await addDeskActionItem(subject, 'Draft the runaway protocol');
    const duty = async () => (await t.call('duties.checklist', {})).duties.find((entry) => entry.id === 'locate-missing');
    expect(await duty()).toMatchObject({ status: 'missing', reason: 'Missing: no adopted protocol serves this duty' });

    await t.call('duties.link', { duty: 'locate-missing', subjectKind: 'action-item', subjectId: item.id });
    expect(await duty()).toMatchObject({ status: 'missing', reason: 'Missing: no adopted protocol serves this duty; work toward it: 1 action item' });
    expect((await duty())?.evidence.actionItems).toEqual([expect.objectContaining({ id: item.id, title: 'Draft the runaway protocol' })]);
    expect(await choices(subject, 'action-item', 'runaway')).toEqual([]);

    await t.call('duties.unlink', { duty: 'locate-missing', subjectKind: 'action-item', subjectId: item.id });
    expect(await duty()).toMatchObject({
      status: 'missing',
      reason: 'Missing: no adopted protocol serves this duty',
      evidence: expect.objectContaining({ actionItems: [] }),
    });
    expect(await choices(subject, 'action-item', 'runaway')).toEqual(['Draft the runaway protocol']);
    const history = (await deskAudit(subject)).filter((row) => row.entityId === item.id).map((row) => row.action);
    expect(history).toEqual(expect.arrayContaining(['linked to duty', 'unlinked from duty']));
  });

  it('tells a meeting’s or an action item’s own page the duties it serves, in the law’s order, from the same links as the checklist', async () => {
    const { t } = subject;
    t.clock.now = new Date('2026-03-01T18:00:00Z');
    const meeting = await t.call('meetings.create', meetingInput({ startsAt: '2026-02-20T10:00', title: 'Runaway protocol working session' }));
    const item = await addDeskActionItem(subject, 'Draft the runaway protocol');
    expect(await t.call('duties.servedBy', { subjectKind: 'meeting', subjectId: meeting.id })).toEqual([]);

    // Linked from the meeting's page, in any order: read back in the law's order, and shown on the checklist.
    await t.call('duties.link', { duty: 'report-missing', subjectKind: 'meeting', subjectId: meeting.id });
    await t.call('duties.link', { duty: 'locate-missing', subjectKind: 'meeting', subjectId: meeting.id });
    await t.call('duties.link', { duty: 'locate-missing', subjectKind: 'action-item', subjectId: item.id });
    expect(await t.call('duties.servedBy', { subjectKind: 'meeting', subjectId: meeting.id })).toEqual(['locate-missing', 'report-missing']);
    expect(await t.call('duties.servedBy', { subjectKind: 'action-item', subjectId: item.id })).toEqual(['locate-missing']);
    const locate = (await t.call('duties.checklist', {})).duties.find((duty) => duty.id === 'locate-missing');
    expect(locate?.evidence.meetings.map((linked) => linked.title)).toEqual(['Runaway protocol working session']);
    expect(locate?.evidence.actionItems.map((linked) => linked.title)).toEqual(['Draft the runaway protocol']);

    // Unlinking one duty from the meeting leaves its other duty and the action item's links as they were.
    await t.call('duties.unlink', { duty: 'report-missing', subjectKind: 'meeting', subjectId: meeting.id });
    expect(await t.call('duties.servedBy', { subjectKind: 'meeting', subjectId: meeting.id })).toEqual(['locate-missing']);
    expect(await t.call('duties.servedBy', { subjectKind: 'action-item', subjectId: item.id })).toEqual(['locate-missing']);
  });

  it('says a meeting or action item that no longer exists is gone, and refuses an unknown kind', async () => {
    const { t } = subject;
    const gone = '0198f2c4-0000-7000-8000-0000000000ff';
    const missing = await t.fail('duties.servedBy', { subjectKind: 'action-item', subjectId: gone });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'That action item no longer exists. Reload and try again.' });
    expect((await t.fail('duties.servedBy', { subjectKind: 'training' as 'meeting', subjectId: gone })).code).toBe('VALIDATION');
  });

  it('refuses words for an unknown duty or kind, and more than 200 characters', async () => {
    const { t } = subject;
    expect((await t.fail('duties.linkChoices', { duty: 'be-nice' as 'consult', subjectKind: 'meeting', text: '' })).code).toBe('VALIDATION');
    expect((await t.fail('duties.linkChoices', { duty: 'consult', subjectKind: 'training' as 'meeting', text: '' })).code).toBe('VALIDATION');
    expect((await t.fail('duties.linkChoices', { duty: 'consult', subjectKind: 'meeting', text: 'x'.repeat(201) })).code).toBe('VALIDATION');
  });
});
