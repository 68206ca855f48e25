import { describe, expect, it } from 'vitest';
import { measureTable } from '../../shared/dataReview';
import { PASSPHRASE, testDesk } from './support/testDesk';

describe('the sample coalition’s figures', () => {
  it('holds two years of quarterly P.L. 113-183 figures from six organizations, with one late submission, one correction and one outlier', async () => {
    const t = testDesk();
    await t.call('workspace.createSample', { passphrase: PASSPHRASE, location: null });
    const series = await t.call('dataReview.series', { from: '2024-Q1', to: '2025-Q4', setId: 'pl-113-183' });
    const identified = series.measures.find((measure) => measure.name === 'Youth identified as sex trafficking victims');
    expect(identified).toBeDefined();
    const table = measureTable(series, identified?.id ?? '', 'exact');
    expect(table.organizations).toHaveLength(6);
    expect(table.cells.every((line) => line.every((cell) => (cell.value ?? 0) > 0))).toBe(true);
    expect(
      measureTable(series, identified?.id ?? '', 'shared')
        .cells.flat()
        .some((cell) => cell.label === 'hidden'),
    ).toBe(true);

    const overviews = await Promise.all(series.periods.map((period) => t.call('data.overview', { period })));
    const late = overviews.flatMap((overview) =>
      overview.organizations.filter((row) => row.state === 'submitted-late').map((row) => [overview.period.id, row.name]),
    );
    expect(late).toEqual([['2024-Q4', 'Street Outreach Collective of Riverbend']]);

    const departments = series.organizations.find((organization) => organization.name === 'Riverbend County Department of Children and Families');
    const corrected = await t.call('data.submission', { organizationId: departments?.id ?? '', period: '2025-Q2' });
    expect(corrected.corrections).toHaveLength(1);
    expect(corrected.corrections[0]).toMatchObject({
      measureName: 'Youth identified as sex trafficking victims',
      reason: expect.stringContaining('intake sites'),
    });

    const shelter = series.organizations.find((organization) => organization.name === 'Lantern House Youth Shelter');
    const outlier = await t.call('data.submission', { organizationId: shelter?.id ?? '', period: '2025-Q3' });
    expect(outlier.lines.filter((line) => line.farFromHistory).map((line) => line.measure.name)).toEqual(['Missing-from-care episodes']);
  });
});
