import { expect, it } from 'vitest';
import type { Catalogue } from '../../shared/contract';
import { type MeasureTable, complianceRates, measureTable, trendSummary } from '../../shared/dataReview';
import type { SharedTable } from '../../shared/smallNumbers';
import { addDeskOrganization } from './support/deskDirectory';
import { deskRoster } from './support/deskRoster';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';
import { meetingInput } from './support/meetingInputs';
import { adoptedProtocol } from './support/deskProtocols';
import { recoverHidden } from './support/smallNumberAttack';

const byKey = (catalogue: Catalogue): Record<string, string> =>
  Object.fromEntries(catalogue.measures.flatMap((measure) => (measure.builtinKey ? [[measure.builtinKey, measure.id]] : [])));

/**
 * Three child welfare offices and the police (which owes nothing of the P.L. set) report 2025-Q1 to 2026-Q1; today is
 * 2026-05-20, so 2026-Q1 was due on 2026-04-15 and the third office has not sent it.
 */
async function reviewCoalition(subject: DeskUnderTest) {
  const { t } = subject;
  t.clock.now = new Date('2025-04-02T17:00:00Z');
  const { organizations } = await deskRoster(subject);
  const east = await addDeskOrganization(subject, { name: 'East County Child Welfare', sector: 'child-welfare' });
  const west = await addDeskOrganization(subject, { name: 'West County Child Welfare', sector: 'child-welfare' });
  const measures = byKey(await t.call('data.setMeasureSet', { setId: 'pl-113-183', active: true }));
  const identified = measures['pl.identified'] ?? '';
  const reported = measures['pl.reported-le'] ?? '';
  const within = measures['pl.reported-le-24h'] ?? '';
  const save = (organizationId: string, period: string, figures: [string, number][], breakdown: Record<string, number> = {}) =>
    t.call('data.saveSubmission', {
      organizationId,
      period,
      figures: figures.map(([measureId, total]) => ({
        measureId,
        total,
        ...(measureId === identified && Object.keys(breakdown).length > 0 ? { breakdown: { type: breakdown } } : {}),
      })),
    });
  const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'];
  for (const [at, period] of quarters.entries()) {
    await save(
      organizations.welfare.id,
      period,
      [
        [identified, 40 + at],
        [reported, 30],
        [within, 24],
      ],
      { sex: 30 + at, labor: 10 },
    );
    await save(east.id, period, [
      [identified, 3 + at],
      [reported, 20],
      [within, 20],
    ]);
    if (period !== '2026-Q1')
      await save(west.id, period, [
        [identified, 25],
        [reported, 25],
        [within, 12],
      ]);
  }
  t.clock.now = new Date('2026-05-20T17:00:00Z');
  return { organizations: { ...organizations, east, west }, measures: { identified, reported, within } };
}

/** What an attacker holds: the shown table as the shared/smallNumbers form the attack reads (hidden values unknown). */
function published(table: MeasureTable): SharedTable {
  const cell = (shown: MeasureTable['grandTotal']) => ({ value: shown.value ?? -1, hidden: shown.hidden ? ('small' as const) : null });
  return {
    cells: table.cells.map((line) => line.map(cell)),
    rowTotals: table.organizationTotals.map(cell),
    columnTotals: table.periodTotals.map(cell),
    grandTotal: cell(table.grandTotal),
  };
}

describeEachDesk('the data review series', (subject) => {
  it('returns each measure by organization and period, breakdowns summed, and the submissions still missing', async () => {
    const { organizations, measures } = await reviewCoalition(subject);
    const series = await subject.t.call('dataReview.series', { from: '2025-Q1', to: '2026-Q1', setId: 'pl-113-183' });
    expect(series.periods).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    expect(series.threshold).toBe(10);
    expect(series.measures).toHaveLength(10);
    expect(series.organizations.map((organization) => organization.name)).toEqual([
      'East County Child Welfare',
      'Eugene Police Department',
      'Lane County Child Welfare',
      'West County Child Welfare',
    ]);

    const exact = measureTable(series, measures.identified, 'exact');
    expect(exact.periodTotals.map((total) => total.value)).toEqual([68, 70, 72, 74, 51]);
    expect(exact.organizations.map((organization) => organization.id)).toEqual([organizations.east.id, organizations.welfare.id, organizations.west.id]);
    expect(
      series.breakdowns.filter((cell) => cell.measureId === measures.identified && cell.period === '2025-Q4').map((cell) => [cell.cellId, cell.count]),
    ).toEqual([
      ['sex', 33],
      ['labor', 10],
    ]);
    expect(series.missing).toEqual([{ organizationId: organizations.west.id, period: '2026-Q1', owed: 10, entered: 0, late: true }]);

    expect(trendSummary(exact)).toBe(
      'Youth identified as sex trafficking victims: 51 youth in Q1 2026 (Jan–Mar), down from 74 the period before (Q4 2025 (Oct–Dec)); down from 68 a year earlier (Q1 2025 (Jan–Mar)). The highest shown was 74 in Q4 2025 (Oct–Dec).',
    );
    const rates = complianceRates(series, 'exact').find((compliance) => compliance.measure.id === measures.within);
    expect(rates?.rates.map((rate) => rate.label)).toEqual(['75%', '75%', '75%', '75%', '88%']);
  });

  it('filters by sector and set, and refuses a range that mixes months and quarters or runs backwards', async () => {
    const { t } = subject;
    await reviewCoalition(subject);
    const police = await t.call('dataReview.series', { from: '2025-Q1', to: '2026-Q1', sectors: ['law-enforcement-justice'] });
    expect([police.organizations.map((organization) => organization.name), police.figures, police.missing]).toEqual([['Eugene Police Department'], [], []]);
    expect((await t.call('dataReview.series', { from: '2025-Q1', to: '2026-Q1', setId: 'capacity' })).measures).toEqual([]);
    expect((await t.fail('dataReview.series', { from: '2025-Q1', to: '2026-03' })).code).toBe('VALIDATION');
    expect((await t.fail('dataReview.series', { from: '2026-Q1', to: '2025-Q1' })).code).toBe('VALIDATION');
    expect((await t.fail('dataReview.series', { from: '1900-Q1', to: '2026-Q1' })).code).toBe('VALIDATION');
  });

  it('shares no count from 1 to 10, and no hidden cell can be worked back out from the shown totals', async () => {
    const { organizations, measures } = await reviewCoalition(subject);
    const series = await subject.t.call('dataReview.series', { from: '2025-Q1', to: '2026-Q1' });
    const shared = measureTable(series, measures.identified, 'shared');
    const east = shared.organizations.findIndex((organization) => organization.id === organizations.east.id);
    expect(shared.cells[east]?.map((cell) => cell.label)).toEqual(['hidden', 'hidden', 'hidden', 'hidden', 'hidden']);
    const labels = [...shared.cells.flat(), ...shared.organizationTotals, ...shared.periodTotals, shared.grandTotal]
      .filter((cell) => !cell.hidden)
      .map((cell) => cell.value);
    expect(labels.some((value) => value !== null && value >= 1 && value <= 10)).toBe(false);
    expect(recoverHidden(published(shared))).toEqual([]);
    expect(trendSummary(shared)).toContain('hidden to protect small numbers');
    // 24 of 30 reported within 24 hours: with the total shown, the rate would give the 6 others away.
    const welfareOnly = { ...series, organizations: series.organizations.filter((organization) => organization.id === organizations.welfare.id) };
    const rateLabels = (view: 'exact' | 'shared') =>
      complianceRates(welfareOnly, view)
        .find((compliance) => compliance.measure.id === measures.within)
        ?.rates.map((rate) => rate.label);
    expect(rateLabels('exact')?.[0]).toBe('80%');
    expect(rateLabels('shared')?.[0]).toBe('not shown (small numbers)');
  });
});

describeEachDesk('the coalition health', (subject) => {
  it('counts attendance by sector, the core sectors never at the table, action items by month and age, and overdue reviews', async () => {
    const { t } = subject;
    t.clock.now = new Date('2026-01-05T17:00:00Z');
    const { members } = await deskRoster(subject);
    const meeting = await t.call('meetings.create', meetingInput({ title: 'January coalition meeting', startsAt: '2026-01-06T10:00' }));
    await t.call('meetings.start', { id: meeting.id });
    const attendees = await t.call('attendance.invite', { meetingId: meeting.id, memberIds: [members.rosa.id, members.ben.id, members.cy.id] });
    for (const attendee of attendees.filter((row) => row.memberId !== members.cy.id)) await t.call('attendance.mark', { id: attendee.id, status: 'present' });
    await t.call('attendance.addGuest', { meetingId: meeting.id, name: 'A school counsellor', organization: 'Lane ESD', sector: 'education' });
    await t.call('meetings.finish', { id: meeting.id });
    await t.call('actions.create', { title: 'Draft the screening form', ownerId: members.rosa.id, dueOn: null, status: 'open' });
    const done = await t.call('actions.create', { title: 'Book the room', ownerId: members.ben.id, dueOn: null, status: 'open' });
    t.clock.now = new Date('2026-02-10T17:00:00Z');
    await t.call('actions.setStatus', { id: done.id, status: 'done' });
    await adoptedProtocol(subject, '2024-06-01');
    t.clock.now = new Date('2026-04-20T17:00:00Z');

    const health = await t.call('dataReview.health', { from: '2026-01', to: '2026-03' });
    expect(health.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(health.attendance).toEqual([
      { month: '2026-01', sector: 'child-welfare', count: 1 },
      { month: '2026-01', sector: 'law-enforcement-justice', count: 1 },
      { month: '2026-01', sector: 'education', count: 1 },
    ]);
    expect(health.neverConsulted).not.toContain('child-welfare');
    expect(health.neverConsulted).not.toContain('education');
    expect(health.neverConsulted).toContain('runaway-homeless-youth');
    expect(health.actions).toEqual([
      { month: '2026-01', opened: 2, done: 0 },
      { month: '2026-02', opened: 0, done: 1 },
      { month: '2026-03', opened: 0, done: 0 },
    ]);
    expect(health.openAges).toEqual({ under30: 0, from30to90: 0, over90: 1, oldestDays: 105 });
    expect(health.overdueProtocols.map((protocol) => [protocol.title, protocol.nextReviewOn])).toEqual([['Runaway and missing youth protocol', '2025-06-01']]);
    expect((await t.fail('dataReview.health', { from: '2026-03', to: '2026-01' })).code).toBe('VALIDATION');
  });
});
