import { type BreakdownCounts, type BreakdownId, breakdownById } from './dataBreakdowns';

/**
 * The consistency checks on a period's figures. Refusals (a breakdown that does not add up, a "within 24 hours"
 * part larger than its total) stop a save; the history check only flags a figure for a second look.
 */

export interface FigureToCheck {
  total: number;
  breakdown: BreakdownCounts;
}

const sum = (cells: Record<string, number>) => Object.values(cells).reduce((all, count) => all + count, 0);

/** Why a figure's breakdowns cannot be stored, or null: unknown cells, or cells not adding up to the total. */
export function breakdownProblem(figure: FigureToCheck, allowed: readonly BreakdownId[]): string | null {
  for (const [id, cells] of Object.entries(figure.breakdown) as [BreakdownId, Record<string, number>][]) {
    if (!allowed.includes(id)) return 'This measure has no such breakdown. Reload the page and enter the figures again.';
    const definition = breakdownById(id);
    if (Object.keys(cells).some((cell) => !definition.cells.some((known) => known.id === cell))) {
      return `${definition.label} has a cell this measure does not know. Reload the page and enter the figures again.`;
    }
    const added = sum(cells);
    if (added !== figure.total) {
      return `${definition.label} adds up to ${added}, but the total is ${figure.total}. Correct a cell or the total, or leave the whole ${definition.label.toLowerCase()} breakdown blank.`;
    }
  }
  return null;
}

/** Why a "within 24 hours" figure cannot be stored beside its total (which may be missing), or null. */
export function within24hProblem(part: number, total: number | undefined, totalName: string): string | null {
  if (total === undefined) return `Enter “${totalName}” too: the within-24-hours figure is a part of it.`;
  if (part > total) return `Within 24 hours (${part}) cannot be more than “${totalName}” (${total}).`;
  return null;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** How many earlier periods an organization needs before its figures are compared with its own history. */
export const OUTLIER_MIN_HISTORY = 4;
/** A figure more than this many median absolute deviations from the median is flagged. */
export const OUTLIER_DEVIATIONS = 3;

/**
 * Whether a figure is far outside the organization's own history of the measure: more than 3 median absolute
 * deviations (MAD) from the median of its earlier figures, once it has at least 4. The deviation is counted as at
 * least 1 and at least a quarter of the median, so steady small counts (5, 5, 5, 5) do not flag every change of one
 * or two. The median and the MAD are not moved by one earlier odd figure, as a mean and a standard deviation are.
 */
export function isFarFromHistory(value: number, earlier: readonly number[]): boolean {
  if (earlier.length < OUTLIER_MIN_HISTORY) return false;
  const middle = median(earlier);
  const deviation = Math.max(median(earlier.map((figure) => Math.abs(figure - middle))), 1, middle / 4);
  return Math.abs(value - middle) > OUTLIER_DEVIATIONS * deviation;
}
