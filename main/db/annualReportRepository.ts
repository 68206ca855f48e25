import type { StorageExecutor } from './engine/storageEngine';

/** What the annual report reads of the data module in one query, and its narrative sections (migration 0160). */

export interface RangeFigure {
  measureId: string;
  organizationId: string;
  period: string;
  total: number;
}

/**
 * Every stored figure of the years the range touches (periods are "2026-03" or "2026-Q1", so the year bounds are a
 * text range on the primary key's period column); the caller keeps the periods that lie inside the range.
 */
export function figuresOfYears(db: StorageExecutor, years: { first: string; last: string }): Promise<RangeFigure[]> {
  return db
    .selectFrom('data_figures')
    .select(['measure_id as measureId', 'organization_id as organizationId', 'period', 'total'])
    .where('period', '>=', `${years.first}-`)
    .where('period', '<', `${String(Number(years.last) + 1)}-`)
    .execute();
}

/** Organizations by id with their name and sector, archived ones included: their figures stay in the years they reported. */
export async function organizationNames(db: StorageExecutor, ids: readonly string[]): Promise<Map<string, { name: string; sector: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'sector'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, { name: row.name, sector: row.sector }]));
}

export interface NarrativeRow {
  section: string;
  body: string;
  updatedAt: string;
  updatedBy: string;
}

export function readNarrative(db: StorageExecutor, range: { from: string; to: string }): Promise<NarrativeRow[]> {
  return db
    .selectFrom('annual_report_narratives')
    .select(['section', 'body', 'updated_at as updatedAt', 'updated_by as updatedBy'])
    .where('period_from', '=', range.from)
    .where('period_to', '=', range.to)
    .execute();
}

/** Writes one section's text (an empty text removes it). */
export async function writeNarrativeSection(
  db: StorageExecutor,
  range: { from: string; to: string },
  section: string,
  body: string,
  by: string,
  at: string,
): Promise<void> {
  await db
    .deleteFrom('annual_report_narratives')
    .where('period_from', '=', range.from)
    .where('period_to', '=', range.to)
    .where('section', '=', section)
    .execute();
  if (body === '') return;
  await db
    .insertInto('annual_report_narratives')
    .values({ period_from: range.from, period_to: range.to, section, body, updated_at: at, updated_by: by })
    .execute();
}
