import type { ChannelParsedInput, Measure, PeriodOverview, Submission, SubmissionState } from '../../shared/contract';
import { type BreakdownCounts, breakdownIds, breakdownById } from '../../shared/dataBreakdowns';
import { breakdownProblem, isFarFromHistory, within24hProblem } from '../../shared/dataChecks';
import { noteProblem } from '../../shared/dataNoteRule';
import { type Period, isLate, parsePeriod } from '../../shared/dataPeriods';
import type { SectorId } from '../../shared/stakeholderSectors';
import { AppError } from '../../shared/errors';
import { appendAudit } from '../db/auditRepository';
import {
  type ReportingOrganization,
  type StoredFigure,
  correctionsOf,
  earlierTotals,
  figuresOf,
  findSubmission,
  insertCorrection,
  periodSubmissions,
  reportingOrganizations,
  rosterNames,
  writeFigure,
  writeSubmission,
} from '../db/dataFigureRepository';
import { definitionTexts, listMeasures } from '../db/dataMeasureRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import type { ServiceContext } from './serviceContext';
import { inTransaction, storage } from './workspaceTransaction';

/**
 * Who owes what, when: an organization owes the active measures of a period's kind that its sector reports (a
 * measure with no sectors is reported by every organization). Figures are due DATA_DUE_DAYS after the period ends.
 */
export function owes(measure: Measure, sector: SectorId): boolean {
  return measure.active && (measure.sectors.length === 0 || measure.sectors.includes(sector));
}

export function requirePeriod(id: string): Period {
  const period = parsePeriod(id);
  if (!period)
    throw new AppError('VALIDATION', 'Choose a month (2026-03) or a quarter (2026-Q1).', { fieldErrors: { period: ['Choose a month or a quarter.'] } });
  return period;
}

const today = (context: ServiceContext) => context.now().toISOString().slice(0, 10);

export async function periodOverview(context: ServiceContext, input: { period: string }): Promise<PeriodOverview> {
  const period = requirePeriod(input.period);
  const db = storage(context);
  const measures = await listMeasures(db, { activeOnly: true, kind: period.kind });
  const organizations = await reportingOrganizations(db);
  const stored = await periodSubmissions(
    db,
    period.id,
    measures.map((measure) => measure.id),
  );
  const rows = organizations.map((organization) => {
    const owedIds = new Set(measures.filter((measure) => owes(measure, organization.sector)).map((measure) => measure.id));
    const mine = stored.get(organization.id);
    const submittedAt = mine?.submittedAt ?? null;
    const state: SubmissionState =
      owedIds.size === 0 && !mine
        ? 'nothing-owed'
        : submittedAt !== null
          ? isLate(period, submittedAt, today(context))
            ? 'submitted-late'
            : 'submitted'
          : isLate(period, null, today(context))
            ? 'late'
            : 'not-yet-due';
    return { id: organization.id, name: organization.name, sector: organization.sector, owed: owedIds.size, entered: mine?.entered ?? 0, submittedAt, state };
  });
  return { period, organizations: rows };
}

export function loadSubmission(context: ServiceContext, input: { organizationId: string; period: string }): Promise<Submission> {
  return readSubmission(storage(context), input.organizationId, requirePeriod(input.period));
}

export async function requireOrganization(db: StorageExecutor, id: string): Promise<ReportingOrganization> {
  const [organization] = await reportingOrganizations(db, id);
  if (!organization) throw new AppError('NOT_FOUND', 'That organization is not on the roster (or it is archived). Reload the page and choose again.');
  return organization;
}

/** The entry form's content: the measures owed (and any other with a figure stored), each with its figure and flags. */
export async function readSubmission(db: StorageExecutor, organizationId: string, period: Period): Promise<Submission> {
  const organization = await requireOrganization(db, organizationId);
  const figures = new Map((await figuresOf(db, organizationId, period.id)).map((figure) => [figure.measureId, figure]));
  const measures = (await listMeasures(db, { kind: period.kind })).filter((measure) => owes(measure, organization.sector) || figures.has(measure.id));
  const ids = measures.map((measure) => measure.id);
  const wording = await definitionTexts(db, ids);
  const history = await earlierTotals(db, organizationId, ids, period.id);
  const submission = await findSubmission(db, organizationId, period.id);
  const names = new Map(measures.map((measure) => [measure.id, measure.name]));
  const corrections = await correctionsOf(db, organizationId, period.id);
  return {
    organization,
    period,
    note: submission?.note ?? '',
    submittedAt: submission?.submittedAt ?? null,
    submittedBy: submission?.submittedBy ?? null,
    lines: measures.map((measure) => {
      const figure = figures.get(measure.id);
      return {
        measure,
        figure: figure ? { ...figure, definition: wording.get(`${measure.id}@${figure.definitionVersion}`) ?? measure.definition } : null,
        farFromHistory: figure ? isFarFromHistory(figure.total, history.get(measure.id) ?? []) : false,
      };
    }),
    corrections: corrections.map(({ wasDefinitionVersion: _version, ...row }) => ({
      ...row,
      measureName: names.get(row.measureId) ?? 'A measure no longer listed',
    })),
  };
}

/** Breakdown cells in a fixed order, empty breakdowns left out, so equal figures compare equal. */
function canonical(breakdown: BreakdownCounts): BreakdownCounts {
  const result: BreakdownCounts = {};
  for (const id of breakdownIds) {
    const cells = breakdown[id];
    if (!cells || Object.keys(cells).length === 0) continue;
    const known = breakdownById(id).cells.map((cell) => cell.id);
    const ordered = Object.keys(cells).sort(
      (a, b) => (known.indexOf(a) === -1 ? 99 : known.indexOf(a)) - (known.indexOf(b) === -1 ? 99 : known.indexOf(b)) || a.localeCompare(b),
    );
    result[id] = Object.fromEntries(ordered.map((cell) => [cell, cells[cell] ?? 0]));
  }
  return result;
}

export const sameFigure = (a: { total: number; breakdown: BreakdownCounts }, b: { total: number; breakdown: BreakdownCounts }) =>
  a.total === b.total && JSON.stringify(canonical(a.breakdown)) === JSON.stringify(canonical(b.breakdown));

type FieldErrors = Record<string, string[]>;

function refuse(fieldErrors: FieldErrors): never {
  const first = Object.values(fieldErrors)[0]?.[0] ?? 'Check the figures and try again.';
  const count = Object.keys(fieldErrors).length;
  throw new AppError('VALIDATION', count > 1 ? `${first} (and ${count - 1} more to check)` : first, { fieldErrors });
}

/**
 * Saves an organization's figures for a period, all or nothing. A figure already stored that changes is a
 * correction: it needs a reason, and the earlier values are kept with who and why. Refused, with nothing changed: a
 * note that looks like an identifier, a measure the organization does not owe, a breakdown that does not add up, a
 * within-24-hours part above its total.
 */
export function saveSubmission(context: ServiceContext, input: ChannelParsedInput<'data.saveSubmission'>): Promise<Submission> {
  const period = requirePeriod(input.period);
  return inTransaction(context, async (trx, at) => {
    const checked = await checkSubmission(trx, period, input);
    if (Object.keys(checked.errors).length > 0) refuse(checked.errors);
    await writeCheckedSubmission(context, trx, at, checked, { note: input.note, reason: input.reason });
    return readSubmission(trx, input.organizationId, period);
  });
}

export interface DraftFigure {
  measureId: string;
  total: number;
  breakdown: BreakdownCounts;
  /** The definition version the figure was counted under, when it is not the current one (a partner file made earlier). */
  definitionVersion?: number;
}

export interface SubmissionDraft {
  organizationId: string;
  note: string;
  reason: string;
  figures: readonly DraftFigure[];
}

export interface CheckedSubmission {
  organization: ReportingOrganization;
  period: Period;
  /** Every problem, by field: `note`, `reason`, `figures.<measureId>`; empty when the draft may be written. */
  errors: FieldErrors;
  measures: Map<string, Measure>;
  stored: Map<string, StoredFigure>;
  /** The figures that differ from what is stored (new ones and corrections). */
  changes: DraftFigure[];
  corrected: DraftFigure[];
}

/** Every rule a submission must pass, checked against what is stored now; nothing is written. */
export async function checkSubmission(db: StorageExecutor, period: Period, draft: SubmissionDraft): Promise<CheckedSubmission> {
  const organization = await requireOrganization(db, draft.organizationId);
  const errors: FieldErrors = {};
  const note = noteProblem(draft.note, await rosterNames(db));
  if (note) errors.note = [note];

  const measures = new Map((await listMeasures(db, { kind: period.kind })).map((measure) => [measure.id, measure]));
  const stored = new Map((await figuresOf(db, draft.organizationId, period.id)).map((figure) => [figure.measureId, figure]));
  const merged = new Map<string, number>([...stored].map(([id, figure]) => [id, figure.total]));
  const seen = new Set<string>();
  for (const figure of draft.figures) {
    const measure = measures.get(figure.measureId);
    const field = `figures.${figure.measureId}`;
    if (seen.has(figure.measureId)) errors[field] = ['This measure is entered twice. Enter it once.'];
    seen.add(figure.measureId);
    if (!measure || !owes(measure, organization.sector)) {
      errors[field] = [`${organization.name} does not report this measure for ${period.label}. Reload the page and enter the figures again.`];
      continue;
    }
    const problem = breakdownProblem(figure, measure.breakdowns);
    if (problem) errors[field] = [problem];
    merged.set(figure.measureId, figure.total);
  }
  for (const [id, part] of merged) {
    const measure = measures.get(id);
    if (!measure?.within24hOf) continue;
    const total = measures.get(measure.within24hOf);
    const problem = within24hProblem(part, merged.get(measure.within24hOf), total?.name ?? 'its total');
    if (!problem) continue;
    const field = seen.has(id) || !total ? `figures.${id}` : `figures.${total.id}`;
    errors[field] ??= [problem];
  }

  const changes = draft.figures.filter((figure) => {
    const before = stored.get(figure.measureId);
    return !before || !sameFigure(before, figure);
  });
  const corrected = changes.filter((figure) => stored.has(figure.measureId));
  if (corrected.length > 0 && draft.reason === '') {
    errors.reason = [
      'These figures were already submitted. Say why they change (for example “late records from one site”): the earlier values are kept with your reason.',
    ];
  }
  return { organization, period, errors, measures, stored, changes, corrected };
}

/**
 * Writes a checked submission (its `errors` empty) in the caller's transaction: the changed figures, a correction row
 * with the earlier values for each one already stored, the note, and the history entry.
 */
export async function writeCheckedSubmission(
  context: ServiceContext,
  trx: StorageExecutor,
  at: string,
  checked: CheckedSubmission,
  words: { note: string; reason: string; source?: string },
): Promise<void> {
  const key = { organizationId: checked.organization.id, period: checked.period.id };
  const existing = await findSubmission(trx, key.organizationId, key.period);
  for (const figure of checked.changes) {
    const measure = checked.measures.get(figure.measureId) as Measure;
    const before = checked.stored.get(figure.measureId);
    const breakdown = canonical(figure.breakdown);
    const definitionVersion = figure.definitionVersion ?? measure.definitionVersion;
    await writeFigure(
      trx,
      key,
      { measureId: figure.measureId, total: figure.total, breakdown, definitionVersion, enteredBy: context.profile },
      at,
      before !== undefined,
    );
    if (before) await insertCorrection(trx, key, correctionOf(before, { total: figure.total, breakdown }, words.reason, context.profile, at));
  }
  await writeSubmission(trx, key, words.note, context.profile, at, existing !== undefined);
  const changes = {
    period: key.period,
    figures: checked.changes.length,
    corrected: checked.corrected.length,
    ...(words.source ? { source: words.source } : {}),
  };
  await appendAudit(
    trx,
    { profile: context.profile, entity: 'data-submission', entityId: key.organizationId, action: existing ? 'updated' : 'submitted', changes },
    at,
  );
}

function correctionOf(before: StoredFigure, now: { total: number; breakdown: BreakdownCounts }, reason: string, by: string, at: string) {
  return {
    measureId: before.measureId,
    wasTotal: before.total,
    wasBreakdown: before.breakdown,
    wasDefinitionVersion: before.definitionVersion,
    nowTotal: now.total,
    nowBreakdown: now.breakdown,
    reason,
    correctedAt: at,
    correctedBy: by,
  };
}
