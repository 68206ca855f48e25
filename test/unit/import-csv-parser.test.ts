import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv, parseCsvText, type CsvParseResult, type ParsedCsv } from '../../main/import/csvParser';
import { csvFixture } from '../fixtures/csvFixtures';
import { cpuMillis } from './support/cpuTime';

function parsed(result: CsvParseResult): ParsedCsv {
  if (!result.ok) throw new Error(`Expected a parsed file, got: ${result.error.message}`);
  return result.csv;
}

const cellsOf = (csv: ParsedCsv) => csv.rows.map((row) => row.cells);

describe('the CSV parser on the fixture files', () => {
  it('drops a UTF-8 byte-order mark and keeps accents', () => {
    const csv = parsed(parseCsv(csvFixture('bom.csv')));
    expect(csv.headers).toEqual(['Name', 'Sector', 'Involvement']);
    expect(csv.rows[0]?.cells[0]).toBe('Casa Muñoz Youth Shelter');
  });

  it('reads CRLF line ends', () => {
    const bytes = csvFixture('crlf.csv');
    expect(Buffer.from(bytes).includes('\r\n')).toBe(true);
    const csv = parsed(parseCsv(bytes));
    expect(cellsOf(csv)).toEqual([
      ['Northside Police Department', 'Law enforcement', 'Public agency'],
      ['Harbor Health Clinic', 'Health', 'Nonprofit'],
    ]);
    expect(csv.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted cells, and counts lines across them', () => {
    const csv = parsed(parseCsv(csvFixture('quoted-commas-newlines.csv')));
    expect(cellsOf(csv)).toEqual([
      ['Lakeview Schools, District 4', 'Education', '12 Elm St, Suite 3', 'Contact the "youth safety" team first'],
      ['Bridge Counseling', 'Behavioral health', '400 Main St\nFloor 2', 'Line one\nline two, with a comma'],
    ]);
    expect(csv.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it('skips blank lines, including rows of empty cells, and reports real line numbers', () => {
    const csv = parsed(parseCsv(csvFixture('blank-lines.csv')));
    expect(csv.headers).toEqual(['Name', 'Sector']);
    expect(csv.rows).toEqual([
      { line: 4, cells: ['First Light Shelter', 'Runaway and homeless youth'] },
      { line: 7, cells: ['Second Chance Outreach', 'runaway-homeless-youth'] },
    ]);
  });

  it("follows Excel's sep=; line", () => {
    const csv = parsed(parseCsv(csvFixture('excel-semicolon.csv')));
    expect(csv.delimiter).toBe(';');
    expect(csv.headers).toEqual(['Name', 'Sector', 'Website', 'Joined']);
    // Excel does not show the sep= line, so the header is row 1 there.
    expect(csv.rows[1]).toEqual({ line: 3, cells: ['Hotel Partners; Downtown', 'Businesses where trafficking can happen', '', '2024-01-09'] });
  });

  it('refuses a Windows-1252 file with advice instead of mojibake', () => {
    const result = parseCsv(csvFixture('windows-1252.csv'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('not-utf8');
    expect(result.error.message).toMatch(/^This file is not UTF-8/);
    expect(result.error.message).toContain("save it as 'CSV UTF-8");
    expect(result.error).toMatchObject({ line: 2 });
  });

  it('reads a formula-looking cell as plain text', () => {
    const csv = parsed(parseCsv(csvFixture('formula-injection.csv')));
    expect(csv.rows[0]?.cells[2]).toBe('=HYPERLINK("http://evil","click")');
  });
});

describe('the CSV parser on edge cases', () => {
  it('guesses the delimiter from the header: semicolons and tabs without a sep= line', () => {
    expect(parsed(parseCsvText('a;b;c\n1;2,5;3\n')).rows[0]?.cells).toEqual(['1', '2,5', '3']);
    expect(parsed(parseCsvText('a\tb\n1\t2\n')).delimiter).toBe('\t');
    expect(parsed(parseCsvText('"a,b";c;d\n1;2;3\n')).delimiter).toBe(';');
  });

  it('accepts CR-only line ends, no final line end, and an empty last cell', () => {
    expect(cellsOf(parsed(parseCsvText('a,b\r1,2\r3,4')))).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(cellsOf(parsed(parseCsvText('a,b\n1,')))).toEqual([['1', '']]);
  });

  it('reads a single-column file', () => {
    expect(cellsOf(parsed(parseCsvText('Name\nOne\nTwo\n')))).toEqual([['One'], ['Two']]);
  });

  it('decodes UTF-16 with a byte-order mark, as Excel "Unicode text" writes', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tSector\nMuñoz\tEducation\n', 'utf16le')]);
    expect(cellsOf(parsed(parseCsv(new Uint8Array(bytes))))).toEqual([['Muñoz', 'Education']]);
  });

  it('reports rows with too few or too many cells, by line', () => {
    const result = parseCsvText('a,b,c\n1,2,3\n1,2\n\n1,2,3,4\n');
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'ragged-rows') throw new Error('expected ragged rows');
    expect(result.error.rows).toEqual([
      { line: 3, expected: 3, found: 2 },
      { line: 5, expected: 3, found: 4 },
    ]);
    expect(result.error.message).toContain('Rows 3, 5');
  });

  it('reports a quote that is never closed, with the line it opens on', () => {
    const result = parseCsvText('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(result).toMatchObject({ ok: false, error: { kind: 'unclosed-quote', line: 3 } });
  });

  it('reports an empty file', () => {
    expect(parseCsv(new Uint8Array())).toMatchObject({ ok: false, error: { kind: 'empty' } });
    expect(parseCsvText('\uFEFF\r\n\r\n')).toMatchObject({ ok: false, error: { kind: 'empty' } });
  });
});

describe('the CSV parser on a large file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses 10,000 rows with quoted cells in under a second of CPU', async () => {
    const lines = ['Name,Sector,Notes'];
    for (let index = 1; index <= 10_000; index++) lines.push(`Agency ${index},Education,"Note ${index}, with ""quotes""\nand a second line"`);
    const file = path.join(dir, 'ten-thousand.csv');
    writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);

    const bytes = new Uint8Array(readFileSync(file));
    const { result: csv, ms } = await cpuMillis(() => parsed(parseCsv(bytes)));

    expect(csv.rows).toHaveLength(10_000);
    // Numbered as the spreadsheet shows it: a cell over two lines is still one row.
    expect(csv.rows[9_999]).toEqual({ line: 10_001, cells: ['Agency 10000', 'Education', 'Note 10000, with "quotes"\nand a second line'] });
    expect(ms).toBeLessThan(1_000);
  });
});
