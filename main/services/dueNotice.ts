import type { ChannelOutput } from '../../shared/contract';
import { countDueFor, tallyDue } from '../db/actionItemQuery';
import { loadSetting, saveSetting } from '../db/settingsRepository';
import { loadDueDates } from './actionItemsDueDates';
import { loadPreferences } from './preferences';
import { protocolReviewsForNotice } from './protocolReviewNotice';
import type { ServiceContext } from './serviceContext';
import { inTransaction } from './workspaceTransaction';

const LAST_NOTICE_KEY = 'actions.lastDueNoticeOn';

/**
 * Overdue and due-soon counts, and whether to announce them: only the first time the app asks on a calendar day
 * (in the coalition's time zone), and only when something is overdue or due soon. Protocol reviews due or overdue
 * count too (`reviews`, present only then).
 */
export async function takeDueNotice(context: ServiceContext): Promise<ChannelOutput<'actions.takeDueNotice'>> {
  const reviews = await protocolReviewsForNotice(context);
  return inTransaction(context, async (trx, at) => {
    const due = await loadDueDates(trx, new Date(at));
    const { overdue, dueSoon } = await tallyDue(trx, due);
    const { myMemberId } = await loadPreferences(trx);
    const mine = myMemberId ? await countDueFor(trx, due, myMemberId) : 0;
    const firstToday = (await loadSetting(trx, LAST_NOTICE_KEY)) !== due.today;
    if (firstToday) await saveSetting(trx, LAST_NOTICE_KEY, due.today, at);
    const reviewCount = reviews ? reviews.overdue + reviews.due : 0;
    return { announce: firstToday && overdue + dueSoon + reviewCount > 0, overdue, dueSoon, mine, ...(reviews && { reviews }) };
  });
}
