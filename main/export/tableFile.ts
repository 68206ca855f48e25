import type { ExportRenderer } from './exportJob';
import { toCsv } from './toCsv';
import { tableToXlsx } from './xlsxWriter';

/** A table bound for a spreadsheet: the model of every CSV and XLSX export. */
export interface TableModel {
  sheetName: string;
  headers: string[];
  rows: string[][];
}

export const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const renderTableCsv: ExportRenderer<TableModel> = (table) => new TextEncoder().encode(toCsv(table.headers, table.rows));

export const renderTableXlsx: ExportRenderer<TableModel> = async (table) => new Uint8Array(await tableToXlsx(table, table.sheetName));
