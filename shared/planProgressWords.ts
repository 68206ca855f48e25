import type { Objective } from './contract/planSchemas';
import type { FormatDay } from './dateFormat';

export type { FormatDay } from './dateFormat';

/** How an objective's figures and progress read, the same on the Plan page and in the exported plan. */

const amountFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatAmount(value: number | null): string {
  return value === null ? '' : amountFormat.format(value);
}

export function percentOf(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "40%: 2 of 5 linked action items done" or "60%: 30 recorded on Mar 1, 2026", or what is still missing. */
export function progressWords(objective: Pick<Objective, 'progress' | 'progressMode' | 'target' | 'status'>, formatDay: FormatDay): string {
  const { progress } = objective;
  if (objective.progressMode === 'linked-actions') {
    if (progress.linkedCounted === 0) return objective.status === 'done' ? '100%: done' : 'No linked action items yet';
    const items = progress.linkedCounted === 1 ? 'linked action item' : 'linked action items';
    return `${percentOf(progress.share ?? 0)}: ${progress.linkedDone} of ${progress.linkedCounted} ${items} done`;
  }
  if (progress.share === null) return objective.target === null ? 'No target set' : 'No value recorded yet';
  const latest = progress.latestValue === null ? 'done' : `${formatAmount(progress.latestValue)} recorded on ${progress.latestOn === null ? '' : formatDay(progress.latestOn)}`;
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
