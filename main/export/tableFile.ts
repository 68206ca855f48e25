import type { DateStyle } from '../../shared/dateFormat';
import type { ExportRenderer } from './exportJob';
import { toCsv } from './toCsv';
import { tableToXlsx } from './xlsxWriter';
import { zipArchive } from './zipArchive';

/** A table bound for a spreadsheet: the model of every CSV and XLSX export. */
export interface TableModel {
  sheetName: string;
  headers: string[];
  /** Dates as YYYY-MM-DD: CSV keeps them so (a machine reads them); XLSX makes them real date cells. */
  rows: string[][];
  /** The workspace's date style (Settings): how an XLSX date cell shows. */
  dateStyle: DateStyle;
}

/** Several tables, one CSV file each, in one zip archive (a CSV file holds one table). */
export interface CsvFilesModel {
  /** File names inside the archive, e.g. "meetings.csv". */
  files: Array<{ name: string; headers: string[]; rows: string[][] }>;
  /** UTC ISO instant: the files' date in the archive. */
  generatedAt: string;
}

export const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const renderTableCsv: ExportRenderer<TableModel> = (table) => new TextEncoder().encode(toCsv(table.headers, table.rows));

export const renderTableXlsx: ExportRenderer<TableModel> = async (table) => new Uint8Array(await tableToXlsx(table, table.sheetName, table.dateStyle));

export const renderCsvFilesZip: ExportRenderer<CsvFilesModel> = (model) =>
  zipArchive(
    model.files.map((file) => ({ name: file.name, content: new TextEncoder().encode(toCsv(file.headers, file.rows)) })),
    new Date(model.generatedAt),
  );
