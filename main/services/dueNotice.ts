import type { ChannelOutput } from '../../shared/contract';
import { countDueFor, tallyDue } from '../db/actionItemQuery';
import { readSetting, writeSetting } from '../db/settingsRepository';
import { dueDatesNow } from './actionItemsDueDates';
import { readPreferences } from './preferences';
import { protocolReviewsForNotice } from './protocolReviewNotice';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction } from './workspaceTransaction';

const LAST_NOTICE_KEY = 'actions.lastDueNoticeOn';

/**
 * Overdue and due-soon counts, and whether to announce them: only the first time the app asks on a calendar day
 * (in the coalition's time zone), and only when something is overdue or due soon. Protocol reviews due or overdue
 * count too (`reviews`, present only then).
 */
export async function takeDueNotice(context: ServiceContext): Promise<ChannelOutput<'actions.takeDueNotice'>> {
  const reviews = await protocolReviewsForNotice(context);
  return inWorkspaceTransaction(context, (db, at) => {
    const due = dueDatesNow(db, new Date(at));
    const { overdue, dueSoon } = tallyDue(db, due);
    const { myMemberId } = readPreferences(db);
    const mine = myMemberId ? countDueFor(db, due, myMemberId) : 0;
    const firstToday = readSetting(db, LAST_NOTICE_KEY) !== due.today;
    if (firstToday) writeSetting(db, LAST_NOTICE_KEY, due.today, at);
    const reviewCount = reviews ? reviews.overdue + reviews.due : 0;
    return { announce: firstToday && overdue + dueSoon + reviewCount > 0, overdue, dueSoon, mine, ...(reviews && { reviews }) };
  });
}
