import type { Objective } from './contract/planSchemas';
import type { FormatDay } from './dateFormat';
import { suppressedLabel } from './smallNumbers';

export type { FormatDay } from './dateFormat';

/** How an objective's figures and progress read, the same on the Plan page and in the exported plan. */

const amountFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatAmount(value: number | null): string {
  return value === null ? '' : amountFormat.format(value);
}

export function percentOf(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** In anything shared (exports): the small numbers threshold, so a followed count from 1 to it is never printed. */
export interface SharedWords {
  threshold: number;
}

/**
 * "40%: 2 of 5 linked action items done", "60%: 30 recorded on Mar 1, 2026" or "70%: 42 youth in Q3 2026, target
 * 60", or what is still missing. Shared, a followed count the data review would hide reads "fewer than 11" (or
 * "withheld") and its share is left out, since share and target would give it back.
 */
export function progressWords(
  objective: Pick<Objective, 'progress' | 'progressMode' | 'target' | 'status' | 'figures'>,
  formatDay: FormatDay,
  shared?: SharedWords,
): string {
  const { progress } = objective;
  if (objective.figures !== null) return figureWords(objective, objective.figures, shared);
  if (objective.progressMode === 'linked-actions') {
    if (progress.linkedCounted === 0) return objective.status === 'done' ? '100%: done' : 'No linked action items yet';
    const items = progress.linkedCounted === 1 ? 'linked action item' : 'linked action items';
    return `${percentOf(progress.share ?? 0)}: ${progress.linkedDone} of ${progress.linkedCounted} ${items} done`;
  }
  if (progress.share === null) return objective.target === null ? 'No target set' : 'No value recorded yet';
  const latest =
    progress.latestValue === null
      ? 'done'
      : `${formatAmount(progress.latestValue)} recorded on ${progress.latestOn === null ? '' : formatDay(progress.latestOn)}`;
  return `${percentOf(progress.share)}: ${latest}`;
}

/** "From 12 to 40 by Dec 31, 2026", as far as the objective says. */
export function targetWords(objective: Pick<Objective, 'baseline' | 'target' | 'targetDate'>, formatDay: FormatDay): string {
  const parts = [
    objective.baseline === null ? null : `from ${formatAmount(objective.baseline)}`,
    objective.target === null ? null : `to ${formatAmount(objective.target)}`,
    objective.targetDate === null ? null : `by ${formatDay(objective.targetDate)}`,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return 'No target set';
  const words = parts.join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function figureWords(
  objective: Pick<Objective, 'progress' | 'target' | 'status'>,
  figures: NonNullable<Objective['figures']>,
  shared: SharedWords | undefined,
): string {
  if (!figures.measureActive) return `Not following the figures: “${figures.measureName}” is switched off on the Data page`;
  if (figures.value === null || figures.periodWords === null) return `No figures yet for “${figures.measureName}”`;
  const hidden = shared ? figures.hiddenWhenShared : null;
  const count = hidden === null ? formatAmount(figures.value) : hidden === 'small' ? suppressedLabel(shared?.threshold) : 'withheld';
  const target = objective.target === null ? ', no target set' : `, target ${formatAmount(objective.target)}`;
  const share = hidden === null && objective.progress.share !== null ? `${percentOf(objective.progress.share)}: ` : objective.status === 'done' ? 'Done: ' : '';
  return `${share}${count} ${figures.unit} in ${figures.periodWords}${target}`;
}
