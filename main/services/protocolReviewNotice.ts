import { protocolReviewsOn } from './protocolReviews';
import { coalitionToday } from './protocols';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

/** The protocol reviews the once-a-day notice mentions: due (within the notice window) and overdue; null when none. */
export async function protocolReviewsForNotice(context: ServiceContext): Promise<{ overdue: number; due: number } | null> {
  const db = storage(context);
  const { overdue, due } = await protocolReviewsOn(db, await coalitionToday(db, context.now()));
  return overdue + due > 0 ? { overdue, due } : null;
}

/** "1 protocol or agreement review is overdue and 2 are due within 30 days." */
export function protocolReviewNoticeText({ overdue, due }: { overdue: number; due: number }, noticeDays: number): string {
  const reviews = (count: number) => `${count.toLocaleString('en-US')} protocol or agreement ${count === 1 ? 'review is' : 'reviews are'}`;
  const are = (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'is' : 'are'}`;
  if (overdue > 0 && due > 0) return `${reviews(overdue)} overdue and ${are(due)} due within ${noticeDays} days.`;
  if (overdue > 0) return `${reviews(overdue)} overdue.`;
  return `${reviews(due)} due within ${noticeDays} days.`;
}
