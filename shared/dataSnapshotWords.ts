import type { SharedFigure } from './contract/agendaReviewSchemas';
import { HIDDEN_FIGURE } from './smallNumbers';

/** A data review snapshot's figure in words, the same in the meeting view and the meeting record (one word for any hidden one). */
export function sharedFigureWords(figure: SharedFigure): string {
  if (figure.hidden) return HIDDEN_FIGURE;
  if (figure.noFigures) return 'no figures';
  return String(figure.value ?? '');
}
