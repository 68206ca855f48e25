import type { SharedFigure } from './contract/agendaReviewSchemas';
import { suppressedLabel } from './smallNumbers';

/** A data review snapshot's figure in words, the same in the meeting view and the meeting record. */
export function sharedFigureWords(figure: SharedFigure, threshold: number): string {
  if (figure.hidden === 'small') return suppressedLabel(threshold);
  if (figure.hidden === 'complementary') return 'suppressed';
  if (figure.noFigures) return 'no figures';
  return String(figure.value ?? '');
}

/** What the hidden figures mean, said once under the table. */
export function suppressionNote(threshold: number): string {
  return `Counts from 1 to ${threshold} read "${suppressedLabel(threshold)}"; "suppressed" protects such a count from being worked out from the total.`;
}
