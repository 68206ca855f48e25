import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { DateStyle } from '../../shared/dateFormat';

/**
 * Writes a table as an .xlsx workbook of one sheet, as a spreadsheet user expects it: Calibri 11, a bold shaded
 * header row that stays in view and carries a filter, text cells (never formulas, so nothing runs when the file is
 * opened), and real dates in a column whose every value is a date, shown in the workspace's date style ("Mar 12, 2026").
 * The only module that depends on the write-excel-file package.
 */
export interface XlsxTable {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
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
const HEADER_FILL = '#EEF1F4';

/** Excel refuses sheet names that are empty, longer than 31 characters, or contain []:*?/\ . */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\\s]+/g, ' ').trim().slice(0, maxSheetNameLength).trim();
  return cleaned || 'Sheet1';
}

function columnWidth(table: XlsxTable, column: number): number {
  const longest = table.rows.reduce((widest, row) => Math.max(widest, ...(row[column] ?? '').split('\n').map((line) => line.length)), table.headers[column]?.length ?? 0);
  return Math.min(maxColumnWidth, Math.max(minColumnWidth, longest + 2));
}

/** A column is a date column when it has a value and every value is a calendar date (YYYY-MM-DD). */
function isDateColumn(table: XlsxTable, column: number): boolean {
  const values = table.rows.map((row) => row[column] ?? '').filter((value) => value !== '');
  return values.length > 0 && values.every((value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));
}

/** "A", "B", ... "Z", "AA": the column's letters in a cell reference. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A filter on the header row, over the whole table (write-excel-file has no option for it). */
const autoFilter = (table: XlsxTable) => ({
  files: {
    transform: {
      'xl/worksheets/sheet{id}.xml': {
        insert: () => `<autoFilter ref="A1:${columnLetters(Math.max(0, table.headers.length - 1))}${table.rows.length + 1}"/>`,
      },
    },
  },
});

export async function tableToXlsx(table: XlsxTable, sheetName: string, dateStyle: DateStyle): Promise<Buffer> {
  const dates = table.headers.map((_, column) => isDateColumn(table, column));
  const header = table.headers.map((value) => ({ value, type: String, fontWeight: 'bold' as const, backgroundColor: HEADER_FILL, bottomBorderStyle: 'thin' as const }));
  const body = table.rows.map((row) =>
    table.headers.map((_, column) => {
      const value = row[column] ?? '';
      if (value === '') return null;
      if (dates[column]) return { value: new Date(`${value}T00:00:00Z`), type: Date, format: XLSX_DATE_FORMATS[dateStyle], alignVertical: 'top' as const };
      return { value, type: String, alignVertical: 'top' as const, wrap: value.includes('\n') };
    }),
  );
  const data: SheetData = [header, ...body];
  const columns = table.headers.map((_, column) => ({ width: dates[column] ? Math.max(dateStyle === 'long' ? 19 : 13, columnWidth(table, column)) : columnWidth(table, column) }));
  return writeXlsxFile(data, { sheet: safeSheetName(sheetName), columns, stickyRowsCount: 1 }, { fontFamily: 'Calibri', fontSize: 11, features: [autoFilter(table)] }).toBuffer();
}
