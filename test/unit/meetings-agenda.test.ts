import { describe, expect, it } from 'vitest';
import { sanitizeNotes } from '../../main/meetings/notesSanitizer';
import { withStoredDatabase } from './support/directoryInputs';
import { deskWithWorkspace, itemInput, meetingInput } from './support/meetingInputs';

async function meetingWithItems(titles: string[]) {
  const { t, workspacePath } = await deskWithWorkspace();
  const meeting = await t.call('meetings.create', meetingInput({ title: 'March meeting' }));
  const items = [];
  for (const title of titles) items.push(await t.call('agenda.addItem', itemInput(meeting.id, { title, timeboxMinutes: 10 * (items.length + 1) })));
  return { t, workspacePath, meeting, items };
}

describe('an agenda is an ordered list with timeboxes', () => {
  it('keeps positions 1..n through adding, reordering and removing, and sums the timeboxes', async () => {
    const { t, meeting, items } = await meetingWithItems(['Welcome', 'Protocols', 'Training']);
    const [welcome, protocols, training] = items.map((item) => item.id) as [string, string, string];
    const reordered = await t.call('agenda.reorder', { meetingId: meeting.id, itemIds: [training, welcome, protocols] });
    expect(reordered.map((item) => [item.position, item.title])).toEqual([
      [1, 'Training'],
      [2, 'Welcome'],
      [3, 'Protocols'],
    ]);
    await t.call('agenda.removeItem', { id: welcome });
    const detail = await t.call('meetings.get', { id: meeting.id });
    expect(detail.agenda.map((item) => [item.position, item.title])).toEqual([
      [1, 'Training'],
      [2, 'Protocols'],
    ]);
    expect(detail.agendaMinutes).toBe(50);
    expect(detail.history.map((entry) => entry.action)).toEqual([
      'agenda item removed',
      'agenda reordered',
      'agenda item added',
      'agenda item added',
      'agenda item added',
      'created',
    ]);
  });

  it('refuses an order that is not exactly the agenda’s items with VALIDATION, and keeps the old order', async () => {
    const { t, meeting, items } = await meetingWithItems(['Welcome', 'Protocols']);
    const [welcome, protocols] = items.map((item) => item.id) as [string, string];
    const other = await t.call('meetings.create', meetingInput());
    const stranger = await t.call('agenda.addItem', itemInput(other.id));
    for (const itemIds of [[welcome], [welcome, welcome], [welcome, protocols, stranger.id], [welcome, stranger.id]]) {
      expect(await t.fail('agenda.reorder', { meetingId: meeting.id, itemIds })).toMatchObject({
        code: 'VALIDATION',
        message: expect.stringContaining('every item of this agenda exactly once'),
      });
    }
    expect((await t.call('meetings.get', { id: meeting.id })).agenda.map((item) => item.id)).toEqual([welcome, protocols]);
  });

  it('edits an item and refuses a presenter who is not in the roster', async () => {
    const { t, items } = await meetingWithItems(['Welcome']);
    const id = items[0]?.id ?? '';
    expect(
      await t.call('agenda.updateItem', { id, title: 'Welcome and introductions', type: 'information', timeboxMinutes: 5, description: 'Round of names' }),
    ).toMatchObject({ title: 'Welcome and introductions', type: 'information', timeboxMinutes: 5 });
    const refused = await t.fail('agenda.updateItem', { id, title: 'x', presenterId: '01900000-0000-7000-8000-000000000000' });
    expect(refused).toMatchObject({ code: 'VALIDATION', fieldErrors: { presenterId: ['That person is not in the roster.'] } });
    expect((await t.fail('agenda.removeItem', { id: '01900000-0000-7000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });

  it('tracks the current item of a running meeting', async () => {
    const { t, meeting, items } = await meetingWithItems(['Welcome', 'Protocols']);
    await t.call('meetings.start', { id: meeting.id });
    t.clock.advance(60_000);
    await t.call('meetings.setCurrentItem', { meetingId: meeting.id, itemId: items[1]?.id ?? '' });
    expect((await t.call('meetings.get', { id: meeting.id })).currentItem).toEqual({ id: items[1]?.id, startedAt: t.clock.now.toISOString() });
    const other = await t.call('meetings.create', meetingInput());
    const stranger = await t.call('agenda.addItem', itemInput(other.id));
    expect((await t.fail('meetings.setCurrentItem', { meetingId: meeting.id, itemId: stranger.id })).code).toBe('NOT_FOUND');
    await t.call('meetings.setCurrentItem', { meetingId: meeting.id, itemId: null });
    expect((await t.call('meetings.get', { id: meeting.id })).currentItem).toBeNull();
  });
});

describe('notes are sanitized, saved cheaply, and confidential when marked', () => {
  it('keeps structure and safe links only', () => {
    const { html, text } = sanitizeNotes(
      '<h1>Minutes</h1><p onclick="x()">Agreed <strong>yes</strong> &amp; <em>no</em> <a href="javascript:alert(1)">bad</a> <a href="https://example.org" target="_blank">ok</a> <a href="mailto:a@b.org">mail</a></p><script>alert(1)</script><img src=x onerror=alert(1)><ul><li>one</li><li>two</li></ul>',
    );
    expect(html).toBe(
      '<h2>Minutes</h2><p>Agreed <strong>yes</strong> &amp; <em>no</em> <a rel="noopener noreferrer">bad</a> <a href="https://example.org" rel="noopener noreferrer">ok</a> <a href="mailto:a@b.org" rel="noopener noreferrer">mail</a></p><ul><li>one</li><li>two</li></ul>',
    );
    expect(text).toBe('Minutes\nAgreed yes & no bad ok mail\none\ntwo');
  });

  it('stores html, plain text and the flag; only a change of the flag is written to the history', async () => {
    const { t, workspacePath, meeting, items } = await meetingWithItems(['Case review']);
    const id = items[0]?.id ?? '';
    const saved = await t.call('agenda.saveNotes', { id, html: '<p>Youth <b>A</b> placed</p><script>x</script>', confidential: false });
    expect(saved).toEqual({ savedAt: t.clock.now.toISOString() });
    await t.call('agenda.saveNotes', { id, html: '<p>Youth <b>A</b> placed safely</p>', confidential: false });
    await t.call('agenda.saveNotes', { id, html: '<p>Youth <b>A</b> placed safely</p>', confidential: true });
    const detail = await t.call('meetings.get', { id: meeting.id });
    expect(detail.agenda[0]).toMatchObject({
      notesHtml: '<p>Youth <b>A</b> placed safely</p>',
      notesConfidential: true,
      notesUpdatedAt: t.clock.now.toISOString(),
    });
    expect(detail.history.map((entry) => entry.action)).toEqual(['notes marked confidential', 'agenda item added', 'created']);
    const stored = await withStoredDatabase(t, workspacePath, (db) => db.prepare('SELECT notes_text AS text FROM agenda_items WHERE id = ?').get(id));
    expect(stored).toEqual({ text: 'Youth A placed safely' });
  });
});

describe('approved minutes change only inside an amendment', () => {
  async function approvedMeeting() {
    const { t, workspacePath, meeting, items } = await meetingWithItems(['Protocols']);
    await t.call('meetings.start', { id: meeting.id });
    await t.call('agenda.saveNotes', { id: items[0]?.id ?? '', html: '<p>Agreed</p>', confidential: false });
    await t.call('meetings.finish', { id: meeting.id });
    await t.call('meetings.approveMinutes', { id: meeting.id });
    return { t, workspacePath, meeting, item: items[0] ?? { id: '' } };
  }

  it('refuses every change to approved minutes, and nothing changes', async () => {
    const { t, meeting, item } = await approvedMeeting();
    const before = await t.call('meetings.get', { id: meeting.id });
    const refusals = [
      await t.fail('agenda.saveNotes', { id: item.id, html: '<p>Changed</p>', confidential: false }),
      await t.fail('agenda.addItem', itemInput(meeting.id)),
      await t.fail('agenda.removeItem', { id: item.id }),
      await t.fail('meetings.update', { ...meetingInput({ title: 'New' }), id: meeting.id }),
      await t.fail('decisions.record', { meetingId: meeting.id, text: 'Late decision', outcome: 'adopted' }),
      await t.fail('attendance.addGuest', { meetingId: meeting.id, name: 'Guest' }),
    ];
    for (const refusal of refusals)
      expect(refusal).toMatchObject({
        code: 'CONFLICT',
        message: 'The minutes of "March meeting" are approved. Record an amendment, with its reason, to change them.',
      });
    expect(await t.call('meetings.get', { id: meeting.id })).toEqual(before);
  });

  it('opens an amendment with its reason and the record as it stood, allows changes, closes it, and keeps the history', async () => {
    const { t, workspacePath, meeting, item } = await approvedMeeting();
    const before = await t.call('meetings.get', { id: meeting.id });
    t.clock.advance(86_400_000);
    await t.call('meetings.openAmendment', { id: meeting.id, reason: 'A name was misspelled' });
    expect((await t.fail('meetings.openAmendment', { id: meeting.id, reason: 'Again' })).code).toBe('CONFLICT');
    await t.call('agenda.saveNotes', { id: item.id, html: '<p>Agreed by all</p>', confidential: false });
    await t.call('meetings.closeAmendment', { id: meeting.id });
    expect((await t.fail('agenda.saveNotes', { id: item.id, html: '<p>More</p>', confidential: false })).code).toBe('CONFLICT');
    expect((await t.fail('meetings.closeAmendment', { id: meeting.id })).code).toBe('CONFLICT');

    const after = await t.call('meetings.get', { id: meeting.id });
    expect(after.amending).toBe(false);
    expect(after.amendments).toEqual([
      { id: expect.any(String), reason: 'A name was misspelled', openedAt: t.clock.now.toISOString(), closedAt: t.clock.now.toISOString(), profile: 'tester' },
    ]);
    expect(after.agenda[0]?.notesHtml).toBe('<p>Agreed by all</p>');
    expect(after.history.slice(0, 2).map((entry) => entry.action)).toEqual(['amendment closed', 'amendment opened']);
    const recordBefore = await withStoredDatabase(
      t,
      workspacePath,
      (db) => (db.prepare('SELECT record_before AS record FROM meeting_amendments').get() as { record: string }).record,
    );
    expect(JSON.parse(recordBefore)).toEqual(before);
  });

  it('refuses an amendment of minutes that are not approved', async () => {
    const { t, meeting } = await meetingWithItems([]);
    expect(await t.fail('meetings.openAmendment', { id: meeting.id, reason: 'Why not' })).toMatchObject({
      code: 'CONFLICT',
      message: 'Only approved minutes need an amendment. "March meeting" can be changed directly.',
    });
  });
});
