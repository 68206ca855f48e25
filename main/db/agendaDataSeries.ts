import type { StorageExecutor } from './engine/storageEngine';

export interface SeriesTotal {
  measureId: string;
  period: string;
  /** The sum of every organization's figure. */
  total: number;
  /** How many organizations gave a figure. */
  organizations: number;
}

/**
 * The coalition's totals of some measures, per period from `from` to `to` (inclusive), for a data review snapshot.
 * Period ids of one kind sort as text in time order ("2026-03" < "2026-11", "2026-Q1" < "2026-Q4"). One query,
 * written here rather than borrowed from the data review page, which is built apart.
 */
export async function seriesTotals(db: StorageExecutor, measureIds: readonly string[], from: string, to: string): Promise<SeriesTotal[]> {
  if (measureIds.length === 0) return [];
  const rows = await db
    .selectFrom('data_figures')
    .select(['measure_id as measureId', 'period'])
    .select((eb) => [eb.fn.sum<number | string>('total').as('total'), eb.fn.countAll<number | string>().as('organizations')])
    .where('measure_id', 'in', [...measureIds])
    .where('period', '>=', from)
    .where('period', '<=', to)
    .groupBy(['measure_id', 'period'])
    .execute();
  return rows.map((row) => ({ measureId: row.measureId, period: row.period, total: Number(row.total), organizations: Number(row.organizations) }));
}
