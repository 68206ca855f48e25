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

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return byteOrderMark + [headers, ...rows].map(csvLine).join('\r\n') + '\r\n';
}
