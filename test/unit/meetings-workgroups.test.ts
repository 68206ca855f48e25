import { describe, expect, it } from 'vitest';
import { hitSubtitle } from '../../main/meetings/hitSubtitle';
import { archiveDeskMember } from './support/deskDirectory';
import { deskRoster } from './support/deskRoster';
import { describeEachDesk } from './support/eachDesk';
import { itemInput, meetingCoalition, meetingInput } from './support/meetingInputs';

const unknownId = '01900000-0000-7000-8000-000000000000';

describeEachDesk('workgroups have a chair and members from the roster', (subject) => {
  it('creates, edits, archives and restores a workgroup, with history', async () => {
    const { t } = subject;
    const { members } = await deskRoster(subject);
    const created = await t.call('workgroups.create', {
      name: 'Protocols',
      description: 'Shared protocols',
      chairId: members.rosa.id,
      memberIds: [members.rosa.id, members.advisor.id],
    });
    expect(created).toMatchObject({ name: 'Protocols', chair: { id: members.rosa.id, shownName: 'Rosa Muñoz' }, archivedAt: null });
    expect(created.members.map((member) => member.shownName)).toEqual(['Youth Advisor J', 'Rosa Muñoz']);

    const updated = await t.call('workgroups.update', { id: created.id, name: 'Protocols and training', chairId: null, memberIds: [members.ben.id] });
    expect(updated).toMatchObject({ name: 'Protocols and training', chair: null, members: [{ id: members.ben.id, shownName: 'Ben Okafor' }] });
    expect((await t.call('workgroups.archive', { id: created.id })).archivedAt).not.toBeNull();
    expect(await t.call('workgroups.list', {})).toEqual([]);
    expect(await t.call('workgroups.list', { includeArchived: true })).toHaveLength(1);
    expect((await t.call('workgroups.restore', { id: created.id })).archivedAt).toBeNull();
  });

  it('lists workgroups by name as people read them, accents and capitals aside', async () => {
    const { t } = subject;
    for (const name of ['Éducation', 'data', 'Youth voice', 'Advocacy']) await t.call('workgroups.create', { name });
    expect((await t.call('workgroups.list', {})).map((workgroup) => workgroup.name)).toEqual(['Advocacy', 'data', 'Éducation', 'Youth voice']);
  });

  it('refuses unknown or archived people with VALIDATION, and an unknown workgroup with NOT_FOUND', async () => {
    const { t } = subject;
    const { members } = await deskRoster(subject);
    expect(await t.fail('workgroups.create', { name: 'Data', chairId: unknownId })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { chairId: ['That person is not in the roster.'] },
    });
    await archiveDeskMember(subject, members.cy.id);
    expect(await t.fail('workgroups.create', { name: 'Data', memberIds: [members.cy.id] })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { memberIds: [expect.stringContaining('archived')] },
    });
    expect((await t.fail('workgroups.archive', { id: unknownId })).code).toBe('NOT_FOUND');
    expect(await t.call('workgroups.list', { includeArchived: true })).toEqual([]);
  });
});

describeEachDesk('workgroups and meetings', (subject) => {
  it('refuses an archived workgroup for a new meeting', async () => {
    const { t } = subject;
    const workgroup = await t.call('workgroups.create', { name: 'Data' });
    await t.call('workgroups.archive', { id: workgroup.id });
    expect(await t.fail('meetings.create', meetingInput({ kind: 'workgroup', workgroupId: workgroup.id }))).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { workgroupId: [expect.stringContaining('archived')] },
    });
    expect(await t.call('meetings.list', {})).toEqual([]);
  });
});

describeEachDesk('agenda templates', (subject) => {
  it('saves a meeting’s own items under a name, lists and deletes them', async () => {
    const { t } = subject;
    const first = await t.call('meetings.create', meetingInput({ recurrence: { frequency: 'weekly', interval: 1, count: 2 } }));
    const second = (await t.call('meetings.get', { id: first.id })).nextInSeries?.id ?? '';
    await t.call('agenda.addItem', itemInput(second, { title: 'Sector updates', type: 'information', timeboxMinutes: 25, description: 'Two minutes each' }));
    const template = await t.call('templates.saveFromMeeting', { meetingId: second, name: 'Regular meeting' });
    expect(template.items).toEqual([{ title: 'Sector updates', type: 'information', timeboxMinutes: 25, description: 'Two minutes each' }]);
    expect(await t.call('templates.list', {})).toEqual([template]);
    await t.call('templates.delete', { id: template.id });
    expect(await t.call('templates.list', {})).toEqual([]);
    expect((await t.fail('templates.delete', { id: template.id })).code).toBe('NOT_FOUND');
    expect(await t.fail('meetings.create', meetingInput({ templateId: template.id }))).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { templateId: [expect.any(String)] },
    });
  });

  it('refuses a template from a meeting without items of its own', async () => {
    const { t } = subject;
    const meeting = await t.call('meetings.create', meetingInput());
    expect((await t.fail('templates.saveFromMeeting', { meetingId: meeting.id, name: 'Empty' })).code).toBe('CONFLICT');
  });
});

describe('meeting content in the global search', () => {
  it('finds meetings, agenda items, notes and decisions, saying where each lives', async () => {
    const { t } = await meetingCoalition();
    const workgroup = await t.call('workgroups.create', { name: 'Outreach' });
    const meeting = await t.call(
      'meetings.create',
      meetingInput({ title: 'Spring planning', kind: 'workgroup', workgroupId: workgroup.id, location: 'Kestrel library' }),
    );
    const item = await t.call('agenda.addItem', itemInput(meeting.id, { title: 'Hotline posters' }));
    const secret = await t.call('agenda.addItem', itemInput(meeting.id, { title: 'Case review' }));
    await t.call('agenda.saveNotes', { id: secret.id, html: '<p>Placement near Marigold street</p>', confidential: true });
    await t.call('decisions.record', { meetingId: meeting.id, text: 'Print 500 posters', outcome: 'adopted' });

    const search = async (query: string) =>
      (await t.call('search.global', { query })).map(({ kind, title, subtitle, meetingId }) => ({ kind, title, subtitle, meetingId }));
    expect(await search('kestrel')).toEqual([{ kind: 'meeting', title: 'Spring planning', subtitle: 'Meeting · Mar 12, 2026', meetingId: meeting.id }]);
    expect(await search('outreach')).toEqual([{ kind: 'meeting', title: 'Spring planning', subtitle: 'Meeting · Mar 12, 2026', meetingId: meeting.id }]);
    expect(await search('hotline')).toEqual([
      { kind: 'agenda-item', title: 'Hotline posters', subtitle: 'Agenda item · Spring planning · Mar 12, 2026', meetingId: meeting.id },
    ]);
    expect(await search('marigold')).toEqual([
      { kind: 'agenda-item', title: 'Case review', subtitle: 'Notes (confidential) · Spring planning', meetingId: meeting.id },
    ]);
    expect(await search('500 posters')).toEqual([
      { kind: 'decision', title: 'Print 500 posters', subtitle: 'Decision · Spring planning', meetingId: meeting.id },
    ]);

    await t.call('workgroups.update', { id: workgroup.id, name: 'Community reach' });
    expect(await search('outreach')).toEqual([]);
    expect(await search('community reach')).toHaveLength(1);
    await t.call('meetings.update', { ...meetingInput({ title: 'Autumn planning', kind: 'workgroup', workgroupId: workgroup.id }), id: meeting.id });
    expect((await search('autumn')).map((hit) => hit.kind).sort()).toEqual(['decision', 'meeting']);
    await t.call('agenda.removeItem', { id: item.id });
    expect(await search('hotline')).toEqual([]);
  });
});

describe('search subtitles', () => {
  it('names the owner and due date of an action item in the date style, and leaves out what is unknown', () => {
    const context = {
      id: 'a',
      meetingId: 'm',
      meetingTitle: 'March meeting',
      meetingStartsAt: '2026-03-12T10:00',
      confidentialNotes: 0,
      ownerName: 'Rosa Muñoz',
      dueOn: '2026-04-01',
    };
    expect(hitSubtitle('action-item', context, 'medium')).toBe('Action item · Rosa Muñoz · due Apr 1, 2026');
    expect(hitSubtitle('agenda-item', context, 'long')).toBe('Agenda item · March meeting · March 12, 2026');
    expect(hitSubtitle('action-item', { ...context, ownerName: null, dueOn: null }, 'medium')).toBe('Action item');
    expect(hitSubtitle('meeting', undefined, 'medium')).toBe('Meeting');
  });
});
