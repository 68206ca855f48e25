import writeXlsxFile, { type SheetData } from 'write-excel-file/node';

/**
 * Writes a table as an .xlsx workbook of one sheet: a bold, frozen header row and text cells.
 * Cells are stored as text (never as formulas), so nothing in them runs when the file is opened.
 * The only module that depends on the write-excel-file package.
 */
export interface XlsxTable {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

const maxSheetNameLength = 31;
const minColumnWidth = 8;
const maxColumnWidth = 50;

/** Excel refuses sheet names that are empty, longer than 31 characters, or contain []:*?/\ . */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\\s]+/g, ' ').trim().slice(0, maxSheetNameLength).trim();
  return cleaned || 'Sheet1';
}

function columnWidth(table: XlsxTable, column: number): number {
  const longest = table.rows.reduce((widest, row) => Math.max(widest, row[column]?.length ?? 0), table.headers[column]?.length ?? 0);
  return Math.min(maxColumnWidth, Math.max(minColumnWidth, longest + 2));
}

export async function tableToXlsx(table: XlsxTable, sheetName: string): Promise<Buffer> {
  const header = table.headers.map((value) => ({ value, type: String, fontWeight: 'bold' as const }));
  const body = table.rows.map((row) => row.map((value) => (value === '' ? null : { value, type: String })));
  const data: SheetData = [header, ...body];
  const columns = table.headers.map((_, column) => ({ width: columnWidth(table, column) }));
  return writeXlsxFile(data, { sheet: safeSheetName(sheetName), columns, stickyRowsCount: 1 }).toBuffer();
}
