import type { ChannelOutput } from '../../../shared/contract';

type DueNotice = ChannelOutput<'actions.takeDueNotice'>;

const items = (count: number) => `${count.toLocaleString()} action ${count === 1 ? 'item is' : 'items are'}`;
const are = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'is' : 'are'}`;

/** "3 action items are overdue and 5 are due soon. 2 of them are yours." */
export function dueNoticeText({ overdue, dueSoon, mine }: DueNotice): string {
  const counts =
    overdue > 0 && dueSoon > 0
      ? `${items(overdue)} overdue and ${are(dueSoon)} due soon.`
      : overdue > 0
        ? `${items(overdue)} overdue.`
        : `${items(dueSoon)} due soon.`;
  if (mine === 0) return counts;
  return `${counts} ${mine === overdue + dueSoon && mine > 1 ? 'All of them are yours.' : `${mine.toLocaleString()} of them ${mine === 1 ? 'is' : 'are'} yours.`}`;
}
