import { sql } from 'kysely';
import { type Quarter, quarterOf } from '../../shared/quarters';
import { type SectorId, sectorIds } from '../../shared/stakeholderSectors';
import type { StorageExecutor } from './engine/storageEngine';

/** YYYY-MM of a YYYY-MM-DD column, the same SQL on both engines. */
const month = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, 7)`;

/** One sector's figures in one quarter. A training for two sectors counts once in each (its people too). */
export interface SectorQuarterCount {
  quarter: Quarter;
  sector: SectorId;
  trainings: number;
  peopleTrained: number;
  /** Outreach contacts with organizations of this sector (the organization's sector as the directory holds it now). */
  outreachContacts: number;
}

/**
 * Trainings, people trained and outreach contacts by sector and by calendar quarter, for the days from `from` to `to`
 * (YYYY-MM-DD, both included). The data review (issue 14) reads this. Two grouped queries by month, folded into
 * quarters here; trainings without an audience sector are not counted by sector.
 */
export async function trainingCountsByQuarter(db: StorageExecutor, period: { from: string; to: string }): Promise<SectorQuarterCount[]> {
  const trainings = await db
    .selectFrom('trainings as t')
    .innerJoin('training_audiences as a', 'a.training_id', 't.id')
    .select([month('t.held_on').as('month'), 'a.sector', sql<number>`count(*)`.as('trainings'), sql<number>`coalesce(sum(t.number_trained), 0)`.as('people')])
    .where('t.held_on', '>=', period.from)
    .where('t.held_on', '<=', period.to)
    .groupBy([month('t.held_on'), 'a.sector'])
    .execute();
  const outreach = await db
    .selectFrom('outreach_contacts as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select([month('c.contacted_on').as('month'), 'o.sector', sql<number>`count(*)`.as('contacts')])
    .where('c.contacted_on', '>=', period.from)
    .where('c.contacted_on', '<=', period.to)
    .groupBy([month('c.contacted_on'), 'o.sector'])
    .execute();

  const counts = new Map<string, SectorQuarterCount>();
  const entry = (monthText: string, sector: string) => {
    const quarter = quarterOf(`${monthText}-01`);
    const key = `${quarter} ${sector}`;
    const found = counts.get(key) ?? { quarter, sector: sector as SectorId, trainings: 0, peopleTrained: 0, outreachContacts: 0 };
    counts.set(key, found);
    return found;
  };
  for (const row of trainings) {
    const found = entry(row.month, row.sector);
    found.trainings += Number(row.trainings);
    found.peopleTrained += Number(row.people);
  }
  for (const row of outreach) entry(row.month, row.sector).outreachContacts += Number(row.contacts);
  return [...counts.values()].sort((a, b) => a.quarter.localeCompare(b.quarter) || sectorIds.indexOf(a.sector) - sectorIds.indexOf(b.sector));
}

export type QuarterTotal = Omit<SectorQuarterCount, 'sector'>;

/** The same figures for every sector together: each training and each contact counted once. */
export async function trainingTotalsByQuarter(db: StorageExecutor, period: { from: string; to: string }): Promise<QuarterTotal[]> {
  const trainings = await db
    .selectFrom('trainings as t')
    .select([month('t.held_on').as('month'), sql<number>`count(*)`.as('trainings'), sql<number>`coalesce(sum(t.number_trained), 0)`.as('people')])
    .where('t.held_on', '>=', period.from)
    .where('t.held_on', '<=', period.to)
    .groupBy(month('t.held_on'))
    .execute();
  const outreach = await db
    .selectFrom('outreach_contacts as c')
    .select([month('c.contacted_on').as('month'), sql<number>`count(*)`.as('contacts')])
    .where('c.contacted_on', '>=', period.from)
    .where('c.contacted_on', '<=', period.to)
    .groupBy(month('c.contacted_on'))
    .execute();
  const totals = new Map<Quarter, QuarterTotal>();
  const entry = (monthText: string) => {
    const quarter = quarterOf(`${monthText}-01`);
    const found = totals.get(quarter) ?? { quarter, trainings: 0, peopleTrained: 0, outreachContacts: 0 };
    totals.set(quarter, found);
    return found;
  };
  for (const row of trainings) {
    const found = entry(row.month);
    found.trainings += Number(row.trainings);
    found.peopleTrained += Number(row.people);
  }
  for (const row of outreach) entry(row.month).outreachContacts += Number(row.contacts);
  return [...totals.values()].sort((a, b) => a.quarter.localeCompare(b.quarter));
}
