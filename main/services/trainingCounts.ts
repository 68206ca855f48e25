import type { TrainingCounts } from '../../shared/contract';
import { isoDateInZone } from '../../shared/dateFormat';
import { quarterEnd, quarterStart, quartersUpTo } from '../../shared/quarters';
import { sectorLabel, sectors } from '../../shared/stakeholderSectors';
import { trainingCountsByQuarter, trainingTotalsByQuarter } from '../db/trainingCountsRepository';
import { loadPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

/**
 * The last `quarters` calendar quarters up to the current one, which is read in the coalition's time zone (on
 * March 31 at 11 PM in Oregon it is still the first quarter there, though the second in UTC). Every sector is
 * listed with a zero where nothing happened, so the page shows gaps as plainly as work.
 */
export async function trainingCounts(context: ServiceContext, { quarters: count }: { quarters: number }): Promise<TrainingCounts> {
  const db = storage(context);
  const { timeZone } = await loadPreferences(db);
  const quarters = quartersUpTo(isoDateInZone(context.now(), timeZone), count);
  const [first] = quarters;
  const last = quarters.at(-1);
  if (!first || !last) throw new Error('At least one quarter is counted.');
  const period = { from: quarterStart(first), to: quarterEnd(last) };
  const rows = await trainingCountsByQuarter(db, period);
  const totals = await trainingTotalsByQuarter(db, period);
  const zero = (quarter: string) => ({ quarter, trainings: 0, peopleTrained: 0, outreachContacts: 0 });
  return {
    quarters,
    sectors: sectors.map(({ id }) => ({
      sector: id,
      label: sectorLabel(id),
      counts: quarters.map((quarter) => {
        const found = rows.find((row) => row.quarter === quarter && row.sector === id);
        return found ? { quarter, trainings: found.trainings, peopleTrained: found.peopleTrained, outreachContacts: found.outreachContacts } : zero(quarter);
      }),
    })),
    totals: quarters.map((quarter) => totals.find((total) => total.quarter === quarter) ?? zero(quarter)),
  };
}
