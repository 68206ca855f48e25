import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  FIGURES_SHEET,
  KEY_COLUMN,
  MARKER_SHEET,
  type PartnerFileMarker,
  type PartnerRowKey,
  inputColumnOf,
  parseMarker,
  parseRowKey,
} from '../../shared/dataPartnerFileFormat';
import { AppError } from '../../shared/errors';

/**
 * Reads a returned partner file (shared/dataPartnerFileFormat.ts) into its marker and its cells by key; what the
 * cells mean is the service's business. exceljs is loaded on first use, so the backend does not load it at start.
 */
export type CellReading = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'text'; text: string } | { kind: 'other' };

export interface KeyedCell {
  key: PartnerRowKey;
  /** Where the person typed it, "C12". */
  address: string;
  reading: CellReading;
}

export interface PartnerFileContents {
  marker: PartnerFileMarker;
  cells: KeyedCell[];
}

export const notAPartnerFileMessage =
  'This file is not a fill-in file made by Coalition Desk, or its hidden parts were changed. Send the partner a new file (Partner files, Download) and import the one they return.';

const notOurs = () => new AppError('VALIDATION', notAPartnerFileMessage, { fieldErrors: { file: [notAPartnerFileMessage] } });

/** What the parts of a filled-in template may add up to once unzipped (a template unzips to well under 1 MB). */
const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

/** The sizes the zip's directory declares, read before anything is inflated, so a zip bomb is refused unopened. */
async function declaredUnzippedBytes(bytes: Buffer): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.values(zip.files).reduce(
    (sum, entry) => sum + ((entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0),
    0,
  );
}

export async function readPartnerFile(bytes: Buffer): Promise<PartnerFileContents> {
  const unzipped = await declaredUnzippedBytes(bytes).catch(() => Number.POSITIVE_INFINITY);
  if (unzipped > MAX_UNZIPPED_BYTES) throw notOurs();
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw notOurs();
  }
  const markerSheet = workbook.getWorksheet(MARKER_SHEET);
  const figures = workbook.getWorksheet(FIGURES_SHEET);
  const markerCell = markerSheet?.getCell('A1').value;
  const marker = typeof markerCell === 'string' ? parseMarker(markerCell) : null;
  if (!marker || !figures) throw notOurs();
  const cells: KeyedCell[] = [];
  figures.eachRow((row) => {
    const keyValue = row.getCell(KEY_COLUMN).value;
    const key = typeof keyValue === 'string' ? parseRowKey(keyValue) : null;
    if (!key) return;
    const column = inputColumnOf(key);
    cells.push({ key, address: `${column}${row.number}`, reading: readCell(row.getCell(column).value) });
  });
  return { marker, cells };
}

/** A cell's value as typed: formulas by their result, rich text by its words. */
export function readCell(value: ExcelJS.CellValue): CellReading {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'blank' } : { kind: 'text', text: value };
  if (typeof value !== 'object' || value instanceof Date) return { kind: 'other' };
  if ('result' in value) return readCell((value.result ?? null) as ExcelJS.CellValue);
  if ('richText' in value) return readCell(value.richText.map((run) => run.text).join(''));
  if ('text' in value && typeof value.text === 'string') return readCell(value.text);
  return { kind: 'other' };
}
