import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { DateStyle } from '../../shared/dateFormat';

/**
 * Writes a table as an .xlsx workbook of one sheet, as a spreadsheet user expects it: Calibri 11, a bold shaded
 * header row that stays in view and carries a filter, text cells (never formulas, so nothing runs when the file is
 * opened), and real dates in a date column, shown in the workspace's date style ("Mar 12, 2026"). Rows are written as they come (exceljs's streaming
 * writer, strings inline rather than in a shared table), so a sheet of any length takes the memory of one chunk.
 * With export/dataPartnerFile/partnerFileXlsx.ts (the partners' fill-in files), the only modules that write with exceljs.
 */
export interface XlsxTable {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

export type XlsxRows = readonly (readonly string[])[];

export interface XlsxSheet {
  sheetName: string;
  headers: readonly string[];
  /** The workspace's date style (Settings): how a date cell shows. */
  dateStyle: DateStyle;
  /** Which columns hold calendar dates (YYYY-MM-DD), when the caller knows; otherwise found from the first chunk. */
  dateColumns?: readonly boolean[] | undefined;
}

const maxSheetNameLength = 31;
const minColumnWidth = 8;
const maxColumnWidth = 50;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * How a date cell shows, for each date style of shared/dateFormat.ts in the exports' locale (en-US). The cell
 * holds a real date whatever it shows, so sorting, filtering and formulas work on it.
 */
export const XLSX_DATE_FORMATS: Record<DateStyle, string> = { medium: 'mmm d, yyyy', long: 'mmmm d, yyyy', numeric: 'mm/dd/yyyy' };
/** Wide enough for the longest date of the style ("September 30, 2026"). */
const minDateColumnWidths: Record<DateStyle, number> = { medium: 13, long: 19, numeric: 12 };
const HEADER_FILL = 'FFEEF1F4';
const FONT = { name: 'Calibri', size: 11 } as const;

/** Excel refuses sheet names that are empty, longer than 31 characters, or contain []:*?/\ . */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\\s]+/g, ' ')
    .trim()
    .slice(0, maxSheetNameLength)
    .trim();
  return cleaned || 'Sheet1';
}

const isCalendarDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** A column is a date column when it has a value and every value is a calendar date (YYYY-MM-DD). */
function isDateColumn(rows: XlsxRows, column: number): boolean {
  const values = rows.map((row) => row[column] ?? '').filter((value) => value !== '');
  return values.length > 0 && values.every(isCalendarDate);
}

/** Wide enough for the header and the longest line among the rows seen before the sheet's columns are written. */
function columnWidth(headers: readonly string[], rows: XlsxRows, column: number, dateStyle: DateStyle | null): number {
  const longest = rows.reduce((widest, row) => Math.max(widest, ...(row[column] ?? '').split('\n').map((line) => line.length)), headers[column]?.length ?? 0);
  const width = Math.min(maxColumnWidth, Math.max(minColumnWidth, longest + 2));
  return dateStyle ? Math.max(minDateColumnWidths[dateStyle], width) : width;
}

/** "A", "B", ... "Z", "AA": the column's letters in a cell reference. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

type Cell = string | Date | null;

/**
 * exceljs's sheet stream passes its bytes to the compressor without waiting for it (its StreamBuf ignores
 * backpressure), so rows written faster than they are compressed and written to disk would pile up in memory.
 * After each chunk, wait until the compressor has taken what it was given.
 */
async function handedOn(worksheet: ExcelJS.Worksheet): Promise<void> {
  // The compressor's input is a PassThrough of an older readable-stream, without `writableLength`.
  const { pipes = [] } = (worksheet as unknown as { stream: { pipes?: Array<Writable & { _writableState?: { length: number; highWaterMark: number } }> } })
    .stream;
  for (const pipe of pipes) {
    const state = pipe._writableState;
    if (state && state.length > state.highWaterMark) await once(pipe, 'drain');
  }
}

/** A value in a date column that is not a calendar date (a later chunk may hold one) stays text. */
const cellOf = (value: string, date: boolean): Cell => (value === '' ? null : date && isCalendarDate(value) ? new Date(`${value}T00:00:00Z`) : value);

/**
 * Writes the sheet to `out` chunk by chunk and ends it. Column widths and, unless given, date columns come from the
 * first chunk (the whole table when there is one chunk); the filter covers every row written. Answers the row count.
 */
export async function writeXlsxSheet(out: Writable, sheet: XlsxSheet, chunks: AsyncIterable<XlsxRows> | Iterable<XlsxRows>): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const worksheet = workbook.addWorksheet(safeSheetName(sheet.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  const { headers } = sheet;
  let dates: readonly boolean[] | null = null;
  let written = 0;
  const header = worksheet.addRow([...headers]);
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const layOut = (first: XlsxRows) => {
    const found = sheet.dateColumns ?? headers.map((_, column) => isDateColumn(first, column));
    worksheet.columns = headers.map((_, column) => ({
      width: columnWidth(headers, first, column, found[column] === true ? sheet.dateStyle : null),
      style: { font: { ...FONT }, alignment: { vertical: 'top' }, ...(found[column] ? { numFmt: XLSX_DATE_FORMATS[sheet.dateStyle] } : {}) },
    }));
    header.commit();
    return found;
  };
  for await (const chunk of chunks) {
    dates ??= layOut(chunk);
    for (const values of chunk) {
      const row = worksheet.addRow(headers.map((_, column) => cellOf(values[column] ?? '', dates?.[column] === true)));
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.includes('\n')) cell.alignment = { vertical: 'top', wrapText: true };
      });
      row.commit();
    }
    written += chunk.length;
    await handedOn(worksheet);
  }
  if (!dates) layOut([]);
  worksheet.autoFilter = `A1:${columnLetters(Math.max(0, headers.length - 1))}${written + 1}`;
  worksheet.commit();
  await workbook.commit();
  return written;
}

/** The whole workbook in memory: for a table already in hand (the roster's direct download). */
export async function tableToXlsx(table: XlsxTable, sheetName: string, dateStyle: DateStyle): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (part: Buffer) => parts.push(part));
  const ended = new Promise<void>((resolve, reject) => {
    out.once('end', resolve);
    out.once('error', reject);
  });
  await writeXlsxSheet(out, { sheetName, headers: table.headers, dateStyle }, [table.rows]);
  await ended;
  return Buffer.concat(parts);
}
