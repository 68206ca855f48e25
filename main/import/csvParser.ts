import { chooseDelimiter, type CsvDelimiter } from './csvDelimiter';
import { splitCsvRecords, type CsvRecord } from './csvRecords';
import { decodeCsvBytes, type NotUtf8Error } from './decodeCsvBytes';

/** Reads an uploaded CSV file: the header and the data rows, each with the line it starts on. */
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
  const lines = `${rows.length === 1 ? 'Line' : 'Lines'} ${shown.join(', ')}${more}`;
  return `${lines} ${rows.length === 1 ? 'has' : 'have'} a different number of cells than the header (${columns}): look for a missing or extra separator or quote.`;
}

export function parseCsvText(input: string): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const { delimiter, headerOffset, headerLine } = chooseDelimiter(text);
  const split = splitCsvRecords(text, delimiter, headerOffset, headerLine);
  if (!split.ok) {
    const line = split.unclosedQuoteLine;
    return { ok: false, error: { kind: 'unclosed-quote', line, message: `A quoted cell that starts on line ${line} is never closed: look for a stray double quote (").` } };
  }
  const [header, ...data] = split.records.filter((record) => !isBlank(record));
  if (!header) return { ok: false, error: { kind: 'empty', message: 'This file is empty: there is no header row.' } };

  const headers = header.cells.map((cell) => cell.trim());
  const ragged = data.filter((row) => row.cells.length !== headers.length).map((row) => ({ line: row.line, expected: headers.length, found: row.cells.length }));
  if (ragged.length > 0) return { ok: false, error: { kind: 'ragged-rows', rows: ragged, message: raggedRowsMessage(ragged, headers.length) } };
  return { ok: true, csv: { headers, rows: data, delimiter } };
}

export function parseCsv(bytes: Uint8Array): CsvParseResult {
  const decoded = decodeCsvBytes(bytes);
  return decoded.ok ? parseCsvText(decoded.text) : decoded;
}
