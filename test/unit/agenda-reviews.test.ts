import { describe, expect, it } from 'vitest';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { deskRoster } from './support/deskRoster';
import { readDocx } from './support/docxText';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';
import { runExport } from './support/exportJobs';
import { meetingCoalition, meetingInput } from './support/meetingInputs';
import { contentStreams, pdfImageList } from './support/pdfDrawing';
import { pdfPages, squeezed } from './support/pdfPages';
import type { TestDesk } from './support/testDesk';
import { withDatabaseFile } from './support/testDesk';

/** Thursday 2026-03-12 in Los Angeles, the day of the meeting. */
async function planAndMeeting(t: TestDesk) {
  t.clock.now = new Date('2026-03-12T18:00:00Z');
  await t.call('preferences.setTimeZone', { timeZone: 'America/Los_Angeles' });
  const goal = await t.call('plan.createGoal', { title: 'Youth missing from care are found fast' });
  const onTrack = await t.call('plan.createObjective', { goalId: goal.id, title: 'Train every shelter', measure: 'Shelters trained', baseline: 0, target: 12 });
  const atRisk = await t.call('plan.createObjective', {
    goalId: goal.id,
    title: 'Screen every return from care',
    measure: 'Returns screened',
    baseline: 0,
    target: 100,
  });
  await t.call('plan.recordProgress', { objectiveId: atRisk.id, recordedOn: '2026-03-01', value: 20, status: 'at-risk', note: '' });
  const meeting = await t.call('meetings.create', meetingInput({ title: 'March meeting', startsAt: '2026-03-12T10:00' }));
  return { goal, onTrack, atRisk, meeting };
}

/** The stored snapshot's JSON, read behind the app's back on either engine. */
async function storedSnapshotText(subject: DeskUnderTest, itemId: string): Promise<string> {
  if (subject.serverEngine) {
    const row = await subject.serverEngine.db.selectFrom('agenda_data_snapshots').select('figures').where('item_id', '=', itemId).executeTakeFirstOrThrow();
    return row.figures ?? '';
  }
  const { workspace } = await subject.t.call('workspace.details', {});
  return withDatabaseFile(
    workspaceFiles(workspace.path),
    (db) => (db.prepare('SELECT figures FROM agenda_data_snapshots WHERE item_id = ?').get(itemId) as { figures: string }).figures,
  );
}

describeEachDesk('a plan review on the agenda', (subject) => {
  it('walks the objectives at risk first and records an update into the plan and the meeting', async () => {
    const { t } = subject;
    const { onTrack, atRisk, meeting } = await planAndMeeting(t);
    const item = await t.call('agendaReviews.addItem', { meetingId: meeting.id, kind: 'plan-review' });
    expect(item).toMatchObject({ role: 'plan-review', title: 'Plan review', type: 'discussion' });
    expect((await t.call('meetings.get', { id: meeting.id })).agenda.map((each) => each.role)).toEqual(['plan-review']);

    const review = await t.call('agendaReviews.planReview', { itemId: item.id });
    expect(review.objectives.map((entry) => [entry.objective.title, entry.needsAttention])).toEqual([
      ['Screen every return from care', true],
      ['Train every shelter', false],
    ]);
    expect(review).toMatchObject({ editable: true, recordedOn: '2026-03-12' });

    await t.call('meetings.start', { id: meeting.id });
    const after = await t.call('agendaReviews.recordPlanUpdate', {
      itemId: item.id,
      objectiveId: onTrack.id,
      value: 5,
      status: 'at-risk',
      note: 'Two shelters postponed.',
    });
    expect(after.objectives.find((entry) => entry.objective.id === onTrack.id)?.updatesHere).toMatchObject([
      { recordedOn: '2026-03-12', value: 5, status: 'at-risk', note: 'Two shelters postponed.' },
    ]);
    expect(after.objectives.find((entry) => entry.objective.id === atRisk.id)?.updatesHere).toEqual([]);
    // The plan itself has the dated update and the new status.
    const detail = await t.call('plan.getObjective', { id: onTrack.id });
    expect(detail.objective).toMatchObject({ status: 'at-risk', progress: { latestValue: 5, latestOn: '2026-03-12' } });
    expect(detail.updates.map((update) => update.note)).toEqual(['Two shelters postponed.']);

    // An item with updates stays on the agenda; it is not carried over as a plain item either.
    expect(await t.fail('agenda.removeItem', { id: item.id })).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses updates once the minutes are approved, and leaves the plan as it was', async () => {
    const { t } = subject;
    const { onTrack, meeting } = await planAndMeeting(t);
    const item = await t.call('agendaReviews.addItem', { meetingId: meeting.id, kind: 'plan-review' });
    await t.call('meetings.start', { id: meeting.id });
    await t.call('meetings.finish', { id: meeting.id });
    await t.call('meetings.approveMinutes', { id: meeting.id, atMeetingId: null });
    expect((await t.call('agendaReviews.planReview', { itemId: item.id })).editable).toBe(false);
    expect(await t.fail('agendaReviews.recordPlanUpdate', { itemId: item.id, objectiveId: onTrack.id, value: 9, status: 'done', note: '' })).toMatchObject({
      code: 'CONFLICT',
    });
    expect((await t.call('plan.getObjective', { id: onTrack.id })).updates).toEqual([]);
    expect(
      await t.fail('agendaReviews.takeDataSnapshot', { itemId: item.id, periodKind: 'monthly', from: '2026-01', to: '2026-02', measureIds: [onTrack.id] }),
    ).toMatchObject({ code: 'VALIDATION' });
  });

  it('adds the review to the next planned meeting once', async () => {
    const { t } = subject;
    t.clock.now = new Date('2026-03-01T18:00:00Z');
    expect(await t.fail('agendaReviews.addToNextMeeting', { kind: 'plan-review' })).toMatchObject({ code: 'NOT_FOUND' });
    await t.call('meetings.create', meetingInput({ title: 'February meeting', startsAt: '2026-02-12T10:00' }));
    const april = await t.call('meetings.create', meetingInput({ title: 'April meeting', startsAt: '2026-04-09T10:00' }));
    await t.call('meetings.create', meetingInput({ title: 'March meeting', startsAt: '2026-03-12T10:00' }));
    const first = await t.call('agendaReviews.addToNextMeeting', { kind: 'plan-review' });
    expect(first).toMatchObject({ meetingTitle: 'March meeting', alreadyThere: false, item: { role: 'plan-review' } });
    const again = await t.call('agendaReviews.addToNextMeeting', { kind: 'plan-review' });
    expect(again).toMatchObject({ meetingId: first.meetingId, alreadyThere: true, item: { id: first.item.id } });
    expect((await t.call('meetings.get', { id: april.id })).agenda).toEqual([]);
  });
});

describeEachDesk('a data review snapshot on the agenda', (subject) => {
  async function figures() {
    const { t } = subject;
    const { organizations } = await deskRoster(subject);
    const screened = await t.call('data.createMeasure', {
      name: 'Youth screened',
      definition: 'Screened with the county tool.',
      unit: 'youth',
      period: 'monthly',
    });
    const save = (organizationId: string, period: string, total: number, reason = '') =>
      t.call('data.saveSubmission', { organizationId, period, figures: [{ measureId: screened.id, total }], reason });
    await save(organizations.welfare.id, '2026-01', 40);
    await save(organizations.police.id, '2026-01', 12);
    await save(organizations.welfare.id, '2026-02', 3);
    await save(organizations.welfare.id, '2026-03', 25);
    const { meeting } = await planAndMeeting(t);
    const item = await t.call('agendaReviews.addItem', { meetingId: meeting.id, kind: 'data-review' });
    return { t, organizations, screened, save, meeting, item };
  }

  it('stores the figures as shared: small counts and the one that would give them away hidden, and never stored', async () => {
    const { t, screened, item } = await figures();
    expect((await t.call('agendaReviews.dataReview', { itemId: item.id })).snapshot).toBeNull();
    const review = await t.call('agendaReviews.takeDataSnapshot', {
      itemId: item.id,
      periodKind: 'monthly',
      from: '2026-01',
      to: '2026-04',
      measureIds: [screened.id],
    });
    const snapshot = review.snapshot;
    expect(snapshot?.periods.map((period) => period.id)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(snapshot?.rows.map((row) => row[0])).toEqual([
      { value: 52, hidden: null, noFigures: false },
      { value: null, hidden: 'small', noFigures: false },
      // The total (80) and January/March would give February's 3 away: one more figure is hidden with it.
      { value: null, hidden: 'complementary', noFigures: false },
      { value: 0, hidden: null, noFigures: true },
    ]);
    expect(snapshot?.totals[0]).toEqual({ value: 80, hidden: null, noFigures: false });
    expect(review.choice).toEqual({ periodKind: 'monthly', from: '2026-01', to: '2026-04', measureIds: [screened.id] });
    const stored = JSON.parse(await storedSnapshotText(subject, item.id)) as { rows: Array<Array<{ value: number | null }>> };
    expect(stored.rows.flat().map((figure) => figure.value)).toEqual([52, null, null, 0]);
  });

  it('keeps the snapshot after a correction until it is taken again', async () => {
    const { t, organizations, screened, save, item } = await figures();
    const choice = { itemId: item.id, periodKind: 'monthly' as const, from: '2026-01', to: '2026-01', measureIds: [screened.id] };
    await t.call('agendaReviews.takeDataSnapshot', choice);
    t.clock.advance(60_000);
    await save(organizations.welfare.id, '2026-01', 45, 'Counted a late screening.');
    expect((await t.call('agendaReviews.dataReview', { itemId: item.id })).snapshot?.totals[0]?.value).toBe(52);
    expect((await t.call('agendaReviews.takeDataSnapshot', choice)).snapshot?.totals[0]?.value).toBe(57);
  });

  it('refuses a bad choice with nothing stored, and a snapshot on approved minutes', async () => {
    const { t, screened, item, meeting } = await figures();
    const quarterly = await t.call('data.createMeasure', { name: 'Trainings', definition: 'Held.', unit: 'trainings', period: 'quarterly' });
    expect(
      await t.fail('agendaReviews.takeDataSnapshot', { itemId: item.id, periodKind: 'monthly', from: '2026-03', to: '2026-01', measureIds: [screened.id] }),
    ).toMatchObject({ code: 'VALIDATION', fieldErrors: { to: [expect.stringContaining('before')] } });
    expect(
      await t.fail('agendaReviews.takeDataSnapshot', { itemId: item.id, periodKind: 'monthly', from: '2026-Q1', to: '2026-03', measureIds: [screened.id] }),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(
      await t.fail('agendaReviews.takeDataSnapshot', { itemId: item.id, periodKind: 'monthly', from: '2024-01', to: '2026-03', measureIds: [screened.id] }),
    ).toMatchObject({ code: 'VALIDATION', fieldErrors: { to: [expect.stringContaining('at most')] } });
    expect(
      await t.fail('agendaReviews.takeDataSnapshot', { itemId: item.id, periodKind: 'monthly', from: '2026-01', to: '2026-03', measureIds: [quarterly.id] }),
    ).toMatchObject({ code: 'VALIDATION', fieldErrors: { measureIds: [expect.any(String)] } });
    expect((await t.call('agendaReviews.dataReview', { itemId: item.id })).choice).toBeNull();
    await t.call('meetings.start', { id: meeting.id });
    await t.call('meetings.finish', { id: meeting.id });
    await t.call('meetings.approveMinutes', { id: meeting.id, atMeetingId: null });
    expect(
      await t.fail('agendaReviews.takeDataSnapshot', { itemId: item.id, periodKind: 'monthly', from: '2026-01', to: '2026-03', measureIds: [screened.id] }),
    ).toMatchObject({ code: 'CONFLICT' });
  });

  /** The snapshot of January to April: 52, then 3 (small), 25 (hidden with it: the total would give it away), none. */
  async function recordWithSnapshot() {
    const { t, screened, item, meeting } = await figures();
    await t.call('agendaReviews.takeDataSnapshot', { itemId: item.id, periodKind: 'monthly', from: '2026-01', to: '2026-04', measureIds: [screened.id] });
    return { t, meeting };
  }

  it('draws it as a small vector chart in the PDF, hidden figures neither drawn nor printed, and says it in one sentence', async () => {
    const { t, meeting } = await recordWithSnapshot();
    const { bytes } = await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf' });
    const text = squeezed(pdfPages(bytes).join('\n'));
    const section = text.slice(text.indexOf('Data snapshot'), text.indexOf('Decisions'));
    expect(section).toContain('By period: Youth screened was 52 in January 2026 (2 figures hidden).');
    // The legend names the line and says what a hollow point is; the table says "hidden" for both hidden figures.
    expect(section).toContain('hidden (not drawn)');
    expect(section.match(/\bhidden\b/g)?.length).toBeGreaterThanOrEqual(4);
    expect(section).not.toMatch(/(^|\s)(3|25)(\s|$)/);
    expect(section).not.toMatch(/fewer than|suppressed|withheld/);
    // Drawn as paths in the first series' colour (a line, its points as curves), and no picture anywhere.
    const streams = contentStreams(bytes).join('\n');
    expect(streams).toMatch(/0 0\.447\d* 0\.698\d* SCN/);
    expect(streams).toMatch(/\d l\s/);
    expect(streams).toMatch(/\d c\s/);
    expect(pdfImageList(bytes)).toEqual([]);
  });

  it('keeps the table and the same sentence in the Word file', async () => {
    const { t, meeting } = await recordWithSnapshot();
    const body = readDocx((await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'docx' })).bytes).body;
    const docx = body.slice(body.indexOf('Data snapshot'), body.indexOf('Decisions'));
    expect(docx).toContain('By period: Youth screened was 52 in January 2026 (2 figures hidden).');
    expect(docx).toContain('hidden');
    expect(docx).not.toMatch(/(^|\s)(3|25)(\s|$)/);
  });
});

describe('plan and data reviews in the meeting record', () => {
  it('lists the updates recorded and the snapshot table under their items, in the PDF and the Word file', async () => {
    const { t, organizations } = await meetingCoalition();
    const { onTrack, meeting } = await planAndMeeting(t);
    const screened = await t.call('data.createMeasure', {
      name: 'Youth screened',
      definition: 'Screened with the county tool.',
      unit: 'youth',
      period: 'monthly',
    });
    await t.call('data.saveSubmission', {
      organizationId: organizations.welfare.id,
      period: '2026-01',
      figures: [{ measureId: screened.id, total: 40 }],
      reason: '',
    });
    await t.call('data.saveSubmission', {
      organizationId: organizations.welfare.id,
      period: '2026-02',
      figures: [{ measureId: screened.id, total: 4 }],
      reason: '',
    });
    const plan = await t.call('agendaReviews.addItem', { meetingId: meeting.id, kind: 'plan-review' });
    const data = await t.call('agendaReviews.addItem', { meetingId: meeting.id, kind: 'data-review' });
    await t.call('meetings.start', { id: meeting.id });
    await t.call('agendaReviews.recordPlanUpdate', { itemId: plan.id, objectiveId: onTrack.id, value: 7, status: 'on-track', note: 'Seven shelters trained.' });
    await t.call('agendaReviews.takeDataSnapshot', { itemId: data.id, periodKind: 'monthly', from: '2026-01', to: '2026-02', measureIds: [screened.id] });

    const pdf = squeezed(pdfPages((await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf' })).bytes).join('\n'));
    for (const line of [
      '1. Plan review',
      'Plan updates recorded at this meeting',
      'Train every shelter',
      'Seven shelters trained.',
      '2. Data review',
      'Data snapshot',
      'Youth screened (youth)',
      'January 2026',
      'hidden',
    ])
      expect(pdf).toContain(line);
    expect(pdf).not.toMatch(/February 2026 4\b/);
    const docx = readDocx((await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'docx' })).bytes).body;
    for (const line of ['Plan updates recorded at this meeting', 'Seven shelters trained.', 'Data snapshot', 'hidden']) expect(docx).toContain(line);
  });
});
