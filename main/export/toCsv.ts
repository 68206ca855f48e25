import { neutralizeFormula } from './neutralizeFormula';

/**
 * Writes a table as CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order
 * mark so Excel reads accents correctly. Every cell is neutralized against formula injection.
 */
export type CsvCell = string | number | boolean | null | undefined;

const byteOrderMark = '\uFEFF';
const needsQuotes = /[",\r\n;]/;

function csvCell(cell: CsvCell): string {
  const text = neutralizeFormula(cell === null || cell === undefined ? '' : String(cell));
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: readonly CsvCell[]) => cells.map(csvCell).join(',');

/** The start of a CSV file: the byte-order mark and the header line. */
export const csvHead = (headers: readonly string[]): string => `${byteOrderMark}${csvLine(headers)}\r\n`;

/** Rows as CSV lines, each ended: what follows the head, one chunk at a time. */
export const csvLines = (rows: readonly (readonly CsvCell[])[]): string => rows.map((row) => `${csvLine(row)}\r\n`).join('');

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return csvHead(headers) + csvLines(rows);
}
