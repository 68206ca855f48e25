import { type Period, lastEndedPeriod, parsePeriod, shiftPeriod } from '../../shared/dataPeriods';
import { isoDateInZone } from '../../shared/dateFormat';
import type { SectorId } from '../../shared/stakeholderSectors';
import { setMeasureSet, updateMeasure } from '../services/dataCatalogue';
import { periodOverview, saveSubmission } from '../services/dataSubmissions';
import type { ServiceContext } from '../services/serviceContext';
import { contextAt, daysAfter, parsed } from './sampleInput';
import { SAMPLE_TIME_ZONE } from './sampleMeetingScript';

/**
 * The sample coalition's figures (fictional): two years of quarterly P.L. 113-183 counts from six organizations, the
 * three child welfare offices and three youth shelters and programs (the coalition asked them to count the same
 * things, so the set's measures are widened to their sectors). One submission came in late, one was corrected with
 * a reason, one figure is far outside its organization's history, and the small tribal office's counts are small
 * numbers (hidden in the sharing view).
 */
const REPORTING_SECTORS: SectorId[] = ['child-welfare', 'runaway-homeless-youth', 'housing-shelter-youth-services'];
const QUARTERS = 8;

/** Organization name and the size of its caseload (a multiplier on the figures). */
const REPORTERS: Array<[name: string, size: number]> = [
  ['Riverbend County Department of Children and Families', 6],
  ['Riverbend Family Preservation Services', 3],
  ['Tribal Family Services of the Cedar River Nation', 1],
  ['Lantern House Youth Shelter', 4],
  ['Street Outreach Collective of Riverbend', 3],
  ['Bridgeway Transitional Living', 2],
];

const LATE = { reporter: 4, quarter: 3, daysAfterDue: 19 };
const CORRECTED = { reporter: 0, quarter: 5, daysAfterSubmission: 24, reason: 'Two intake sites sent their logs after the quarter was submitted.' };
const OUTLIER = { reporter: 3, quarter: 6, factor: 5 };

/** A quarter's counts for an organization of a size, consistent by construction (parts never above their totals). */
function quarterFigures(size: number, reporter: number, quarter: number, outlier: boolean): Record<string, number> {
  const wobble = (salt: number) => (reporter * 7 + quarter * 3 + salt) % 5;
  const identified = size * 4 + wobble(1);
  const reported = Math.max(0, identified - (wobble(2) % 3));
  const missing = size * 9 + wobble(3) * 2;
  const missingReported = Math.max(0, missing - (wobble(4) % 3));
  const ended = Math.max(0, missing - 1 - (wobble(5) % 2));
  const screened = Math.max(0, ended - (wobble(6) % 3));
  return {
    'pl.identified': identified,
    'pl.reported-le': reported,
    'pl.reported-le-24h': Math.max(0, reported - 1 - (wobble(7) % 2)),
    // The outlier: a figure typed five times too large (the parts of it were entered right).
    'pl.missing': missing * (outlier ? OUTLIER.factor : 1),
    'pl.missing-reported': missingReported,
    'pl.missing-reported-24h': Math.max(0, missingReported - (wobble(8) % 4)),
    'pl.episodes-ended': ended,
    'pl.returns-screened': screened,
    'pl.returns-screened-24h': Math.max(0, screened - 1 - (wobble(9) % 3)),
    'pl.returns-debriefed': Math.max(0, screened - 2 - (wobble(10) % 3)),
  };
}

/** The day an organization sends a quarter's figures: a week or two after it ends, or after the due day when late. */
function submittedOn(period: Period, reporter: number, quarter: number): Date {
  const late = reporter === LATE.reporter && quarter === LATE.quarter;
  const day = late ? daysAfter(`${period.dueOn}T17:00:00Z`, LATE.daysAfterDue) : daysAfter(`${period.endsOn}T17:00:00Z`, 4 + reporter);
  return day;
}

export async function fillSampleData(context: ServiceContext): Promise<{ submissions: number }> {
  const today = isoDateInZone(context.now(), SAMPLE_TIME_ZONE);
  const last = lastEndedPeriod('quarterly', today);
  const quarters = Array.from({ length: QUARTERS }, (_, at) => shiftPeriod(last, at - QUARTERS + 1));
  const first = parsePeriod(quarters[0] ?? last);
  const setUpOn = daysAfter(`${first?.startsOn ?? today}T17:00:00Z`, -14);
  const catalogue = await setMeasureSet(contextAt(context, setUpOn), { setId: 'pl-113-183', active: true });
  const ids: Record<string, string> = {};
  for (const measure of catalogue.measures) {
    if (measure.builtinKey) ids[measure.builtinKey] = measure.id;
    const { id, name, definition, unit, period, breakdowns, within24hOf } = measure;
    await updateMeasure(
      contextAt(context, setUpOn),
      parsed('data.updateMeasure', { id, name, definition, unit, period, breakdowns, within24hOf, sectors: REPORTING_SECTORS }),
    );
  }
  const organizations = (await periodOverview(context, { period: last })).organizations;
  let submissions = 0;
  for (const [quarter, id] of quarters.entries()) {
    const period = parsePeriod(id);
    if (!period) continue;
    for (const [reporter, [name, size]] of REPORTERS.entries()) {
      const organization = organizations.find((candidate) => candidate.name === name);
      const on = submittedOn(period, reporter, quarter);
      if (!organization || isoDateInZone(on, SAMPLE_TIME_ZONE) > today) continue;
      const counts = quarterFigures(size, reporter, quarter, reporter === OUTLIER.reporter && quarter === OUTLIER.quarter);
      const figures = Object.entries(counts).map(([key, total]) => ({ measureId: ids[key] ?? '', total }));
      await saveSubmission(contextAt(context, on), parsed('data.saveSubmission', { organizationId: organization.id, period: id, figures, note: '' }));
      submissions += 1;
      if (reporter === CORRECTED.reporter && quarter === CORRECTED.quarter) {
        const corrected = figures.map((figure) => (figure.measureId === ids['pl.identified'] ? { ...figure, total: figure.total + 3 } : figure));
        await saveSubmission(
          contextAt(context, daysAfter(on, CORRECTED.daysAfterSubmission)),
          parsed('data.saveSubmission', { organizationId: organization.id, period: id, figures: corrected, note: '', reason: CORRECTED.reason }),
        );
      }
    }
  }
  return { submissions };
}
