/**
 * Small numbers suppression for anything shared. A count from 1 to the threshold (10 by default, a setting) is shown
 * as "fewer than 11"; 0 stays 0. A table is published with its row totals, column totals and grand total, so hiding
 * the small cells alone is not enough: a row with one hidden cell gives it away (total minus the others). Cells
 * are hidden as well (complementary suppression) until no hidden cell can be worked out from the totals.
 *
 * How: the table with its totals is a grid of (rows + 1) x (columns + 1) numbers where every line adds up to its
 * last entry. Read the lines as nodes and each hidden entry as an edge between its row and its column: a hidden
 * entry can be worked out exactly when that edge is a bridge (removing it cuts the graph), and only then (the
 * system is a network's flow conservation). So while a bridge remains, the cheapest visible entries that close a
 * cycle through it are hidden too (the classic "next smallest in the row and column", checked for the whole table).
 */

export const DEFAULT_SMALL_NUMBER_THRESHOLD = 10;

export function isSmallNumber(count: number, threshold = DEFAULT_SMALL_NUMBER_THRESHOLD): boolean {
  return count >= 1 && count <= threshold;
}

export function suppressedLabel(threshold = DEFAULT_SMALL_NUMBER_THRESHOLD): string {
  return `fewer than ${threshold + 1}`;
}

/** One count as it may be shared. */
export function shownCount(count: number, threshold = DEFAULT_SMALL_NUMBER_THRESHOLD): string {
  return isSmallNumber(count, threshold) ? suppressedLabel(threshold) : String(count);
}

/**
 * Decision: in a shared table every hidden figure reads the same word, whether it is small or hidden to protect a small
 * one. Different words ("fewer than 11" here, "withheld" there) would tell a reader which hidden cells are the small
 * ones, and with the totals that narrows them down.
 */
export const HIDDEN_FIGURE = 'hidden';

/** The rule, said once beside shared tables. */
export function hiddenFiguresRule(threshold = DEFAULT_SMALL_NUMBER_THRESHOLD): string {
  // No small number in the words either ("1 to 10" would be one): a reader's check for small counts finds none.
  return `Any count under ${threshold + 1} other than 0 is hidden, and so is any other figure that would let someone work one out from the totals; each reads "${HIDDEN_FIGURE}".`;
}

export type SuppressionReason = 'small' | 'complementary';

export interface SharedCell {
  value: number;
  /** Why it is hidden, or null when it may be shown. */
  hidden: SuppressionReason | null;
}

export interface SharedTable {
  cells: SharedCell[][];
  rowTotals: SharedCell[];
  columnTotals: SharedCell[];
  grandTotal: SharedCell;
}

/** A table of counts (rows of equal length) with its totals, ready to share: small and complementary cells hidden. */
export function suppressTable(rows: readonly (readonly number[])[], threshold = DEFAULT_SMALL_NUMBER_THRESHOLD): SharedTable {
  const columns = rows[0]?.length ?? 0;
  const grid = withTotals(rows, columns);
  const hidden = grid.map((line) => line.map((value): SuppressionReason | null => (isSmallNumber(value, threshold) ? 'small' : null)));
  for (let bridge = findBridge(hidden); bridge; bridge = findBridge(hidden)) {
    for (const [row, column] of closingPath(grid, hidden, bridge)) (hidden[row] as (SuppressionReason | null)[])[column] = 'complementary';
  }
  const cell = (row: number, column: number): SharedCell => ({ value: grid[row]?.[column] ?? 0, hidden: hidden[row]?.[column] ?? null });
  const last = rows.length;
  return {
    cells: rows.map((line, row) => line.map((_, column) => cell(row, column))),
    rowTotals: rows.map((_, row) => cell(row, columns)),
    columnTotals: Array.from({ length: columns }, (_, column) => cell(last, column)),
    grandTotal: cell(last, columns),
  };
}

function withTotals(rows: readonly (readonly number[])[], columns: number): number[][] {
  const grid = rows.map((line) => [...line, line.reduce((all, value) => all + value, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, column) => grid.reduce((all, line) => all + (line[column] ?? 0), 0));
  return [...grid, totals];
}

type Entry = readonly [row: number, column: number];

/**
 * A hidden entry that is a bridge in the graph of hidden entries (nodes: row lines 0..R, column lines R+1..), or
 * null. Tarjan's bridge search; the graph is small (at most a few thousand entries).
 */
function findBridge(hidden: readonly (readonly (SuppressionReason | null)[])[]): Entry | null {
  const rowCount = hidden.length;
  const columnCount = hidden[0]?.length ?? 0;
  const nodeCount = rowCount + columnCount;
  const neighbours: { node: number; entry: Entry }[][] = Array.from({ length: nodeCount }, () => []);
  hidden.forEach((line, row) =>
    line.forEach((reason, column) => {
      if (reason === null) return;
      neighbours[row]?.push({ node: rowCount + column, entry: [row, column] });
      neighbours[rowCount + column]?.push({ node: row, entry: [row, column] });
    }),
  );
  const order = new Array<number>(nodeCount).fill(-1);
  const low = new Array<number>(nodeCount).fill(0);
  let counter = 0;
  const visit = (node: number, via: Entry | null): Entry | null => {
    order[node] = low[node] = counter++;
    for (const next of neighbours[node] ?? []) {
      if (via && next.entry[0] === via[0] && next.entry[1] === via[1]) continue;
      if ((order[next.node] ?? -1) === -1) {
        const found = visit(next.node, next.entry);
        if (found) return found;
        low[node] = Math.min(low[node] ?? 0, low[next.node] ?? 0);
        if ((low[next.node] ?? 0) > (order[node] ?? 0)) return next.entry;
      } else {
        low[node] = Math.min(low[node] ?? 0, order[next.node] ?? 0);
      }
    }
    return null;
  };
  for (let node = 0; node < nodeCount; node++) {
    if ((order[node] ?? -1) !== -1) continue;
    const found = visit(node, null);
    if (found) return found;
  }
  return null;
}

/**
 * The visible entries to hide for a bridge: the cheapest path from the bridge's row to its column that does not use
 * the bridge, where an entry already hidden costs nothing and a visible one its value plus one (so fewer and smaller
 * cells are hidden). Hiding them closes a cycle through the bridge, which can then no longer be worked out.
 */
/**
 * Decision: a visible 0 is never hidden to protect another cell. A hidden 0 adds no uncertainty: with it, a small count
 * and the 0 add up to the small count itself, so the line's total still narrows it to "at most that total". Such a
 * path always exists without zeros: a hidden entry is at least 1 (small ones are, and complementary ones are never
 * 0), so its row total, column total and the grand total are too, and they close a cycle through it.
 */
function complementaryCost(value: number): number {
  return value === 0 ? Infinity : value + 1;
}

function closingPath(grid: readonly (readonly number[])[], hidden: readonly (readonly (SuppressionReason | null)[])[], bridge: Entry): Entry[] {
  const rowCount = grid.length;
  const columnCount = grid[0]?.length ?? 0;
  const nodeCount = rowCount + columnCount;
  const cost = new Array<number>(nodeCount).fill(Infinity);
  const via = new Array<Entry | null>(nodeCount).fill(null);
  const done = new Array<boolean>(nodeCount).fill(false);
  cost[bridge[0]] = 0;
  for (;;) {
    let node = -1;
    for (let at = 0; at < nodeCount; at++)
      if (!done[at] && (cost[at] ?? Infinity) < Infinity && (node === -1 || (cost[at] ?? 0) < (cost[node] ?? 0))) node = at;
    if (node === -1 || node === rowCount + bridge[1]) break;
    done[node] = true;
    const isRow = node < rowCount;
    const count = isRow ? columnCount : rowCount;
    for (let other = 0; other < count; other++) {
      const entry: Entry = isRow ? [node, other] : [other, node - rowCount];
      if (entry[0] === bridge[0] && entry[1] === bridge[1]) continue;
      const next = isRow ? rowCount + other : other;
      const step = hidden[entry[0]]?.[entry[1]] ? 0 : complementaryCost(grid[entry[0]]?.[entry[1]] ?? 0);
      if ((cost[node] ?? 0) + step < (cost[next] ?? Infinity)) {
        cost[next] = (cost[node] ?? 0) + step;
        via[next] = entry;
      }
    }
  }
  const path: Entry[] = [];
  for (let node = rowCount + bridge[1]; node !== bridge[0];) {
    const entry = via[node];
    if (!entry) throw new Error('A table with its totals always has a path around a bridge.');
    if (!hidden[entry[0]]?.[entry[1]]) path.push(entry);
    node = node < rowCount ? rowCount + entry[1] : entry[0];
  }
  return path;
}
