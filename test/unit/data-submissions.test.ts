import { expect, it } from 'vitest';
import type { SubmissionInput } from '../../shared/contract';
import { measureSetById } from '../../shared/dataMeasureSets';
import { byKey, plCoalition } from './support/dataCoalition';
import { deskRoster } from './support/deskRoster';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';

/** What a submission holds, in a form a test can compare before and after a refused save. */
async function stored(subject: DeskUnderTest, organizationId: string, period: string) {
  const submission = await subject.t.call('data.submission', { organizationId, period });
  return {
    note: submission.note,
    submittedAt: submission.submittedAt,
    figures: submission.lines.map((line) => [line.measure.id, line.figure?.total ?? null]),
    corrections: submission.corrections.length,
  };
}

describeEachDesk('the measures catalogue', (subject) => {
  it('switches the P.L. 113-183 set on and off without copying it twice or losing figures', async () => {
    const { t } = subject;
    const empty = await t.call('data.catalogue', {});
    expect(empty.measures).toEqual([]);
    expect(empty.sets.map((set) => [set.id, set.active])).toEqual([
      ['pl-113-183', false],
      ['screening-placement', false],
      ['capacity', false],
    ]);

    const on = await t.call('data.setMeasureSet', { setId: 'pl-113-183', active: true });
    expect(on.measures.map((measure) => measure.builtinKey)).toEqual(measureSetById('pl-113-183')?.measures.map((measure) => measure.key));
    const keys = byKey(on);
    expect(on.measures.find((measure) => measure.builtinKey === 'pl.reported-le-24h')?.within24hOf).toBe(keys['pl.reported-le']);
    expect(on.measures.find((measure) => measure.builtinKey === 'pl.identified')).toMatchObject({
      period: 'quarterly',
      sectors: ['child-welfare'],
      breakdowns: ['age', 'gender', 'type', 'status'],
      definitionVersion: 1,
    });

    const off = await t.call('data.setMeasureSet', { setId: 'pl-113-183', active: false });
    expect(off.measures.every((measure) => !measure.active)).toBe(true);
    const again = await t.call('data.setMeasureSet', { setId: 'pl-113-183', active: true });
    expect(again.measures.map((measure) => measure.id)).toEqual(on.measures.map((measure) => measure.id));
    expect(again.sets.find((set) => set.id === 'pl-113-183')?.active).toBe(true);
  });

  it('keeps each figure with the definition it was counted under when the definition changes', async () => {
    const { t } = subject;
    const { organizations } = await deskRoster(subject);
    const missing = await t.call('data.createMeasure', {
      name: 'Missing episodes',
      definition: 'Any unauthorized absence.',
      unit: 'episodes',
      period: 'monthly',
      sectors: ['child-welfare'],
    });
    const within = await t.call('data.createMeasure', {
      name: 'Reported within 24 hours',
      definition: 'Reported within a day.',
      unit: 'episodes',
      period: 'monthly',
      sectors: ['child-welfare'],
      within24hOf: missing.id,
    });
    expect(within.within24hOf).toBe(missing.id);
    await t.call('data.saveSubmission', { organizationId: organizations.welfare.id, period: '2026-01', figures: [{ measureId: missing.id, total: 7 }] });
    const changed = await t.call('data.updateMeasure', {
      id: missing.id,
      name: 'Missing episodes',
      definition: 'Absences of 24 hours or more.',
      unit: 'episodes',
      period: 'monthly',
      sectors: ['child-welfare'],
    });
    expect(changed.definitionVersion).toBe(2);
    await t.call('data.saveSubmission', { organizationId: organizations.welfare.id, period: '2026-02', figures: [{ measureId: missing.id, total: 3 }] });
    const line = async (period: string) =>
      (await t.call('data.submission', { organizationId: organizations.welfare.id, period })).lines.find((row) => row.measure.id === missing.id);
    expect((await line('2026-01'))?.figure).toMatchObject({ total: 7, definitionVersion: 1, definition: 'Any unauthorized absence.' });
    expect((await line('2026-02'))?.figure).toMatchObject({ total: 3, definitionVersion: 2, definition: 'Absences of 24 hours or more.' });
  });

  it('refuses a within-24-hours link to a measure of another period or to itself', async () => {
    const { t } = subject;
    const quarterly = await t.call('data.createMeasure', { name: 'Identified', definition: 'Youth identified.', unit: 'youth', period: 'quarterly' });
    expect(
      await t.fail('data.createMeasure', { name: 'Within', definition: 'Within a day.', unit: 'youth', period: 'monthly', within24hOf: quarterly.id }),
    ).toMatchObject({ code: 'VALIDATION', fieldErrors: { within24hOf: [expect.stringContaining('counted quarterly')] } });
    expect(
      await t.fail('data.updateMeasure', {
        id: quarterly.id,
        name: 'Identified',
        definition: 'Youth identified.',
        unit: 'youth',
        period: 'quarterly',
        within24hOf: quarterly.id,
      }),
    ).toMatchObject({ code: 'VALIDATION' });
    expect((await t.call('data.catalogue', {})).measures).toHaveLength(1);
  });
});

describeEachDesk('submissions: counts only, never people', (subject) => {
  it.each([
    ['a name from the roster', 'Counted by Ben Okafor after the audit', 'name of a person on the roster', 'Okafor'],
    ['a protected member’s display name', 'two from Youth Advisor J referrals', 'name of a person on the roster', 'Advisor J'],
    ['a date of birth', 'one youth born 2011-05-02 moved', 'date of birth', '2011'],
    ['a case number', 'duplicate of case CW-20231 removed', 'case, file or client number', '20231'],
  ])('refuses a note with %s, explaining why without repeating it, and stores nothing', async (_what, note, explanation, identifier) => {
    const { organizations, measures } = await plCoalition(subject);
    const before = await stored(subject, organizations.welfare.id, '2026-Q1');
    const failure = await subject.t.fail('data.saveSubmission', {
      organizationId: organizations.welfare.id,
      period: '2026-Q1',
      note,
      figures: [{ measureId: measures['pl.identified'], total: 4 }],
    });
    expect(failure).toMatchObject({ code: 'VALIDATION', fieldErrors: { note: [expect.stringContaining(explanation)] } });
    expect(JSON.stringify(failure)).not.toContain(identifier);
    expect(await stored(subject, organizations.welfare.id, '2026-Q1')).toEqual(before);
  });

  it('has no field a name could go in: an unknown field is refused', async () => {
    const { organizations, measures } = await plCoalition(subject);
    const failure = await subject.t.fail('data.saveSubmission', {
      organizationId: organizations.welfare.id,
      period: '2026-Q1',
      figures: [{ measureId: measures['pl.identified'], total: 1, youthName: 'Rosa' }],
    });
    expect(failure.code).toBe('VALIDATION');
  });
});

describeEachDesk('submissions: consistency checks', (subject) => {
  const save = (input: SubmissionInput) => subject.t.fail('data.saveSubmission', input);

  it('refuses breakdowns that do not add up, a 24-hour part above its total, negative or fractional counts, and a measure not owed, changing nothing', async () => {
    const { organizations, measures } = await plCoalition(subject);
    const key = { organizationId: organizations.welfare.id, period: '2026-Q1' };
    const before = await stored(subject, key.organizationId, key.period);
    expect(
      await save({ ...key, figures: [{ measureId: measures['pl.identified'] ?? '', total: 12, breakdown: { age: { '12-14': 4, '15-17': 5 } } }] }),
    ).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: {
        [`figures.${measures['pl.identified']}`]: [
          'Age band adds up to 9, but the total is 12. Correct a cell or the total, or leave the whole age band breakdown blank.',
        ],
      },
    });
    expect(
      await save({
        ...key,
        figures: [
          { measureId: measures['pl.reported-le'] ?? '', total: 4 },
          { measureId: measures['pl.reported-le-24h'] ?? '', total: 5 },
        ],
      }),
    ).toMatchObject({ code: 'VALIDATION', fieldErrors: { [`figures.${measures['pl.reported-le-24h']}`]: [expect.stringContaining('cannot be more than')] } });
    expect(await save({ ...key, figures: [{ measureId: measures['pl.reported-le-24h'] ?? '', total: 2 }] })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { [`figures.${measures['pl.reported-le-24h']}`]: [expect.stringContaining('too')] },
    });
    expect((await save({ ...key, figures: [{ measureId: measures['pl.identified'] ?? '', total: -1 }] })).code).toBe('VALIDATION');
    expect((await save({ ...key, figures: [{ measureId: measures['pl.identified'] ?? '', total: 2.5 }] })).code).toBe('VALIDATION');
    expect(
      await save({ organizationId: organizations.police.id, period: '2026-Q1', figures: [{ measureId: measures['pl.identified'] ?? '', total: 2 }] }),
    ).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { [`figures.${measures['pl.identified']}`]: [expect.stringContaining('does not report this measure')] },
    });
    expect((await save({ ...key, period: '2026-01', figures: [{ measureId: measures['pl.identified'] ?? '', total: 2 }] })).code).toBe('VALIDATION');
    expect(await stored(subject, key.organizationId, key.period)).toEqual(before);
    expect(await stored(subject, organizations.police.id, '2026-Q1')).toEqual({ note: '', submittedAt: null, figures: [], corrections: 0 });
  });

  it('refuses lowering a total below the 24-hour part already stored', async () => {
    const { organizations, measures } = await plCoalition(subject);
    const key = { organizationId: organizations.welfare.id, period: '2026-Q1' };
    await subject.t.call('data.saveSubmission', {
      ...key,
      figures: [
        { measureId: measures['pl.reported-le'] ?? '', total: 5 },
        { measureId: measures['pl.reported-le-24h'] ?? '', total: 4 },
      ],
    });
    expect(await save({ ...key, reason: 'recount', figures: [{ measureId: measures['pl.reported-le'] ?? '', total: 3 }] })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { [`figures.${measures['pl.reported-le']}`]: [expect.stringContaining('cannot be more than')] },
    });
  });

  it('flags a figure far outside the organization’s own history for a second look', async () => {
    const { organizations, measures } = await plCoalition(subject);
    const measureId = measures['pl.missing'] ?? '';
    const history: [string, number][] = [
      ['2025-Q1', 10],
      ['2025-Q2', 12],
      ['2025-Q3', 11],
      ['2025-Q4', 9],
    ];
    for (const [period, total] of history)
      await subject.t.call('data.saveSubmission', { organizationId: organizations.welfare.id, period, figures: [{ measureId, total }] });
    const flagOf = async (total: number, reason = '') => {
      const saved = await subject.t.call('data.saveSubmission', {
        organizationId: organizations.welfare.id,
        period: '2026-Q1',
        reason,
        figures: [{ measureId, total }],
      });
      return saved.lines.find((line) => line.measure.id === measureId)?.farFromHistory;
    };
    expect(await flagOf(60)).toBe(true);
    expect(await flagOf(13, 'a typing slip')).toBe(false);
  });
});

describeEachDesk('submissions: who owes what, and corrections', (subject) => {
  it('shows who owes, who submitted and who is late, by the due day 15 days after the period', async () => {
    const { t } = subject;
    const { organizations, measures } = await plCoalition(subject);
    await t.call('data.setMeasureSet', { setId: 'capacity', active: true });
    const lastQuarter = await t.call('data.overview', { period: '2025-Q4' });
    expect(lastQuarter.period).toMatchObject({ dueOn: '2026-01-15' });
    expect(lastQuarter.organizations.map((row) => [row.name, row.owed, row.state])).toEqual([
      ['Eugene Police Department', 7, 'late'],
      ['Lane County Child Welfare', 17, 'late'],
    ]);
    await t.call('data.saveSubmission', {
      organizationId: organizations.welfare.id,
      period: '2026-Q1',
      figures: [{ measureId: measures['pl.identified'] ?? '', total: 3 }],
    });
    const thisQuarter = await t.call('data.overview', { period: '2026-Q1' });
    expect(thisQuarter.organizations.map((row) => [row.name, row.entered, row.state])).toEqual([
      ['Eugene Police Department', 0, 'not-yet-due'],
      ['Lane County Child Welfare', 1, 'submitted'],
    ]);
  });

  it('keeps the earlier values of a correction with who and why, and asks for the reason first', async () => {
    const { t } = subject;
    const { organizations, measures } = await plCoalition(subject);
    const key = { organizationId: organizations.welfare.id, period: '2026-Q1' };
    const identified = measures['pl.identified'] ?? '';
    await t.call('data.saveSubmission', {
      ...key,
      note: 'Two sites reporting.',
      figures: [{ measureId: identified, total: 12, breakdown: { status: { confirmed: 8, suspected: 4 } } }],
    });
    const before = await stored(subject, key.organizationId, key.period);
    const unexplained = await t.fail('data.saveSubmission', {
      ...key,
      figures: [{ measureId: identified, total: 14, breakdown: { status: { confirmed: 9, suspected: 5 } } }],
    });
    expect(unexplained).toMatchObject({ code: 'VALIDATION', fieldErrors: { reason: [expect.stringContaining('Say why')] } });
    expect(await stored(subject, key.organizationId, key.period)).toEqual(before);

    const corrected = await t.call('data.saveSubmission', {
      ...key,
      note: 'Two sites reporting.',
      reason: 'Late records from the east office',
      figures: [{ measureId: identified, total: 14, breakdown: { status: { confirmed: 9, suspected: 5 } } }],
    });
    expect(corrected.lines.find((line) => line.measure.id === identified)?.figure?.total).toBe(14);
    expect(corrected.corrections).toEqual([
      expect.objectContaining({
        measureId: identified,
        wasTotal: 12,
        nowTotal: 14,
        wasBreakdown: { status: { confirmed: 8, suspected: 4 } },
        nowBreakdown: { status: { confirmed: 9, suspected: 5 } },
        reason: 'Late records from the east office',
        correctedBy: expect.any(String),
      }),
    ]);
    expect(corrected.submittedAt).toBe(before.submittedAt);
    // Saving the same figures again is not a correction.
    expect(
      (await t.call('data.saveSubmission', { ...key, figures: [{ measureId: identified, total: 14, breakdown: { status: { suspected: 5, confirmed: 9 } } }] }))
        .corrections,
    ).toHaveLength(1);
  });
});

describeEachDesk('the small numbers threshold is a setting', (subject) => {
  it('is 10 until changed, keeps a new value, and refuses 0 or a fraction changing nothing', async () => {
    const { t } = subject;
    expect(await t.call('data.smallNumbers', {})).toEqual({ threshold: 10 });
    expect(await t.call('data.setSmallNumbers', { threshold: 5 })).toEqual({ threshold: 5 });
    expect((await t.fail('data.setSmallNumbers', { threshold: 0 })).code).toBe('VALIDATION');
    expect((await t.fail('data.setSmallNumbers', { threshold: 2.5 })).code).toBe('VALIDATION');
    expect(await t.call('data.smallNumbers', {})).toEqual({ threshold: 5 });
  });
});
