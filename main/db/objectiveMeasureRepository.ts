import type { FigureSpan } from '../../shared/planStatus';
import type { StorageExecutor } from './engine/storageEngine';
import { LINK_CHOICES, columnContains } from './linkChoiceQueries';

/** The catalogue measures plan objectives follow (migration 0180) and the figures they add up. */

export interface FollowedMeasureRow {
  objectiveId: string;
  measureId: string;
  span: FigureSpan;
  measureName: string;
  unit: string;
  periodKind: string;
  active: number;
}

export async function followedMeasures(db: StorageExecutor, objectiveIds: readonly string[]): Promise<FollowedMeasureRow[]> {
  if (objectiveIds.length === 0) return [];
  const rows = await db
    .selectFrom('plan_objective_measures as f')
    .innerJoin('data_measures as m', 'm.id', 'f.measure_id')
    .select([
      'f.objective_id as objectiveId',
      'f.measure_id as measureId',
      'f.span',
      'm.name as measureName',
      'm.unit',
      'm.period_kind as periodKind',
      'm.active',
    ])
    .where('f.objective_id', 'in', objectiveIds)
    .execute();
  return rows.map((row) => ({ ...row, span: row.span as FigureSpan }));
}

export interface MeasureFigureRow {
  measureId: string;
  organizationId: string;
  period: string;
  total: number;
}

/** Every organization's figure of the measures, oldest period first (ids of one kind sort in time order). */
export function figuresOfMeasures(db: StorageExecutor, measureIds: readonly string[]): Promise<MeasureFigureRow[]> {
  if (measureIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('data_figures')
    .select(['measure_id as measureId', 'organization_id as organizationId', 'period', 'total'])
    .where('measure_id', 'in', measureIds)
    .orderBy('period')
    .orderBy('organization_id')
    .execute();
}

/** Follows a measure (or stops following any, with null). */
export async function setFollowedMeasure(
  db: StorageExecutor,
  objectiveId: string,
  figures: { measureId: string; span: FigureSpan } | null,
  at: string,
): Promise<void> {
  if (figures === null) {
    await db.deleteFrom('plan_objective_measures').where('objective_id', '=', objectiveId).execute();
    return;
  }
  await db
    .insertInto('plan_objective_measures')
    .values({ objective_id: objectiveId, measure_id: figures.measureId, span: figures.span, created_at: at, updated_at: at })
    .onConflict((conflict) => conflict.column('objective_id').doUpdateSet({ measure_id: figures.measureId, span: figures.span, updated_at: at }))
    .execute();
}

export function measureForFollowing(db: StorageExecutor, measureId: string) {
  return db.selectFrom('data_measures').select(['id', 'name', 'active']).where('id', '=', measureId).executeTakeFirst();
}

/** Switched-on measures whose name holds the words, in the catalogue's order. */
export function measureChoiceRows(db: StorageExecutor, text: string) {
  return db
    .selectFrom('data_measures')
    .select(['id', 'name', 'unit', 'period_kind as periodKind', 'set_id as setId'])
    .where('active', '=', 1)
    .where(columnContains('name', text))
    .orderBy('position')
    .orderBy('id')
    .limit(LINK_CHOICES)
    .execute();
}
