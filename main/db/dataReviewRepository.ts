import { sql } from 'kysely';
import type { SectorId } from '../../shared/stakeholderSectors';
import type { BreakdownCounts } from '../../shared/dataBreakdowns';
import { nameOrder } from './engine/dialectSql';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';

/** What the data review reads of the figures (migration 0130) and the directory, for a range of periods. */

export interface ReviewFigureRow {
  measureId: string;
  organizationId: string;
  period: string;
  total: number;
  breakdown: BreakdownCounts;
}

/** The figures of these measures in these periods, every organization. */
export async function figuresInPeriods(db: StorageExecutor, measureIds: readonly string[], periods: readonly string[]): Promise<ReviewFigureRow[]> {
  if (measureIds.length === 0 || periods.length === 0) return [];
  const rows = await db
    .selectFrom('data_figures')
    .select(['measure_id', 'organization_id', 'period', 'total', 'breakdown'])
    .where('measure_id', 'in', [...measureIds])
    .where('period', 'in', [...periods])
    .execute();
  return rows.map((row) => ({
    measureId: row.measure_id,
    organizationId: row.organization_id,
    period: row.period,
    total: row.total,
    breakdown: JSON.parse(row.breakdown) as BreakdownCounts,
  }));
}

/** Which organizations submitted for which of these periods. */
export async function submittedPeriods(db: StorageExecutor, periods: readonly string[]): Promise<Set<string>> {
  if (periods.length === 0) return new Set();
  const rows = await db
    .selectFrom('data_submissions')
    .select(['organization_id', 'period'])
    .where('period', 'in', [...periods])
    .execute();
  return new Set(rows.map((row) => `${row.organization_id}@${row.period}`));
}

export interface ReviewOrganizationRow {
  id: string;
  name: string;
  sector: SectorId;
  archived: boolean;
}

/** Every organization by name, archived ones too (their earlier figures still count). */
export async function reviewOrganizations(db: StorageExecutor): Promise<ReviewOrganizationRow[]> {
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'sector', 'archived_at'])
    .orderBy(nameOrder(dialectOf(db), sql.ref('name')))
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, sector: row.sector as SectorId, archived: row.archived_at !== null }));
}
