import type { CoalitionHealth } from '../../shared/contract';
import { daysBetween } from '../../shared/protocolReviews';
import { type SectorId, sectorIds, sectors } from '../../shared/stakeholderSectors';
import { AppError } from '../../shared/errors';
import { actionItemDates, attendanceSectors } from '../db/dataReviewHealthRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { protocolReviewsOn } from './protocolReviews';
import { coalitionToday } from './protocols';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

const MAX_MONTHS = 120;
const OPEN = new Set(['open', 'in-progress', 'blocked']);
const CORE: readonly SectorId[] = sectors.filter((sector) => sector.group === 'core').map((sector) => sector.id);

/** Every month from `from` to `to` (YYYY-MM), both included. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  for (let year = Number(from.slice(0, 4)), month = Number(from.slice(5, 7)); months.length <= MAX_MONTHS; month += 1) {
    if (month > 12) {
      year += 1;
      month = 1;
    }
    const id = `${year}-${String(month).padStart(2, '0')}`;
    if (id > to) break;
    months.push(id);
  }
  return months;
}

/**
 * The coalition's health from what the app already holds: who came to held meetings by sector and month, the core
 * sectors nobody came from, action items opened and done by month and how old the open ones are, and the protocols
 * whose review is overdue.
 */
export async function coalitionHealth(context: ServiceContext, input: { from: string; to: string }): Promise<CoalitionHealth> {
  const db = storage(context);
  return coalitionHealthOn(db, input, await coalitionToday(db, context.now()));
}

export async function coalitionHealthOn(db: StorageExecutor, input: { from: string; to: string }, today: string): Promise<CoalitionHealth> {
  if (input.to < input.from)
    throw new AppError('VALIDATION', 'The range ends before it starts. Choose a later end.', { fieldErrors: { to: ['Choose a later end.'] } });
  const months = monthRange(input.from, input.to);
  if (months.length > MAX_MONTHS)
    throw new AppError('VALIDATION', `Choose at most ${MAX_MONTHS} months at a time.`, { fieldErrors: { from: ['Choose a shorter range.'] } });

  const known = new Set<string>(sectorIds);
  const attendance = new Map<string, { month: string; sector: SectorId; count: number }>();
  for (const row of await attendanceSectors(db, input.from, input.to)) {
    if (row.sector === null || !known.has(row.sector)) continue;
    const key = `${row.month}|${row.sector}`;
    const current = attendance.get(key) ?? { month: row.month, sector: row.sector as SectorId, count: 0 };
    attendance.set(key, { ...current, count: current.count + 1 });
  }
  const consulted = new Set([...attendance.values()].map((row) => row.sector));

  const items = await actionItemDates(db);
  const actions = months.map((month) => ({
    month,
    opened: items.filter((item) => item.createdAt.slice(0, 7) === month).length,
    done: items.filter((item) => item.status === 'done' && item.completedOn?.slice(0, 7) === month).length,
  }));
  const ages = items.filter((item) => OPEN.has(item.status)).map((item) => Math.max(0, daysBetween(item.createdAt.slice(0, 10), today)));

  const reviews = await protocolReviewsOn(db, today);
  return {
    months,
    attendance: [...attendance.values()].sort((a, b) => a.month.localeCompare(b.month) || sectorIds.indexOf(a.sector) - sectorIds.indexOf(b.sector)),
    neverConsulted: CORE.filter((sector) => !consulted.has(sector)),
    actions,
    openAges: {
      under30: ages.filter((age) => age < 30).length,
      from30to90: ages.filter((age) => age >= 30 && age <= 90).length,
      over90: ages.filter((age) => age > 90).length,
      oldestDays: ages.length === 0 ? null : Math.max(...ages),
    },
    overdueProtocols: reviews.items.filter((item) => item.review === 'overdue').map(({ id, title, nextReviewOn }) => ({ id, title, nextReviewOn })),
  };
}
