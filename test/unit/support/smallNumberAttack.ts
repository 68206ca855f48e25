// The small numbers attacker, shared by the suppression tests (data-rules) and the data review's shared view (data-review).
import type { SharedTable } from '../../../shared/smallNumbers';

/**
 * The attacker: every hidden entry of the table with its totals is an unknown, and every row and column (totals
 * included) is an equation. A hidden entry is recovered when the equations fix it (Gaussian elimination over the
 * rationals: its unit vector lies in the equations' row space). Returns the entries it recovered.
 */
export function recoverHidden(table: SharedTable): { row: number; column: number; value: number }[] {
  const grid = [...table.cells.map((line, row) => [...line, table.rowTotals[row] as SharedTable['grandTotal']]), [...table.columnTotals, table.grandTotal]];
  const unknowns: [number, number][] = [];
  grid.forEach((line, row) => line.forEach((cell, column) => cell.hidden && unknowns.push([row, column])));
  const index = new Map(unknowns.map(([row, column], at) => [`${row},${column}`, at]));
  const equations: number[][] = [];
  const addLine = (entries: [number, number][], totalAt: [number, number]) => {
    const coefficients = new Array<number>(unknowns.length + 1).fill(0);
    for (const [row, column] of [...entries, totalAt]) {
      const sign = row === totalAt[0] && column === totalAt[1] ? -1 : 1;
      const at = index.get(`${row},${column}`);
      const cell = grid[row]?.[column];
      if (at !== undefined) coefficients[at] = (coefficients[at] ?? 0) + sign;
      else coefficients[unknowns.length] = (coefficients[unknowns.length] ?? 0) - sign * (cell?.value ?? 0);
    }
    equations.push(coefficients);
  };
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  for (let row = 0; row < rows; row++)
    addLine(
      Array.from({ length: columns - 1 }, (_, column) => [row, column]),
      [row, columns - 1],
    );
  for (let column = 0; column < columns; column++)
    addLine(
      Array.from({ length: rows - 1 }, (_, row) => [row, column]),
      [rows - 1, column],
    );
  // Reduced row echelon form.
  let pivotRow = 0;
  const pivots: number[] = [];
  for (let column = 0; column < unknowns.length && pivotRow < equations.length; column++) {
    const found = equations.findIndex((equation, at) => at >= pivotRow && Math.abs(equation[column] ?? 0) > 1e-9);
    if (found === -1) continue;
    [equations[pivotRow], equations[found]] = [equations[found] as number[], equations[pivotRow] as number[]];
    const pivot = equations[pivotRow] as number[];
    const scale = pivot[column] ?? 1;
    for (let at = 0; at < pivot.length; at++) pivot[at] = (pivot[at] ?? 0) / scale;
    equations.forEach((equation, at) => {
      if (at === pivotRow) return;
      const factor = equation[column] ?? 0;
      if (factor !== 0) for (let k = 0; k < equation.length; k++) equation[k] = (equation[k] ?? 0) - factor * (pivot[k] ?? 0);
    });
    pivots.push(column);
    pivotRow++;
  }
  const recovered: { row: number; column: number; value: number }[] = [];
  pivots.forEach((column, at) => {
    const equation = equations[at] as number[];
    const others = equation.slice(0, unknowns.length).some((value, k) => k !== column && Math.abs(value) > 1e-9);
    const [row, col] = unknowns[column] as [number, number];
    if (!others) recovered.push({ row, column: col, value: Math.round(equation[unknowns.length] ?? 0) });
  });
  return recovered;
}
