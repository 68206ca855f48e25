import { describe, expect, it } from 'vitest';
import { breakdownProblem, isFarFromHistory, within24hProblem } from '../../shared/dataChecks';
import { noteIdentifierKind } from '../../shared/dataNoteRule';
import { isLate, parsePeriod, shiftPeriod } from '../../shared/dataPeriods';
import { type SharedTable, shownCount, suppressTable } from '../../shared/smallNumbers';
import { recoverHidden } from './support/smallNumberAttack';

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

  it('never hides a 0 to protect a small count: a hidden 0 beside it would narrow it to the line total', () => {
    // One quarter of three organizations: 40, 3 and 0. Hiding the 0 and its row total with the 3 would leave
    // "the two hidden add up to 3"; the 40 and its row total are hidden instead, so the 3 may be anything below 11.
    const table = suppressTable([[40], [3], [0]]);
    expect(table.cells.map((line) => line[0]?.hidden)).toEqual(['complementary', 'small', null]);
    expect(table.rowTotals.map((cell) => cell.hidden)).toEqual(['complementary', 'small', null]);
    expect(table.columnTotals[0]).toEqual({ value: 43, hidden: null });
    for (let seed = 1; seed <= 200; seed++) {
      const shared = suppressTable(seededTable(seed, 2 + (seed % 39), 1 + (seed % 8)));
      const complementary = [...shared.cells.flat(), ...shared.rowTotals, ...shared.columnTotals, shared.grandTotal].filter(
        (cell) => cell.hidden === 'complementary',
      );
      expect(
        complementary.filter((cell) => cell.value === 0),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });

  it('no hidden cell of 200 seeded tables, up to 40 organizations by 8 measures, can be worked out from the totals', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rows = seededTable(seed, 2 + (seed % 39), 1 + (seed % 8));
      const table = suppressTable(rows);
      expect(recoverHidden(table), `seed ${seed}`).toEqual([]);
      table.cells.forEach((line, row) =>
        line.forEach((cell, column) =>
          expect(cell.hidden === 'small').toBe(rows[row]?.[column] !== undefined && (rows[row]?.[column] ?? 0) >= 1 && (rows[row]?.[column] ?? 0) <= 10),
        ),
      );
    }
  });
});
