import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../../main/export/neutralizeFormula';
import { toCsv } from '../../main/export/toCsv';
import { parseCsv, parseCsvText } from '../../main/import/csvParser';
import { csvFixture } from '../fixtures/csvFixtures';

describe('neutralizing formulas', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://evil","click")'])('prefixes %j with a quote', (cell) => {
    expect(neutralizeFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['Harbor Clinic', '', ' =1', "'=1", 'a=b', '1-2'])('leaves %j alone', (cell) => {
    expect(neutralizeFormula(cell)).toBe(cell);
  });
});

describe('writing CSV', () => {
  it('writes a byte-order mark, CRLF line ends, and quotes only where needed', () => {
    const csv = toCsv(
      ['Name', 'Notes'],
      [
        ['Plain', 'Has, a comma'],
        ['Has "quotes"', 'Two\nlines'],
        ['Semi;colon', null],
      ],
    );
    expect(csv).toBe('\uFEFFName,Notes\r\nPlain,"Has, a comma"\r\n"Has ""quotes""","Two\nlines"\r\n"Semi;colon",\r\n');
  });

  it('reads back through our own parser unchanged', () => {
    const rows = [
      ['Muñoz, "Casa"', 'line\nbreak', ''],
      ['x', 'y', 'z'],
    ];
    const result = parseCsvText(toCsv(['A', 'B', 'C'], rows));
    expect(result).toMatchObject({ ok: true, csv: { headers: ['A', 'B', 'C'], rows: [{ cells: rows[0] }, { cells: rows[1] }] } });
  });

  it('neutralizes the formula cell of the fixture, which reads back as inert text', () => {
    const imported = parseCsv(csvFixture('formula-injection.csv'));
    if (!imported.ok) throw new Error(imported.error.message);
    const exported = toCsv(
      imported.csv.headers,
      imported.csv.rows.map((row) => row.cells),
    );

    const readBack = parseCsv(new TextEncoder().encode(exported));
    if (!readBack.ok) throw new Error(readBack.error.message);
    expect(readBack.csv.rows[0]?.cells).toEqual(['Safe Harbor Coalition', 'Youth services coalitions', `'=HYPERLINK("http://evil","click")`]);
    expect(exported).not.toMatch(/(^|[,\n])"?=/);
  });
});
