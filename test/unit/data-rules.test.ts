import { describe, expect, it } from 'vitest';
import { breakdownProblem, isFarFromHistory, within24hProblem } from '../../shared/dataChecks';
import { noteIdentifierKind } from '../../shared/dataNoteRule';
import { isLate, parsePeriod, shiftPeriod } from '../../shared/dataPeriods';
import { type SharedTable, shownCount, suppressTable } from '../../shared/smallNumbers';

const roster = [
  { fullName: 'Rosa Muñoz', displayName: '' },
  { fullName: 'Dr. Ben A. Okafor Jr.', displayName: 'Ben' },
  { fullName: 'Jordan Hidden', displayName: 'Youth Advisor J' },
];

describe('a submission note holds no identifier', () => {
  it.each([
    ['Born 2009-04-17, placed out of county', 'date'],
    ['DOB 4/17/09 counted twice', 'date'],
    ['one youth (March 3, 2010) moved', 'date'],
    ['the girl born 3 March 2010', 'date'],
    ['see case CW-2024-0113', 'case-number'],
    ['counted AB12345 twice', 'case-number'],
    ['file 4471 reopened', 'case-number'],
    ['record no. 88 duplicate', 'case-number'],
    ['ref 0045123', 'case-number'],
    ['ROSA MUNOZ entered these', 'roster-name'],
    ['checked by Ben Okafor', 'roster-name'],
    ['the Youth Advisor J group', 'roster-name'],
  ])('refuses %j as a %s', (note, kind) => {
    expect(noteIdentifierKind(note, roster)).toBe(kind);
  });

  it.each([
    'Q3 figures include the new shelter; FY26 definitions.',
    'Missing counts any unauthorized absence of 24 hours or more.',
    'Two sites reported late; 12 of 40 youth were screened in March 2026.',
    'Rosa reviewed the totals with the youth advisory board.',
    '',
  ])('accepts %j', (note) => {
    expect(noteIdentifierKind(note, roster)).toBeNull();
  });
});

describe('consistency checks', () => {
  it('refuses a breakdown that does not add up to its total, and unknown cells', () => {
    expect(breakdownProblem({ total: 12, breakdown: { age: { '12-14': 4, '15-17': 5 } } }, ['age'])).toBe(
      'Age band adds up to 9, but the total is 12. Correct a cell or the total, or leave the whole age band breakdown blank.',
    );
    expect(breakdownProblem({ total: 9, breakdown: { age: { '12-14': 4, '15-17': 5 } } }, ['age'])).toBeNull();
    expect(breakdownProblem({ total: 9, breakdown: { age: { '30-40': 9 } } }, ['age'])).toMatch(/does not know/);
    expect(breakdownProblem({ total: 9, breakdown: { gender: { female: 9 } } }, ['age'])).toMatch(/no such breakdown/);
  });

  it('refuses "within 24 hours" above its total or without it', () => {
    expect(within24hProblem(5, 4, 'Reported')).toBe('Within 24 hours (5) cannot be more than “Reported” (4).');
    expect(within24hProblem(4, 4, 'Reported')).toBeNull();
    expect(within24hProblem(1, undefined, 'Reported')).toMatch(/Enter “Reported” too/);
  });

  it('flags a figure more than 3 MADs from the median of at least 4 earlier ones', () => {
    const earlier = [10, 12, 11, 9, 40];
    // median 11, MAD 1, floored at 11/4 = 2.75: the band is 11 ± 8.25
    expect(isFarFromHistory(19, earlier)).toBe(false);
    expect(isFarFromHistory(20, earlier)).toBe(true);
    expect(isFarFromHistory(2, earlier)).toBe(true);
    expect(isFarFromHistory(500, [10, 12, 11])).toBe(false);
    expect(isFarFromHistory(7, [5, 5, 5, 5])).toBe(false);
    expect(isFarFromHistory(9, [5, 5, 5, 5])).toBe(true);
  });

  it('knows when a quarter is due and late', () => {
    const quarter = parsePeriod('2026-Q1');
    expect(quarter).toMatchObject({ kind: 'quarterly', startsOn: '2026-01-01', endsOn: '2026-03-31', dueOn: '2026-04-15' });
    expect(parsePeriod('2026-13')).toBeNull();
    expect(shiftPeriod('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftPeriod('2026-01', -4)).toBe('2025-09');
    if (!quarter) return;
    expect(isLate(quarter, null, '2026-04-15')).toBe(false);
    expect(isLate(quarter, null, '2026-04-16')).toBe(true);
    expect(isLate(quarter, '2026-04-20T10:00:00Z', '2026-05-01')).toBe(true);
  });
});

/**
 * The attacker: every hidden entry of the table with its totals is an unknown, and every row and column (totals
 * included) is an equation. A hidden entry is recovered when the equations fix it (Gaussian elimination over the
 * rationals: its unit vector lies in the equations' row space). Returns the entries it recovered.
 */
function recoverHidden(table: SharedTable): { row: number; column: number; value: number }[] {
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
  for (let row = 0; row < rows; row++) addLine(Array.from({ length: columns - 1 }, (_, column) => [row, column]), [row, columns - 1]);
  for (let column = 0; column < columns; column++) addLine(Array.from({ length: rows - 1 }, (_, row) => [row, column]), [rows - 1, column]);
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

/** What primary suppression alone would publish: the small cells hidden, nothing else. */
function primaryOnly(rows: number[][]): SharedTable {
  const hide = (value: number) => ({ value, hidden: value >= 1 && value <= 10 ? ('small' as const) : null });
  const rowTotals = rows.map((line) => line.reduce((a, b) => a + b, 0));
  const columnTotals = (rows[0] ?? []).map((_, column) => rows.reduce((all, line) => all + (line[column] ?? 0), 0));
  return {
    cells: rows.map((line) => line.map(hide)),
    rowTotals: rowTotals.map(hide),
    columnTotals: columnTotals.map(hide),
    grandTotal: hide(rowTotals.reduce((a, b) => a + b, 0)),
  };
}

function seededTable(seed: number, rows: number, columns: number): number[][] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => (next() < 0.3 ? Math.floor(next() * 11) : 11 + Math.floor(next() * 60))));
}

describe('small numbers suppression', () => {
  it('shows 1 to 10 as "fewer than 11", and 0 and 11 as they are; the threshold is a parameter', () => {
    expect([0, 1, 10, 11].map((count) => shownCount(count))).toEqual(['0', 'fewer than 11', 'fewer than 11', '11']);
    expect(shownCount(5, 4)).toBe('5');
    expect(shownCount(4, 4)).toBe('fewer than 5');
  });

  it('hides the next smallest cell of a row with one small cell, so the row total cannot give it away', () => {
    const table = suppressTable([
      [3, 40, 25],
      [30, 50, 60],
    ]);
    expect(table.cells[0]?.map((cell) => cell.hidden)).toEqual(['small', null, 'complementary']);
    expect(table.cells[1]?.map((cell) => cell.hidden)).toEqual(['complementary', null, 'complementary']);
    expect(recoverHidden(table)).toEqual([]);
  });

  it('the attacker recovers a small cell when only small cells are hidden (so the attack is real)', () => {
    const rows = [
      [3, 40, 25],
      [30, 50, 60],
    ];
    expect(recoverHidden(primaryOnly(rows))).toContainEqual({ row: 0, column: 0, value: 3 });
  });

  it('no hidden cell of 200 seeded tables, up to 40 organizations by 8 measures, can be worked out from the totals', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rows = seededTable(seed, 2 + (seed % 39), 1 + (seed % 8));
      const table = suppressTable(rows);
      expect(recoverHidden(table), `seed ${seed}`).toEqual([]);
      table.cells.forEach((line, row) => line.forEach((cell, column) => expect(cell.hidden === 'small').toBe(rows[row]?.[column] !== undefined && (rows[row]?.[column] ?? 0) >= 1 && (rows[row]?.[column] ?? 0) <= 10)));
    }
  });
});
