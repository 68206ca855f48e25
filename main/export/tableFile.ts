import type { Writable } from 'node:stream';
import type { DateStyle } from '../../shared/dateFormat';
import type { ExportRenderer, RenderOutput, StreamingRenderer, TableRow } from './exportJob';
import { csvHead, csvLines, toCsv } from './toCsv';
import { writeXlsxSheet } from './xlsxWriter';
import { zipArchive } from './zipArchive';

/** A table bound for a spreadsheet: the model of every CSV and XLSX export. */
export interface TableModel {
  sheetName: string;
  headers: string[];
  /** Rows carried in the model itself (a short table). */
  rows: TableRow[];
  /** How many more rows the backend feeds after these, in chunks (a long list); none when absent. */
  fedRows?: number;
  /** Which columns hold calendar dates (YYYY-MM-DD), when the preparer knows; otherwise found from the first rows. CSV keeps them so (a machine reads them); XLSX makes them real date cells. */
  dateColumns?: boolean[];
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

/** The table's rows chunk by chunk (its own, then those fed), reporting progress as each chunk is handed on. */
async function* tableChunks(table: TableModel, output: RenderOutput): AsyncIterable<TableRow[]> {
  const total = table.rows.length + (table.fedRows ?? 0);
  let done = 0;
  const counted = (chunk: TableRow[]) => {
    done += chunk.length;
    output.progress(done, total);
    return chunk;
  };
  if (table.rows.length > 0) yield counted(table.rows);
  if (table.fedRows) for await (const chunk of output.fedRows()) yield counted(chunk);
}

/** Writes and waits when the file's buffer is full, so rows never pile up in memory ahead of the disk. */
async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
}

export const renderTableCsv: StreamingRenderer<TableModel> = async (table, output) => {
  await write(output.stream, csvHead(table.headers));
  for await (const chunk of tableChunks(table, output)) await write(output.stream, csvLines(chunk));
  output.stream.end();
};

export const renderTableXlsx: StreamingRenderer<TableModel> = async (table, output) => {
  await writeXlsxSheet(
    output.stream,
    { sheetName: table.sheetName, headers: table.headers, dateColumns: table.dateColumns, dateStyle: table.dateStyle },
    tableChunks(table, output),
  );
};

export const renderCsvFilesZip: ExportRenderer<CsvFilesModel> = (model) =>
  zipArchive(
    model.files.map((file) => ({ name: file.name, content: new TextEncoder().encode(toCsv(file.headers, file.rows)) })),
    new Date(model.generatedAt),
  );
