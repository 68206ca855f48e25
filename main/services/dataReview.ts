import type { ChannelParsedInput } from '../../shared/contract';
import type { BreakdownCounts } from '../../shared/dataBreakdowns';
import { isLate, parsePeriod } from '../../shared/dataPeriods';
import { type ReviewBreakdownCell, type ReviewMissing, type ReviewSeries, periodRange } from '../../shared/dataReview';
import { AppError } from '../../shared/errors';
import { listMeasures } from '../db/dataMeasureRepository';
import { figuresInPeriods, reviewOrganizations, submittedPeriods } from '../db/dataReviewRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { smallNumbers } from './dataSmallNumbers';
import { owes } from './dataSubmissions';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

/** Periods a review may span: 10 years of months. */
const MAX_PERIODS = 120;

type ReviewQuery = ChannelParsedInput<'dataReview.series'>;

/**
 * The data review's one query (model and views: shared/dataReview.ts), for the review page, the annual report and a
 * meeting's data review item alike: the active measures of the range's kind (of one set, if chosen), the figures of
 * the organizations of the chosen sectors, breakdowns summed, and the submissions still missing for ended periods.
 */
export async function reviewSeries(context: ServiceContext, input: ReviewQuery): Promise<ReviewSeries> {
  const { threshold } = await smallNumbers(context);
  return reviewSeriesOn(storage(context), input, { today: context.now().toISOString().slice(0, 10), threshold });
}

export async function reviewSeriesOn(db: StorageExecutor, input: ReviewQuery, at: { today: string; threshold: number }): Promise<ReviewSeries> {
  const periods = requireRange(input.from, input.to);
  const kind = parsePeriod(input.from)?.kind ?? 'quarterly';
  const measures = (await listMeasures(db, { activeOnly: true, kind })).filter((measure) => input.setId === null || measure.setId === input.setId);
  const sectors = new Set(input.sectors);
  const inSectors = (await reviewOrganizations(db)).filter((organization) => sectors.size === 0 || sectors.has(organization.sector));
  const chosen = new Set(inSectors.map((organization) => organization.id));
  const rows = (
    await figuresInPeriods(
      db,
      measures.map((measure) => measure.id),
      periods,
    )
  ).filter((row) => chosen.has(row.organizationId));
  const withFigures = new Set(rows.map((row) => row.organizationId));
  const organizations = inSectors.filter((organization) => !organization.archived || withFigures.has(organization.id));
  const submitted = await submittedPeriods(db, periods);
  const enteredCounts = new Map<string, number>();
  for (const row of rows) enteredCounts.set(`${row.organizationId}@${row.period}`, (enteredCounts.get(`${row.organizationId}@${row.period}`) ?? 0) + 1);
  const missing: ReviewMissing[] = [];
  for (const period of periods.map((id) => parsePeriod(id)).filter((period) => period !== null && period.endsOn < at.today)) {
    if (!period) continue;
    for (const organization of organizations) {
      if (organization.archived || submitted.has(`${organization.id}@${period.id}`)) continue;
      const owed = measures.filter((measure) => owes(measure, organization.sector)).length;
      if (owed === 0) continue;
      missing.push({
        organizationId: organization.id,
        period: period.id,
        owed,
        entered: enteredCounts.get(`${organization.id}@${period.id}`) ?? 0,
        late: isLate(period, null, at.today),
      });
    }
  }
  return {
    periods,
    threshold: at.threshold,
    measures: measures.map(({ id, name, unit, setId, within24hOf }) => ({ id, name, unit, setId, within24hOf })),
    organizations: organizations.map(({ id, name, sector }) => ({ id, name, sector })),
    figures: rows.map(({ measureId, organizationId, period, total }) => ({ measureId, organizationId, period, total })),
    breakdowns: summedBreakdowns(rows),
    missing,
  };
}

function requireRange(from: string, to: string): string[] {
  const fromKind = parsePeriod(from)?.kind;
  if (fromKind !== parsePeriod(to)?.kind)
    throw new AppError('VALIDATION', 'Choose two months or two quarters: a range cannot mix them.', {
      fieldErrors: { to: ['Choose a period of the same kind.'] },
    });
  if (to < from) throw new AppError('VALIDATION', 'The range ends before it starts. Choose a later end.', { fieldErrors: { to: ['Choose a later end.'] } });
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  const periods = years > MAX_PERIODS / 12 ? [] : periodRange(from, to);
  if (periods.length === 0 || periods.length > MAX_PERIODS)
    throw new AppError('VALIDATION', `Choose at most ${MAX_PERIODS} periods at a time.`, { fieldErrors: { from: ['Choose a shorter range.'] } });
  return periods;
}

/** Each breakdown cell summed over the organizations, by measure and period. */
function summedBreakdowns(rows: readonly { measureId: string; period: string; breakdown: BreakdownCounts }[]): ReviewBreakdownCell[] {
  const sums = new Map<string, ReviewBreakdownCell>();
  for (const row of rows) {
    for (const [breakdownId, cells] of Object.entries(row.breakdown)) {
      for (const [cellId, count] of Object.entries(cells ?? {})) {
        const key = `${row.measureId}|${row.period}|${breakdownId}|${cellId}`;
        const current = sums.get(key);
        if (current) current.count += count;
        else sums.set(key, { measureId: row.measureId, period: row.period, breakdownId, cellId, count });
      }
    }
  }
  return [...sums.values()];
}
