import ExcelJS from 'exceljs';
import type { BreakdownId } from '../../../shared/dataBreakdowns';
import {
  DEFINITIONS_SHEET,
  FIGURES_SHEET,
  KEY_COLUMN,
  MARKER_SHEET,
  type PartnerFileMarker,
  type PartnerRowKey,
  inputColumnOf,
  rowKeyText,
} from '../../../shared/dataPartnerFileFormat';
import type { ReportProgress } from '../exportJob';
import { zipArchive } from '../zipArchive';

/**
 * The fill-in workbook for a partner without the app (shared/dataPartnerFileFormat.ts): a figures sheet where only
 * the counts and the note can be typed (every other cell locked, sheet protection without a password: it prevents
 * slips, it is not a secret), whole numbers of 0 or more only in count cells; the definitions in words on a second
 * sheet; the marker on a very hidden third. Never any figure already stored: the file leaves the workspace, and
 * small counts are never exported exactly.
 */
export interface PartnerFileMeasure {
  id: string;
  name: string;
  unit: string;
  definition: string;
  definitionVersion: number;
  /** The name of the measure this one is the within-24-hours part of. */
  within24hOf: string | null;
  breakdowns: { id: BreakdownId; label: string; cells: { id: string; label: string }[] }[];
}

export interface PartnerWorkbookModel {
  fileName: string;
  coalitionName: string;
  organizationName: string;
  periodLabel: string;
  periodDates: string;
  dueOn: string;
  marker: PartnerFileMarker;
  measures: PartnerFileMeasure[];
}

export interface PartnerFilesModel {
  workbooks: PartnerWorkbookModel[];
  /** Several organizations: one zip of their workbooks. */
  zip: boolean;
  generatedAt: string;
}

export const COUNTS_ONLY_RULE =
  'Counts only. Enter numbers, never a name, a date of birth, a case number or anything else that could point to one young person. The note is for how the figures were counted.';

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F4' } };
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };
const MAX_COUNT = 1_000_000;
const MAX_NOTE = 500;

export async function renderPartnerFiles(model: PartnerFilesModel, progress: ReportProgress): Promise<Uint8Array> {
  const files: { name: string; content: Uint8Array }[] = [];
  for (const [index, workbook] of model.workbooks.entries()) {
    files.push({ name: workbook.fileName, content: await partnerWorkbook(workbook) });
    progress(index + 1, model.workbooks.length);
  }
  if (!model.zip) return files[0]?.content ?? new Uint8Array();
  return zipArchive(files, new Date(model.generatedAt));
}

export async function partnerWorkbook(model: PartnerWorkbookModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = model.coalitionName;
  workbook.created = new Date(0);
  await figuresSheet(workbook, model);
  await definitionsSheet(workbook, model);
  const marker = workbook.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  marker.getCell('A1').value = JSON.stringify(model.marker);
  await marker.protect('', PROTECTION);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function figuresSheet(workbook: ExcelJS.Workbook, model: PartnerWorkbookModel): Promise<void> {
  const sheet = workbook.addWorksheet(FIGURES_SHEET, { views: [{ state: 'frozen', ySplit: 8 }] });
  sheet.columns = [{ width: 52 }, { width: 34 }, { width: 12 }, { width: 10, hidden: true }];
  sheet.getCell('A1').value = `${model.organizationName}: figures for ${model.periodLabel}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const facts: [string, string][] = [
    ['Coalition', model.coalitionName],
    ['Period', model.periodDates],
    ['Due by', model.dueOn],
    ['Counts only', COUNTS_ONLY_RULE],
    [
      'How to fill in',
      `Type a whole number in each yellow cell of the Count column; leave a cell blank if you do not count it. Breakdown cells are optional: filled in, they add up to the total. What each measure counts is on the sheet “${DEFINITIONS_SHEET}”.`,
    ],
  ];
  facts.forEach(([label, text], index) => {
    const row = sheet.getRow(index + 2);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = text;
    sheet.mergeCells(index + 2, 2, index + 2, 3);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.height = text.length > 60 ? 15 * Math.ceil(text.length / 55) : 15;
  });
  const header = sheet.getRow(8);
  header.values = ['Measure', 'What to count', 'Count'];
  header.font = { bold: true };
  for (const column of [1, 2, 3]) header.getCell(column).fill = HEADER_FILL;

  let rowNumber = 9;
  const countRow = (measure: string, part: string, key: PartnerRowKey) => {
    const row = sheet.getRow(rowNumber++);
    row.getCell(1).value = measure;
    row.getCell(2).value = part;
    row.getCell(4).value = rowKeyText(key);
    const cell = sheet.getCell(`${inputColumnOf(key)}${row.number}`);
    cell.protection = { locked: false };
    cell.fill = INPUT_FILL;
    cell.numFmt = '0';
    cell.dataValidation = {
      type: 'whole',
      operator: 'between',
      formulae: [0, MAX_COUNT],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'A count',
      error: 'Enter a whole number of 0 or more, or leave the cell blank.',
    };
  };
  for (const measure of model.measures) {
    const total = measure.within24hOf ? `Total (${measure.unit}): part of “${measure.within24hOf}”` : `Total (${measure.unit})`;
    countRow(measure.name, total, { kind: 'total', measureId: measure.id });
    sheet.getRow(rowNumber - 1).getCell(1).font = { bold: true };
    for (const breakdown of measure.breakdowns) {
      for (const cell of breakdown.cells)
        countRow(measure.name, `${breakdown.label}: ${cell.label}`, { kind: 'cell', measureId: measure.id, breakdown: breakdown.id, cell: cell.id });
    }
  }
  const noteRow = sheet.getRow(rowNumber + 1);
  noteRow.getCell(1).value = 'Note on these figures (optional): how they were counted, never names or case numbers';
  noteRow.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  noteRow.getCell(4).value = rowKeyText({ kind: 'note' });
  noteRow.height = 45;
  const note = sheet.getCell(`${inputColumnOf({ kind: 'note' })}${noteRow.number}`);
  note.protection = { locked: false };
  note.fill = INPUT_FILL;
  note.alignment = { wrapText: true, vertical: 'top' };
  note.dataValidation = {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [MAX_NOTE],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: 'The note',
    error: `Keep the note to ${MAX_NOTE} characters.`,
  };
  await sheet.protect('', PROTECTION);
  sheet.getColumn(KEY_COLUMN).hidden = true;
}

async function definitionsSheet(workbook: ExcelJS.Workbook, model: PartnerWorkbookModel): Promise<void> {
  const sheet = workbook.addWorksheet(DEFINITIONS_SHEET);
  sheet.columns = [{ width: 44 }, { width: 12 }, { width: 80 }];
  sheet.getCell('A1').value = 'What each measure counts';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = COUNTS_ONLY_RULE;
  sheet.mergeCells('A2:C2');
  sheet.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
  sheet.getCell('A2').font = { bold: true };
  sheet.getRow(2).height = 45;
  const header = sheet.getRow(4);
  header.values = ['Measure', 'Unit', 'Definition'];
  header.font = { bold: true };
  for (const column of [1, 2, 3]) header.getCell(column).fill = HEADER_FILL;
  model.measures.forEach((measure, index) => {
    const row = sheet.getRow(5 + index);
    const part = measure.within24hOf ? ` It is a part of “${measure.within24hOf}” and cannot be larger.` : '';
    const breakdowns =
      measure.breakdowns.length > 0
        ? ` Breakdowns (optional, each adding up to the total): ${measure.breakdowns.map((breakdown) => breakdown.label.toLowerCase()).join(', ')}.`
        : '';
    row.values = [measure.name, measure.unit, `${measure.definition}${part}${breakdowns}`];
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  await sheet.protect('', PROTECTION);
}
