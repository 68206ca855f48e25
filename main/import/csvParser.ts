import { chooseDelimiter, type CsvDelimiter } from './csvDelimiter';
import { splitCsvRecords, type CsvRecord } from './csvRecords';
import { decodeCsvBytes, type NotUtf8Error } from './decodeCsvBytes';

/**
 * Reads an uploaded CSV file: the header and the data rows, each numbered as a spreadsheet numbers it (the header
 * is row 1 when it is the first line, blank rows count, and a quoted cell over several lines is still one row).
 */
export type CsvRow = CsvRecord;

export interface ParsedCsv {
  headers: string[];
  rows: CsvRow[];
  delimiter: CsvDelimiter;
}

export interface RaggedRow {
  line: number;
  expected: number;
  found: number;
}

export type CsvParseError =
  | NotUtf8Error
  | { kind: 'empty'; message: string }
  | { kind: 'unclosed-quote'; line: number; message: string }
  | { kind: 'ragged-rows'; rows: RaggedRow[]; message: string };

export type CsvParseResult = { ok: true; csv: ParsedCsv } | { ok: false; error: CsvParseError };

const isBlank = (record: CsvRecord) => record.cells.every((cell) => cell.trim() === '');

function raggedRowsMessage(rows: RaggedRow[], columns: number): string {
  const shown = rows.slice(0, 10).map((row) => row.line);
  const more = rows.length > shown.length ? ` and ${rows.length - shown.length} more` : '';
  const lines = `${rows.length === 1 ? 'Row' : 'Rows'} ${shown.join(', ')}${more}`;
  return `${lines} ${rows.length === 1 ? 'has' : 'have'} a different number of cells than the header (${columns}): look for a missing or extra separator or quote.`;
}

export function parseCsvText(input: string): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const { delimiter, headerOffset, headerLine } = chooseDelimiter(text);
  const split = splitCsvRecords(text, delimiter, headerOffset, headerLine);
  if (!split.ok) {
    const line = split.unclosedQuoteLine;
    return {
      ok: false,
      error: { kind: 'unclosed-quote', line, message: `A quoted cell that starts on line ${line} is never closed: look for a stray double quote (").` },
    };
  }
  const headerIndex = split.records.findIndex((record) => !isBlank(record));
  const header = split.records[headerIndex];
  if (!header) return { ok: false, error: { kind: 'empty', message: 'This file is empty: there is no header row.' } };
  // A spreadsheet numbers every record from 1 (blank ones too; Excel's sep= line is not shown, so not counted).
  const data = split.records
    .map((record, index) => ({ line: index + 1, cells: record.cells }))
    .slice(headerIndex + 1)
    .filter((record) => !isBlank(record));

  const headers = header.cells.map((cell) => cell.trim());
  const ragged = data
    .filter((row) => row.cells.length !== headers.length)
    .map((row) => ({ line: row.line, expected: headers.length, found: row.cells.length }));
  if (ragged.length > 0) return { ok: false, error: { kind: 'ragged-rows', rows: ragged, message: raggedRowsMessage(ragged, headers.length) } };
  return { ok: true, csv: { headers, rows: data, delimiter } };
}

export function parseCsv(bytes: Uint8Array): CsvParseResult {
  const decoded = decodeCsvBytes(bytes);
  return decoded.ok ? parseCsvText(decoded.text) : decoded;
}
