import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { RosterName } from '../../shared/dataNoteRule';
import type { BreakdownCounts } from '../../shared/dataBreakdowns';
import type { SectorId } from '../../shared/stakeholderSectors';
import { nameOrder } from './engine/dialectSql';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';

/** Figures, submissions and corrections (migration 0130), and what they read of the directory. Counts only. */

export interface ReportingOrganization {
  id: string;
  name: string;
  sector: SectorId;
}

/** Active organizations by name: the ones that may owe figures. */
export async function reportingOrganizations(db: StorageExecutor, id?: string): Promise<ReportingOrganization[]> {
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'sector'])
    .where('archived_at', 'is', null)
    .$if(id !== undefined, (query) => query.where('id', '=', id ?? ''))
    .orderBy(nameOrder(dialectOf(db), sql.ref('name')))
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, sector: row.sector as SectorId }));
}

/** Every name on the roster, archived people included: a note may hold none of them. */
export function rosterNames(db: StorageExecutor): Promise<RosterName[]> {
  return db.selectFrom('members').select(['full_name as fullName', 'display_name as displayName']).execute();
}

export interface StoredFigure {
  measureId: string;
  total: number;
  breakdown: BreakdownCounts;
  definitionVersion: number;
  enteredAt: string;
  enteredBy: string;
}

export async function figuresOf(db: StorageExecutor, organizationId: string, period: string): Promise<StoredFigure[]> {
  const rows = await db
    .selectFrom('data_figures')
    .select(['measure_id', 'total', 'breakdown', 'definition_version', 'entered_at', 'entered_by'])
    .where('organization_id', '=', organizationId)
    .where('period', '=', period)
    .execute();
  return rows.map((row) => ({
    measureId: row.measure_id,
    total: row.total,
    breakdown: JSON.parse(row.breakdown) as BreakdownCounts,
    definitionVersion: row.definition_version,
    enteredAt: row.entered_at,
    enteredBy: row.entered_by,
  }));
}

/** The organization's totals for these measures in periods before this one, oldest first, by measure. */
export async function earlierTotals(
  db: StorageExecutor,
  organizationId: string,
  measureIds: readonly string[],
  before: string,
): Promise<Map<string, number[]>> {
  const byMeasure = new Map<string, number[]>();
  if (measureIds.length === 0) return byMeasure;
  const rows = await db
    .selectFrom('data_figures')
    .select(['measure_id', 'total'])
    .where('organization_id', '=', organizationId)
    .where('measure_id', 'in', [...measureIds])
    .where('period', '<', before)
    .orderBy('period')
    .execute();
  for (const row of rows) byMeasure.set(row.measure_id, [...(byMeasure.get(row.measure_id) ?? []), row.total]);
  return byMeasure;
}

export async function writeFigure(
  db: StorageExecutor,
  key: { organizationId: string; period: string },
  figure: Omit<StoredFigure, 'enteredAt'>,
  at: string,
  exists: boolean,
): Promise<void> {
  const values = {
    total: figure.total,
    breakdown: JSON.stringify(figure.breakdown),
    definition_version: figure.definitionVersion,
    entered_at: at,
    entered_by: figure.enteredBy,
  };
  if (exists) {
    await db
      .updateTable('data_figures')
      .set(values)
      .where('organization_id', '=', key.organizationId)
      .where('period', '=', key.period)
      .where('measure_id', '=', figure.measureId)
      .execute();
    return;
  }
  await db
    .insertInto('data_figures')
    .values({ organization_id: key.organizationId, period: key.period, measure_id: figure.measureId, ...values })
    .execute();
}

export interface StoredSubmission {
  note: string;
  submittedAt: string;
  submittedBy: string;
}

export async function findSubmission(db: StorageExecutor, organizationId: string, period: string): Promise<StoredSubmission | undefined> {
  return db
    .selectFrom('data_submissions')
    .select(['note', 'submitted_at as submittedAt', 'submitted_by as submittedBy'])
    .where('organization_id', '=', organizationId)
    .where('period', '=', period)
    .executeTakeFirst();
}

/** The first save of a period is its submission time; later saves (corrections) keep it and update the note. */
export async function writeSubmission(
  db: StorageExecutor,
  key: { organizationId: string; period: string },
  note: string,
  by: string,
  at: string,
  exists: boolean,
): Promise<void> {
  if (exists) {
    await db
      .updateTable('data_submissions')
      .set({ note, updated_at: at })
      .where('organization_id', '=', key.organizationId)
      .where('period', '=', key.period)
      .execute();
    return;
  }
  await db
    .insertInto('data_submissions')
    .values({ organization_id: key.organizationId, period: key.period, note, submitted_at: at, submitted_by: by, updated_at: at })
    .execute();
}

export interface SubmissionCounts {
  organizationId: string;
  submittedAt: string | null;
  entered: number;
}

/** For each organization with anything stored for the period: when it submitted, and how many of these measures it entered. */
export async function periodSubmissions(db: StorageExecutor, period: string, measureIds: readonly string[]): Promise<Map<string, SubmissionCounts>> {
  const submissions = await db.selectFrom('data_submissions').select(['organization_id', 'submitted_at']).where('period', '=', period).execute();
  const entered =
    measureIds.length === 0
      ? []
      : await db
          .selectFrom('data_figures')
          .select(['organization_id', (eb) => eb.fn.countAll<number>().as('entered')])
          .where('period', '=', period)
          .where('measure_id', 'in', [...measureIds])
          .groupBy('organization_id')
          .execute();
  const byOrganization = new Map<string, SubmissionCounts>();
  for (const row of submissions) byOrganization.set(row.organization_id, { organizationId: row.organization_id, submittedAt: row.submitted_at, entered: 0 });
  for (const row of entered) {
    const current = byOrganization.get(row.organization_id) ?? { organizationId: row.organization_id, submittedAt: null, entered: 0 };
    byOrganization.set(row.organization_id, { ...current, entered: Number(row.entered) });
  }
  return byOrganization;
}

export interface CorrectionRow {
  measureId: string;
  wasTotal: number;
  wasBreakdown: BreakdownCounts;
  wasDefinitionVersion: number;
  nowTotal: number;
  nowBreakdown: BreakdownCounts;
  reason: string;
  correctedAt: string;
  correctedBy: string;
}

export async function insertCorrection(db: StorageExecutor, key: { organizationId: string; period: string }, row: CorrectionRow): Promise<void> {
  await db
    .insertInto('data_figure_corrections')
    .values({
      id: uuidv7(),
      organization_id: key.organizationId,
      period: key.period,
      measure_id: row.measureId,
      was_total: row.wasTotal,
      was_breakdown: JSON.stringify(row.wasBreakdown),
      was_definition_version: row.wasDefinitionVersion,
      now_total: row.nowTotal,
      now_breakdown: JSON.stringify(row.nowBreakdown),
      reason: row.reason,
      corrected_at: row.correctedAt,
      corrected_by: row.correctedBy,
    })
    .execute();
}

/** A submission's corrections, newest first. */
export async function correctionsOf(db: StorageExecutor, organizationId: string, period: string): Promise<CorrectionRow[]> {
  const rows = await db
    .selectFrom('data_figure_corrections')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('period', '=', period)
    .orderBy('corrected_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    measureId: row.measure_id,
    wasTotal: row.was_total,
    wasBreakdown: JSON.parse(row.was_breakdown) as BreakdownCounts,
    wasDefinitionVersion: row.was_definition_version,
    nowTotal: row.now_total,
    nowBreakdown: JSON.parse(row.now_breakdown) as BreakdownCounts,
    reason: row.reason,
    correctedAt: row.corrected_at,
    correctedBy: row.corrected_by,
  }));
}
