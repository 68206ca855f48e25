import { describe, expect, it } from 'vitest';
import { deskActionItems } from './support/deskActionItems';
import { deskAudit } from './support/deskAudit';
import { archiveDeskMember } from './support/deskDirectory';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';
import { actionItemsCoalition } from './support/meetingRows';

const UNKNOWN_ID = '01900000-0000-7000-8000-000000000000';
const item = (fields: Record<string, unknown> = {}) => ({ title: 'Draft the runaway protocol', dueOn: '2026-03-20', ...fields });

/** Moves a member to another organization as the directory would (through its channel on SQLCipher). */
async function moveDeskMember(subject: DeskUnderTest, id: string, organizationId: string): Promise<void> {
  if (!subject.serverEngine) {
    const { member } = await subject.t.call('directory.getMember', { id });
    await subject.t.call('directory.updateMember', {
      ...member,
      fullName: member.fullName ?? '',
      email: member.email ?? '',
      phone: member.phone ?? '',
      notes: member.notes ?? '',
      organizationId,
    });
    return;
  }
  await subject.serverEngine.db.updateTable('members').set({ organization_id: organizationId }).where('id', '=', id).execute();
}

describeEachDesk('a coordinator records who does what by when', (subject) => {
  it('creates an item whose organization and sector follow its owner, with its first history entry', async () => {
    const { t, members, organizations, meetingId, agendaItemId } = await deskActionItems(subject);
    const created = await t.call(
      'actions.create',
      item({ ownerId: members.rosa.id, details: 'Share with the Protocols group', sourceMeetingId: meetingId, sourceAgendaItemId: agendaItemId }),
    );
    expect(created).toMatchObject({
      title: 'Draft the runaway protocol',
      status: 'open',
      priority: 'normal',
      ownerName: 'Rosa Muñoz',
      organizationId: organizations.welfare.id,
      organizationName: 'Lane County Child Welfare',
      sector: 'child-welfare',
      sourceMeetingTitle: 'March coalition meeting',
      sourceAgendaItemTitle: 'Runaway protocol',
      completedOn: null,
      overdue: false,
      dueSoon: false,
    });
    const detail = await t.call('actions.get', { id: created.id });
    expect(detail.updates).toMatchObject([{ fromStatus: null, toStatus: 'open', note: '', meetingId: null, profile: 'tester' }]);
    expect((await t.call('meetings.get', { id: meetingId })).actionItemIds).toEqual([created.id]);

    // The organization is joined, not copied: when Rosa moves, her items move with her.
    await moveDeskMember(subject, members.rosa.id, organizations.police.id);
    expect((await t.call('actions.get', { id: created.id })).item).toMatchObject({
      organizationName: 'Eugene Police Department',
      sector: 'law-enforcement-justice',
    });
  });

  it('takes the meeting from the agenda item and refuses an agenda item of another meeting', async () => {
    const { t, meetingId, agendaItemId } = await deskActionItems(subject);
    expect(await t.call('actions.create', item({ sourceAgendaItemId: agendaItemId }))).toMatchObject({ sourceMeetingId: meetingId });
    const other = await t.call('meetings.create', {
      title: 'Training consultation',
      kind: 'consultation',
      startsAt: '2026-03-18T10:00',
      timeZone: 'America/Los_Angeles',
      durationMinutes: 60,
    });
    const refused = await t.fail('actions.create', item({ sourceMeetingId: other.id, sourceAgendaItemId: agendaItemId }));
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      message: '"Runaway protocol" is on another meeting\'s agenda. Choose an agenda item of this meeting.',
    });
    expect(refused.fieldErrors?.sourceAgendaItemId).toEqual([refused.message]);
    expect((await t.call('actions.query', {})).total).toBe(1);
  });

  it('refuses an archived or unknown owner, and unknown or closed meetings, changing nothing', async () => {
    const { t, members, approvedMeetingId, cancelledMeetingId } = await deskActionItems(subject);
    const archived = await t.fail('actions.create', item({ ownerId: members.former.id }));
    expect(archived).toMatchObject({ code: 'VALIDATION', message: 'That person is archived. Restore them first, or choose someone else.' });
    expect(archived.fieldErrors?.ownerId).toEqual([archived.message]);
    expect((await t.fail('actions.create', item({ ownerId: UNKNOWN_ID }))).fieldErrors?.ownerId).toEqual(['That person is not in the roster.']);
    expect((await t.fail('actions.create', item({ sourceMeetingId: UNKNOWN_ID }))).fieldErrors?.sourceMeetingId).toEqual([
      'That meeting no longer exists. Reload and choose another.',
    ]);
    expect((await t.fail('actions.create', item({ sourceAgendaItemId: UNKNOWN_ID }))).fieldErrors?.sourceAgendaItemId).toEqual([
      'That agenda item no longer exists. Reload and choose another.',
    ]);
    expect((await t.fail('actions.create', item({ sourceMeetingId: approvedMeetingId }))).message).toContain('are approved');
    expect((await t.fail('actions.create', item({ sourceMeetingId: cancelledMeetingId }))).message).toContain('was cancelled');
    expect((await t.fail('actions.create', item({ title: '  ' }))).fieldErrors?.title).toEqual(['Title is required.']);
    expect((await t.fail('actions.create', item({ dueOn: '2026-02-30' }))).code).toBe('VALIDATION');
    expect(await t.call('actions.query', {})).toEqual({ rows: [], total: 0, groups: [], next: null });
  });

  it('allows an item at approved minutes while an amendment is open', async () => {
    const { t, approvedMeetingId } = await deskActionItems(subject);
    await t.call('meetings.openAmendment', { id: approvedMeetingId, reason: 'An action item was missed' });
    expect((await t.call('actions.create', item({ sourceMeetingId: approvedMeetingId }))).sourceMeetingTitle).toBe('February coalition meeting');
  });

  it('edits an item, keeps an owner archived since, and refuses to hand it to another archived member', async () => {
    const { t, members } = await deskActionItems(subject);
    const created = await t.call('actions.create', item({ ownerId: members.rosa.id }));
    const edited = await t.call('actions.update', {
      id: created.id,
      ...item({ title: 'Adopt the runaway protocol', ownerId: members.ben.id, priority: 'high', dueOn: null }),
    });
    expect(edited).toMatchObject({
      title: 'Adopt the runaway protocol',
      ownerName: 'Ben Okafor',
      organizationName: 'Eugene Police Department',
      priority: 'high',
      dueOn: null,
    });

    await archiveDeskMember(subject, members.ben.id);
    expect((await t.call('actions.update', { id: created.id, ...item({ title: 'Adopt the protocol', ownerId: members.ben.id }) })).ownerName).toBe(
      'Ben Okafor',
    );
    expect((await t.fail('actions.update', { id: created.id, ...item({ ownerId: members.former.id }) })).code).toBe('VALIDATION');
    expect((await t.fail('actions.update', { id: UNKNOWN_ID, ...item() })).code).toBe('NOT_FOUND');
    expect((await t.call('actions.get', { id: created.id })).item.title).toBe('Adopt the protocol');
  });

  it('audits changes with a protected owner by shown name only', async () => {
    const { t, members } = await deskActionItems(subject);
    const created = await t.call('actions.create', item({ ownerId: members.advisor.id }));
    await t.call('actions.update', { id: created.id, ...item({ ownerId: members.rosa.id }) });
    await t.call('actions.update', { id: created.id, ...item({ ownerId: members.rosa.id }) });
    await t.call('actions.setStatus', { id: created.id, status: 'blocked', note: 'Waiting for the court' });
    const audit = (await deskAudit(subject)).filter((row) => row.entity === 'action-item' && row.entityId === created.id).reverse();
    expect(audit.map((row) => row.action)).toEqual(['status updated', 'updated', 'created']);
    expect(audit[2]?.changes).toMatchObject({ owner: 'Youth Advisor J', title: 'Draft the runaway protocol', status: 'open' });
    expect(audit[1]?.changes).toEqual({ ownerId: { from: members.advisor.id, to: members.rosa.id }, owner: { from: 'Youth Advisor J', to: 'Rosa Muñoz' } });
    expect(audit[0]?.changes).toEqual({ status: { from: 'open', to: 'blocked' }, note: 'Waiting for the court' });
    expect(JSON.stringify(audit)).not.toContain('Jordan');
  });
});

describeEachDesk('status updates with dates and notes', (subject) => {
  it('records each change, sets the completion date in the coalition time zone, and clears it when reopened', async () => {
    const { t } = await deskActionItems(subject);
    const created = await t.call('actions.create', item());
    t.clock.now = new Date('2026-03-05T06:30:00Z'); // still March 4th in Los Angeles
    const done = await t.call('actions.setStatus', { id: created.id, status: 'done', note: 'Sent to all partners' });
    expect(done).toMatchObject({ status: 'done', completedOn: '2026-03-04' });
    t.clock.advance(24 * 60 * 60 * 1000);
    expect((await t.call('actions.setStatus', { id: created.id, status: 'done', note: 'Partners confirmed' })).completedOn).toBe('2026-03-04');
    await t.call('actions.setStatus', { id: created.id, status: 'done' }); // the same status without a note: nothing to record
    const reopened = await t.call('actions.setStatus', { id: created.id, status: 'in-progress', note: 'One partner missing' });
    expect(reopened).toMatchObject({ status: 'in-progress', completedOn: null });

    const { updates } = await t.call('actions.get', { id: created.id });
    expect(updates.map(({ fromStatus, toStatus, note }) => [fromStatus, toStatus, note])).toEqual([
      ['done', 'in-progress', 'One partner missing'],
      ['done', 'done', 'Partners confirmed'],
      ['open', 'done', 'Sent to all partners'],
      [null, 'open', ''],
    ]);
  });

  it('records an update given at a meeting as part of that meeting, and refuses one at closed minutes', async () => {
    const { t, meetingId, approvedMeetingId } = await deskActionItems(subject);
    const created = await t.call('actions.create', item());
    await t.call('actions.setStatus', { id: created.id, status: 'in-progress', note: 'Draft circulated', meetingId });
    const refused = await t.fail('actions.setStatus', { id: created.id, status: 'done', meetingId: approvedMeetingId });
    expect(refused.code).toBe('CONFLICT');
    expect((await t.fail('actions.setStatus', { id: created.id, status: 'done', meetingId: UNKNOWN_ID })).code).toBe('NOT_FOUND');
    expect((await t.fail('actions.setStatus', { id: UNKNOWN_ID, status: 'done' })).code).toBe('NOT_FOUND');
    expect((await t.fail('actions.setStatus', { id: created.id, status: 'finished' })).code).toBe('VALIDATION');

    const { item: current, updates } = await t.call('actions.get', { id: created.id });
    expect(current.status).toBe('in-progress');
    expect(updates[0]).toMatchObject({ toStatus: 'in-progress', meetingId, meetingTitle: 'March coalition meeting' });
    expect((await t.call('meetings.get', { id: meetingId })).actionUpdates).toMatchObject([
      { actionItemId: created.id, actionItemTitle: 'Draft the runaway protocol', fromStatus: 'open', toStatus: 'in-progress', note: 'Draft circulated' },
    ]);
  });

  it('changes many items in one step, counting only those that changed, or none when one id is unknown', async () => {
    const { t } = await deskActionItems(subject);
    const ids = [];
    for (const title of ['One', 'Two', 'Three']) ids.push((await t.call('actions.create', item({ title }))).id);
    await t.call('actions.setStatus', { id: ids[0]!, status: 'done' });

    expect(await t.call('actions.bulkSetStatus', { ids: [...ids, ids[1]!], status: 'done', note: 'Closed at the retreat' })).toEqual({ changed: 2 });
    const missing = await t.fail('actions.bulkSetStatus', { ids: [ids[0]!, UNKNOWN_ID], status: 'open' });
    expect(missing).toMatchObject({
      code: 'NOT_FOUND',
      message: 'One of the chosen action items no longer exists. Reload the list and try again; nothing was changed.',
    });
    expect((await t.fail('actions.bulkSetStatus', { ids: [], status: 'open' })).code).toBe('VALIDATION');

    const { rows } = await t.call('actions.query', { sort: { field: 'title', direction: 'asc' } });
    expect(rows.map((row) => [row.title, row.status, row.completedOn])).toEqual([
      ['One', 'done', '2026-03-04'],
      ['Three', 'done', '2026-03-04'],
      ['Two', 'done', '2026-03-04'],
    ]);
    expect((await t.call('actions.get', { id: ids[1]! })).updates[0]).toMatchObject({ fromStatus: 'open', toStatus: 'done', note: 'Closed at the retreat' });
    expect((await t.call('actions.get', { id: ids[0]! })).updates).toHaveLength(2);
  });
});

describeEachDesk('every action items channel at its boundary', (subject) => {
  it('answers malformed input with VALIDATION and unknown ids with NOT_FOUND, changing nothing', async () => {
    const { t } = await deskActionItems(subject);
    const created = await t.call('actions.create', item());
    const malformed = {
      'actions.query': { statuses: ['late'] },
      'actions.get': { id: 'not-an-id' },
      'actions.create': { title: 'x'.repeat(301) },
      'actions.update': { ...item(), id: created.id, priority: 'urgent' },
      'actions.setStatus': { id: created.id, status: 'done', note: 'x'.repeat(2001) },
      'actions.bulkSetStatus': { ids: ['not-an-id'], status: 'done' },
      'actions.counts': { extra: true },
      'actions.takeDueNotice': { extra: true },
    } as const;
    for (const [channel, input] of Object.entries(malformed)) expect((await t.fail(channel as keyof typeof malformed, input)).code, channel).toBe('VALIDATION');
    expect((await t.fail('actions.get', { id: UNKNOWN_ID })).code).toBe('NOT_FOUND');
    expect((await t.fail('actions.update', { ...item(), id: UNKNOWN_ID })).code).toBe('NOT_FOUND');
    expect(await t.call('actions.get', { id: created.id })).toMatchObject({
      item: { status: 'open', title: 'Draft the runaway protocol', priority: 'normal' },
      updates: [{ toStatus: 'open' }],
    });
  });
});

// The top bar's search also asks the directory's search, which does not run on PostgreSQL yet: SQLCipher only until it does.
describe('action items in the top bar search', () => {
  it('finds items through the meeting search by title, details and owner, never by a protected full name', async () => {
    const { t, members } = await actionItemsCoalition();
    const created = await t.call('actions.create', item({ title: 'Call the shelter', details: 'Ask about beds for minors', ownerId: members.advisor.id }));
    const found = async (query: string) =>
      (await t.call('search.global', { query, limit: 20 })).filter((hit) => hit.kind === 'action-item').map((hit) => hit.id);
    expect(await found('shelter')).toEqual([created.id]);
    expect(await found('beds minors')).toEqual([created.id]);
    expect(await found('advisor')).toEqual([created.id]);
    expect(await found('jordan')).toEqual([]);
    await t.call('actions.update', { id: created.id, ...item({ title: 'Call the hospital', ownerId: members.rosa.id }) });
    expect(await found('shelter')).toEqual([]);
    expect(await found('rosa')).toEqual([created.id]);
  });
});
