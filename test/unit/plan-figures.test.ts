import { describe, expect, it } from 'vitest';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import type { ChannelInput, Objective } from '../../shared/contract';
import { progressWords } from '../../shared/planProgressWords';
import { byKey } from './support/dataCoalition';
import { deskRoster } from './support/deskRoster';
import { readDocx } from './support/docxText';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';
import { settled } from './support/exportJobs';
import { pdfPages, squeezed } from './support/pdfPages';
import { rewindSqliteSchema } from './support/rewindSchema';
import { PASSPHRASE, createTestWorkspace, testDesk, withDatabaseFile } from './support/testDesk';

/** An objective whose progress follows a catalogue measure's figures (issue 14, "an objective's measure"). */

const day = (iso: string) => iso;

/** Wednesday 2026-11-04 in Los Angeles: Q3 2026 has ended, Q4 is running. */
async function figuresDesk(subject: DeskUnderTest) {
  const { t } = subject;
  t.clock.now = new Date('2026-11-04T17:00:00Z');
  await t.call('preferences.setTimeZone', { timeZone: 'America/Los_Angeles' });
  const { organizations } = await deskRoster(subject);
  const goal = await t.call('plan.createGoal', { title: 'Youth are found and served' });
  const measure = (name: string, unit: string) =>
    t.call('data.createMeasure', { name, definition: `${name}, as the partners count them.`, unit, period: 'quarterly' });
  const objective = (figures: { measureId: string; span: 'latest-period' | 'year' }, overrides: Partial<ChannelInput<'plan.createObjective'>> = {}) =>
    t.call('plan.createObjective', {
      goalId: goal.id,
      title: 'Screen more youth',
      baseline: 0,
      target: 60,
      targetDate: '2026-12-31',
      progressMode: 'figures',
      figures,
      ...overrides,
    });
  const report = (organizationId: string, period: string, measureId: string, total: number, reason = '') =>
    t.call('data.saveSubmission', { organizationId, period, reason, figures: [{ measureId, total }] });
  const current = async (id: string): Promise<Objective> => (await t.call('plan.getObjective', { id })).objective;
  return { t, goal, organizations, measure, objective, report, current };
}

describeEachDesk('an objective following a catalogue measure', (subject) => {
  it('counts the coalition-wide total of the latest period with figures, and moves when a partner reports', async () => {
    const { t, organizations, measure, objective, report, current } = await figuresDesk(subject);
    const screened = await measure('Youth screened', 'youth');
    const followed = await objective({ measureId: screened.id, span: 'latest-period' });
    expect(followed).toMatchObject({
      progressMode: 'figures',
      progress: { share: null },
      figures: { measureId: screened.id, measureName: 'Youth screened', span: 'latest-period', measureActive: true, value: null },
    });
    expect(progressWords(followed, day)).toBe('No figures yet for “Youth screened”');

    await report(organizations.welfare.id, '2026-Q2', screened.id, 10);
    await report(organizations.welfare.id, '2026-Q3', screened.id, 30);
    expect((await current(followed.id)).figures).toMatchObject({ value: 30, periodWords: 'Q3 2026' });
    await report(organizations.police.id, '2026-Q3', screened.id, 12);
    const moved = await current(followed.id);
    expect(moved).toMatchObject({ progress: { share: 0.7 }, figures: { value: 42, periodWords: 'Q3 2026', hiddenWhenShared: null } });
    expect(progressWords(moved, day)).toBe('70%: 42 youth in Q3 2026, target 60');
    // The whole plan reads the same.
    expect((await t.call('plan.get', {})).goals[0]?.objectives[0]?.figures?.value).toBe(42);
  });

  it('adds up the year for "people trained this year", and keeps to the year of its target date', async () => {
    const { t, organizations, measure, objective, report, current } = await figuresDesk(subject);
    const trained = await measure('People trained', 'people');
    const followed = await objective({ measureId: trained.id, span: 'year' }, { target: 200 });
    await report(organizations.welfare.id, '2025-Q4', trained.id, 100);
    await report(organizations.welfare.id, '2026-Q1', trained.id, 20);
    await report(organizations.police.id, '2026-Q2', trained.id, 30);
    await report(organizations.welfare.id, '2026-Q3', trained.id, 50);
    expect(await current(followed.id)).toMatchObject({ progress: { share: 0.5 }, figures: { value: 100, periodWords: 'Q1–Q3 2026' } });

    t.clock.now = new Date('2027-01-20T17:00:00Z');
    await report(organizations.welfare.id, '2026-Q4', trained.id, 40);
    expect((await current(followed.id)).figures).toMatchObject({ value: 140, periodWords: '2026' });
    t.clock.now = new Date('2027-05-20T17:00:00Z');
    await report(organizations.welfare.id, '2027-Q1', trained.id, 500);
    expect((await current(followed.id)).figures).toMatchObject({ value: 140, periodWords: '2026' });
  });

  it('stops following, and says why, when the measure’s set is switched off; follows again when it is back on', async () => {
    const { t, organizations, objective, report, current } = await figuresDesk(subject);
    const trainedId = byKey(await t.call('data.setMeasureSet', { setId: 'capacity', active: true }))['cap.people-trained'] ?? '';
    const followed = await objective({ measureId: trainedId, span: 'latest-period' }, { title: 'Train the hotel staff', target: 40 });
    await report(organizations.welfare.id, '2026-Q3', trainedId, 30);
    expect((await current(followed.id)).progress.share).toBe(0.75);

    await t.call('data.setMeasureSet', { setId: 'capacity', active: false });
    const stopped = await current(followed.id);
    expect(stopped).toMatchObject({ progressMode: 'figures', progress: { share: null }, figures: { measureActive: false, value: null } });
    expect(progressWords(stopped, day)).toBe('Not following the figures: “People trained” is switched off on the Data page');
    // The objective can still be edited with its measure; a new one cannot choose a switched-off measure.
    const edited = await t.call('plan.updateObjective', {
      id: followed.id,
      goalId: followed.goalId,
      title: 'Train hotel staff',
      target: 40,
      targetDate: '2026-12-31',
      progressMode: 'figures',
      figures: { measureId: trainedId, span: 'latest-period' },
    });
    expect(edited.title).toBe('Train hotel staff');
    const refused = await t.fail('plan.createObjective', {
      goalId: followed.goalId,
      title: 'Another',
      progressMode: 'figures',
      figures: { measureId: trainedId, span: 'year' },
    });
    expect(refused).toMatchObject({ code: 'VALIDATION', fieldErrors: { figures: [expect.stringContaining('switched off on the Data page')] } });
    expect((await t.call('plan.measureChoices', { text: 'trained' })).map((choice) => choice.id)).not.toContain(trainedId);

    await t.call('data.setMeasureSet', { setId: 'capacity', active: true });
    expect(await current(followed.id)).toMatchObject({ progress: { share: 0.75 }, figures: { measureActive: true, value: 30 } });
    expect((await t.call('plan.measureChoices', { text: 'trained' })).map((choice) => choice.label)).toContain('People trained');
  });

  it('refuses following without a measure, or an unknown one, changing nothing; going back to by-hand stops following', async () => {
    const { t, goal, measure, objective, current } = await figuresDesk(subject);
    const before = await t.call('plan.get', {});
    expect(await t.fail('plan.createObjective', { goalId: goal.id, title: 'X', progressMode: 'figures' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { figures: ['Choose the measure whose figures progress follows.'] },
    });
    expect(
      await t.fail('plan.createObjective', {
        goalId: goal.id,
        title: 'X',
        progressMode: 'figures',
        figures: { measureId: '01900000-0000-7000-8000-000000000000', span: 'year' },
      }),
    ).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { figures: [expect.stringContaining('not in the catalogue')] },
    });
    expect(await t.call('plan.get', {})).toEqual(before);

    const screened = await measure('Youth screened', 'youth');
    const followed = await objective({ measureId: screened.id, span: 'year' });
    const byHand = await t.call('plan.updateObjective', {
      id: followed.id,
      goalId: goal.id,
      title: followed.title,
      target: 60,
      progressMode: 'manual',
      figures: { measureId: screened.id, span: 'year' },
    });
    expect(byHand).toMatchObject({ progressMode: 'manual', figures: null });
    expect((await current(followed.id)).figures).toBeNull();
  });
});

async function exportedText(subject: DeskUnderTest, start: () => Promise<{ jobId: string }>, format: 'pdf' | 'docx'): Promise<string> {
  const { jobId } = await start();
  const status = await settled(subject.t, jobId);
  if (status.state !== 'finished') throw new Error(`the export ended ${status.state}`);
  const bytes = Buffer.from((await subject.t.call('exports.download', { jobId })).contentBase64, 'base64');
  return squeezed(format === 'pdf' ? pdfPages(bytes).join('\n') : readDocx(bytes).body);
}

describeEachDesk('a followed count in exports', (subject) => {
  it('is exact for the coordinator, and never printed from 1 to 10 in the plan export or the annual report', async () => {
    const { t, organizations, measure, objective, report } = await figuresDesk(subject);
    const screened = await measure('Youth screened', 'youth');
    const small = await objective({ measureId: screened.id, span: 'latest-period' }, { title: 'Screen every youth in care' });
    await report(organizations.welfare.id, '2026-Q3', screened.id, 3);
    await report(organizations.police.id, '2026-Q3', screened.id, 4);
    const exact = (await t.call('plan.getObjective', { id: small.id })).objective;
    expect(exact).toMatchObject({ progress: { share: 7 / 60 }, figures: { value: 7, hiddenWhenShared: 'small' } });
    expect(progressWords(exact, day)).toBe('12%: 7 youth in Q3 2026, target 60');

    for (const format of ['pdf', 'docx'] as const) {
      const plan = await exportedText(subject, () => t.call('plan.export', { format }), format);
      expect(plan).toContain('fewer than 11 youth in Q3 2026, target 60');
      expect(plan).not.toContain('7 youth');
      expect(plan).not.toContain('12%');
      expect(plan).toContain('Figures of “Youth screened” (the latest period with figures)');
    }
    const annual = await exportedText(subject, () => t.call('annualReport.export', { from: '2026-01-01', to: '2026-09-30', format: 'pdf' }), 'pdf');
    // The table cell wraps: "fewer than 11 youth in" / "Q3 2026, target 60".
    expect(annual).toMatch(/Screen every youth in care On track fewer than 11 youth in/);
    expect(annual).not.toContain('7 youth');
    expect(annual).not.toContain('12%');

    // A count above the threshold prints, with its share, where its parts would not.
    await report(organizations.welfare.id, '2026-Q3', screened.id, 38, 'The second site’s log came in late.');
    const plan = await exportedText(subject, () => t.call('plan.export', { format: 'pdf' }), 'pdf');
    expect(plan).toContain('70%: 42 youth in Q3 2026, target 60');
  });
});

describe('upgrading a workspace made before objectives could follow figures (step 180)', () => {
  it('keeps every objective as it was, and lets one follow a measure afterwards', async () => {
    const t = testDesk();
    t.clock.now = new Date('2026-11-04T17:00:00Z');
    const { workspace } = await createTestWorkspace(t);
    const goal = await t.call('plan.createGoal', { title: 'Youth are found and served' });
    const byHand = await t.call('plan.createObjective', {
      goalId: goal.id,
      title: 'Screen more youth',
      measure: 'Youth screened',
      target: 60,
      progressMode: 'manual',
    });
    const linked = await t.call('plan.createObjective', { goalId: goal.id, title: 'Roll out the tool', progressMode: 'linked-actions' });
    const screened = await t.call('data.createMeasure', {
      name: 'Youth screened',
      definition: 'Youth screened with the county tool.',
      unit: 'youth',
      period: 'quarterly',
    });
    const before = await t.call('plan.get', {});
    await t.call('workspace.lock', {});
    await withDatabaseFile(workspaceFiles(workspace.path), (db) => rewindSqliteSchema(db, 160));

    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(await t.call('plan.get', {})).toEqual(before);
    expect(before.goals[0]?.objectives.map((objective) => [objective.id, objective.progressMode, objective.figures])).toEqual([
      [byHand.id, 'manual', null],
      [linked.id, 'linked-actions', null],
    ]);
    const following = await t.call('plan.updateObjective', {
      id: byHand.id,
      goalId: goal.id,
      title: byHand.title,
      measure: 'Youth screened',
      target: 60,
      progressMode: 'figures',
      figures: { measureId: screened.id, span: 'latest-period' },
    });
    expect(following).toMatchObject({ progressMode: 'figures', figures: { measureName: 'Youth screened', value: null } });
  });
});
