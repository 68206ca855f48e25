import { type ChannelOutput, DUE_SOON_DAYS } from '../../shared/contract';
import { REVIEW_NOTICE_DAYS } from '../../shared/protocolReviews';
import { protocolReviewNoticeText } from '../services/protocolReviewNotice';
import type { HostServices } from '../services/hostServices';

type DueNotice = ChannelOutput<'actions.takeDueNotice'>;

const items = (count: number) => `${count.toLocaleString('en-US')} action ${count === 1 ? 'item is' : 'items are'}`;
const verb = (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'is' : 'are'}`;

export function dueNoticeText({ overdue, dueSoon }: DueNotice): string {
  const soon = `due within ${DUE_SOON_DAYS} days`;
  if (overdue > 0 && dueSoon > 0) return `${items(overdue)} overdue and ${verb(dueSoon)} ${soon}.`;
  if (overdue > 0) return `${items(overdue)} overdue.`;
  return `${items(dueSoon)} ${soon}.`;
}

/**
 * The once-a-day system notification about action items. It says only how many: titles and names stay inside
 * the app, because a notification shows on a locked screen and in the system's notification history.
 */
export function announceDueItems(host: HostServices, notice: DueNotice): DueNotice {
  const items = notice.overdue + notice.dueSoon > 0;
  if (!notice.announce || (!items && !notice.reviews)) return notice;
  const body = [items && dueNoticeText(notice), notice.reviews && protocolReviewNoticeText(notice.reviews, REVIEW_NOTICE_DAYS)].filter(Boolean).join(' ');
  host.notify({ title: items ? 'Coalition Desk: action items need attention' : 'Coalition Desk: reviews are due', body });
  return notice;
}
