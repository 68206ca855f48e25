import type { Submission } from '../../../shared/contract';
import type { BreakdownCounts, BreakdownId } from '../../../shared/dataBreakdowns';

/** What the entry form holds while typing: text per total and per breakdown cell ('' = blank). */
export interface FigureDraft {
  total: string;
  breakdown: Partial<Record<BreakdownId, Record<string, string>>>;
}
export type SubmissionDraft = Record<string, FigureDraft>;

export function draftOf(submission: Submission): SubmissionDraft {
  return Object.fromEntries(
    submission.lines.map((line) => [
      line.measure.id,
      {
        total: line.figure ? String(line.figure.total) : '',
        breakdown: Object.fromEntries(
          Object.entries(line.figure?.breakdown ?? {}).map(([id, cells]) => [
            id,
            Object.fromEntries(Object.entries(cells).map(([cell, count]) => [cell, String(count)])),
          ]),
        ),
      },
    ]),
  );
}

const WHOLE = /^\d+$/;

/** The figures to send, or the first problem per measure found before asking the app (the app checks them all again). */
export function figuresOf(draft: SubmissionDraft): {
  figures: { measureId: string; total: number; breakdown: BreakdownCounts }[];
  problems: Record<string, string>;
} {
  const figures: { measureId: string; total: number; breakdown: BreakdownCounts }[] = [];
  const problems: Record<string, string> = {};
  for (const [measureId, figure] of Object.entries(draft)) {
    const total = figure.total.trim();
    const cells = Object.entries(figure.breakdown).filter(([, values]) => Object.values(values ?? {}).some((value) => value.trim() !== ''));
    if (total === '') {
      if (cells.length > 0) problems[measureId] = 'Enter the total too, or clear the breakdown.';
      continue;
    }
    if (!WHOLE.test(total)) {
      problems[measureId] = 'Enter the total as a whole number of 0 or more, digits only.';
      continue;
    }
    const breakdown: BreakdownCounts = {};
    for (const [id, values] of cells) {
      const entries = Object.entries(values ?? {}).filter(([, value]) => value.trim() !== '');
      if (entries.some(([, value]) => !WHOLE.test(value.trim()))) problems[measureId] = 'Enter each breakdown cell as a whole number, digits only.';
      breakdown[id as BreakdownId] = Object.fromEntries(entries.map(([cell, value]) => [cell, Number(value.trim())]));
    }
    figures.push({ measureId, total: Number(total), breakdown });
  }
  return { figures, problems };
}

/** Whether the draft changes a figure already stored (so the save is a correction and needs a reason). */
export function changesStoredFigures(submission: Submission, draft: SubmissionDraft): boolean {
  const { figures } = figuresOf(draft);
  return submission.lines.some((line) => {
    if (!line.figure) return false;
    const now = figures.find((figure) => figure.measureId === line.measure.id);
    if (!now) return false;
    return now.total !== line.figure.total || canonicalText(now.breakdown) !== canonicalText(line.figure.breakdown);
  });
}

const canonicalText = (breakdown: BreakdownCounts) =>
  JSON.stringify(
    Object.entries(breakdown)
      .filter(([, cells]) => cells && Object.keys(cells).length > 0)
      .map(([id, cells]) => [id, Object.entries(cells ?? {}).sort(([a], [b]) => a.localeCompare(b))])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
