import type { ProtocolSummary } from '../../../shared/contract';
import { formatDate } from '../../format/formatDate';

/** "Review by Mar 1, 2027", "Review overdue since …", or a dash when nothing is adopted. */
export function reviewWords({ nextReviewOn, review }: Pick<ProtocolSummary, 'nextReviewOn' | 'review'>): string {
  if (nextReviewOn === null) return '—';
  if (review === 'overdue') return `Overdue since ${formatDate(nextReviewOn)}`;
  return formatDate(nextReviewOn);
}

export const reviewColor = (review: ProtocolSummary['review']) => (review === 'overdue' ? 'error.main' : review === 'due' ? 'warning.dark' : 'text.primary');
