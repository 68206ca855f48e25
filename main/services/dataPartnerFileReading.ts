import type { Measure } from '../../shared/contract';
import { type BreakdownCounts, type BreakdownId, breakdownById } from '../../shared/dataBreakdowns';
import type { CellReading, KeyedCell, PartnerFileContents } from '../import/partnerFileReader';
import type { DraftFigure } from './dataSubmissions';

/**
 * What a returned partner file says, cell by cell: each measure's total and breakdown cells as a draft figure, or a
 * problem at the cell that stops it. Messages never repeat what a cell holds (text typed in a count may be a name).
 */
export interface FileProblem {
  cell: string | null;
  where: string;
  message: string;
}

export interface FileFigures {
  figures: DraftFigure[];
  /** Measures of the file left blank. */
  blank: Set<string>;
  note: string;
  totalCells: Map<string, string>;
  noteCell: string | null;
  problems: FileProblem[];
}

const MAX_COUNT = 1_000_000;
const MAX_NOTE = 500;

/** A count cell: a whole number of 0 or more, or blank (null); a problem otherwise. */
export function countOf(reading: CellReading): { value: number | null } | { problem: string } {
  if (reading.kind === 'blank') return { value: null };
  if (reading.kind === 'other') return { problem: 'This cell holds a date, a yes/no or an error, not a count. Type a whole number, or leave it blank.' };
  const value = reading.kind === 'number' ? reading.value : numberTyped(reading.text);
  if (value === null) return { problem: 'This cell holds text, not a count. Type a whole number such as 0 or 12, or leave it blank.' };
  if (value < 0) return { problem: 'A count cannot be negative. Type 0 or more.' };
  if (!Number.isInteger(value)) return { problem: 'Counts are whole numbers. Type a whole number, without decimals.' };
  if (value > MAX_COUNT) return { problem: 'That count is larger than any coalition figure; check it.' };
  return { value };
}

/** A number typed as text ("12", "-3", "2.5"), as some spreadsheets keep what was pasted; null for any other text. */
function numberTyped(text: string): number | null {
  const plain = text.trim().replace(/^\u2212/, '-');
  return /^-?\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : null;
}

const noteText = (reading: CellReading | undefined) =>
  reading?.kind === 'text' ? reading.text.trim() : reading?.kind === 'number' ? String(reading.value) : '';

/** The file's cells as draft figures, for the measures of the marker that the catalogue still has (`measures`). */
export function figuresOfFile(contents: PartnerFileContents, measures: ReadonlyMap<string, Measure>): FileFigures {
  const result: FileFigures = { figures: [], blank: new Set(), note: '', totalCells: new Map(), noteCell: null, problems: [] };
  const noteCell = contents.cells.find((cell) => cell.key.kind === 'note');
  result.noteCell = noteCell?.address ?? null;
  result.note = noteText(noteCell?.reading);
  if (result.note.length > MAX_NOTE)
    result.problems.push({ cell: result.noteCell, where: 'Note', message: `The note is longer than ${MAX_NOTE} characters. Shorten it.` });
  if (noteCell?.reading.kind === 'other')
    result.problems.push({
      cell: result.noteCell,
      where: 'Note',
      message: 'The note cell holds a date or a value that is not text. Write the note in words, or leave it blank.',
    });

  for (const { id: measureId, definitionVersion } of contents.marker.measures) {
    const measure = measures.get(measureId);
    if (!measure) continue;
    const cells = contents.cells.filter((cell) => cell.key.kind !== 'note' && cell.key.measureId === measureId);
    const total = cells.find((cell) => cell.key.kind === 'total');
    if (total) result.totalCells.set(measureId, total.address);
    const figure = figureOf(measure, total, cells, result.problems);
    if (figure === 'blank') result.blank.add(measureId);
    else if (figure) result.figures.push({ ...figure, definitionVersion });
  }
  return result;
}

function figureOf(
  measure: Measure,
  total: KeyedCell | undefined,
  cells: readonly KeyedCell[],
  problems: FileProblem[],
): Omit<DraftFigure, 'definitionVersion'> | 'blank' | null {
  let broken = false;
  const valueOf = (cell: KeyedCell, where: string) => {
    const count = countOf(cell.reading);
    if ('value' in count) return count.value;
    problems.push({ cell: cell.address, where, message: count.problem });
    broken = true;
    return null;
  };
  const totalValue = total ? valueOf(total, `${measure.name}, total`) : null;
  const breakdown: BreakdownCounts = {};
  for (const cell of cells) {
    if (cell.key.kind !== 'cell') continue;
    const { breakdown: id, cell: cellId } = cell.key;
    const known = measure.breakdowns.includes(id) ? breakdownById(id).cells.find((candidate) => candidate.id === cellId) : undefined;
    const where = known ? `${measure.name}, ${breakdownById(id).label}: ${known.label}` : `${measure.name}, a breakdown cell`;
    const value = valueOf(cell, where);
    if (value === null) continue;
    if (!known) {
      problems.push({ cell: cell.address, where, message: 'This measure no longer has this breakdown. Leave the cell blank, or send the partner a new file.' });
      broken = true;
      continue;
    }
    breakdown[id] = { ...fullBreakdown(id), ...breakdown[id], [cellId]: value };
  }
  if (broken) return null;
  if (totalValue === null) {
    if (Object.keys(breakdown).length === 0) return 'blank';
    problems.push({ cell: total?.address ?? null, where: `${measure.name}, total`, message: 'Enter the total too: the breakdown cells are parts of it.' });
    return null;
  }
  return { measureId: measure.id, total: totalValue, breakdown };
}

/** A breakdown filled in at all is filled in whole: its blank cells count as 0. */
function fullBreakdown(id: BreakdownId): Record<string, number> {
  return Object.fromEntries(breakdownById(id).cells.map((cell) => [cell.id, 0]));
}
