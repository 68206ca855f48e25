import type { ExportRenderer } from '../exportJob';
import { calendarDate, generatedLine } from '../meetingRecord/recordWording';
import { createPdfDocument } from '../pdf/pdfDocument';
import type { DateStyle } from '../../../shared/dateFormat';
import type { DigestItem, DigestModel, DueState } from './digestModel';

/**
 * Each person's open action items on one page of their own; a list that would not fit ends with how many more
 * there are. What fits is estimated in points: a row is as tall as its most wrapped cell.
 */
export const ITEMS_PER_PAGE = 18;
/** A Letter page less margins, the title, the summary line, the table header and the "more" line. */
const TABLE_HEIGHT = 540;
const LINE_HEIGHT = 12.5;
const ROW_PADDING = 8;
const MAX_TITLE = 140;
const MAX_SOURCE = 80;
/** About how many characters a line of the title and meeting columns holds at the table's type size (the due column holds "September 30, 2026"). */
const TITLE_LINE_CHARS = 32;
const SOURCE_LINE_CHARS = 20;

function rowHeight(item: DigestItem): number {
  const wrapped = (text: string, perLine: number, longest: number) => Math.ceil(Math.min(text.length, longest) / perLine);
  const dueLines = item.dueState === 'overdue' || item.dueState === 'due-soon' ? 2 : 1;
  return (
    ROW_PADDING + LINE_HEIGHT * Math.max(dueLines, wrapped(item.title, TITLE_LINE_CHARS, MAX_TITLE), wrapped(item.source ?? '', SOURCE_LINE_CHARS, MAX_SOURCE))
  );
}

/** The items that fit on the person's page, in order. */
export function itemsOnPage(items: readonly DigestItem[]): DigestItem[] {
  const shown: DigestItem[] = [];
  let height = 0;
  for (const item of items.slice(0, ITEMS_PER_PAGE)) {
    height += rowHeight(item);
    if (height > TABLE_HEIGHT) break;
    shown.push(item);
  }
  return shown;
}

const dueWords: Record<DueState, string> = { overdue: 'Overdue', 'due-soon': 'Due soon', later: '', 'no-date': 'No due date' };
const shortened = (text: string, longest: number) => (text.length > longest ? `${text.slice(0, longest - 1)}…` : text);

function itemRow(item: DigestItem, dateStyle: DateStyle) {
  const due = item.dueOn ? `${calendarDate(item.dueOn, dateStyle)}${dueWords[item.dueState] ? `\n${dueWords[item.dueState]}` : ''}` : dueWords['no-date'];
  return [
    shortened(item.title, MAX_TITLE),
    { text: due, bold: item.dueState === 'overdue' },
    item.status,
    item.priority,
    item.source ? shortened(item.source, MAX_SOURCE) : '',
  ];
}

export const renderDigestsPdf: ExportRenderer<DigestModel> = async (model, progress) => {
  const pdf = createPdfDocument({
    title: `Open action items, ${calendarDate(model.generatedOn, model.dateStyle)}`,
    coalitionName: model.coalitionName,
    generatedLine: generatedLine(new Date(model.generatedAt), model.timeZone, model.dateStyle),
    draft: false,
    createdAt: new Date(model.generatedAt),
  });
  model.digests.forEach((digest, index) => {
    if (index > 0) pdf.newPage();
    const shown = itemsOnPage(digest.items);
    pdf.title(`Open action items: ${digest.name}`);
    const overdue = digest.items.filter((item) => item.dueState === 'overdue').length;
    pdf.paragraph(
      [
        digest.organization,
        `As of ${calendarDate(model.generatedOn, model.dateStyle)}`,
        `${digest.items.length} open${overdue > 0 ? `, ${overdue} overdue` : ''}`,
      ]
        .filter(Boolean)
        .join(' · '),
      { muted: true },
    );
    pdf.table({
      columns: [
        { header: 'Action item', weight: 4.4 },
        { header: 'Due', weight: 2.3 },
        { header: 'Status', weight: 1.4 },
        { header: 'Priority', weight: 1.1 },
        { header: 'From the meeting', weight: 3 },
      ],
      rows: shown.map((item) => itemRow(item, model.dateStyle)),
      emptyText: 'No open action items. Thank you!',
    });
    const more = digest.items.length - shown.length;
    if (more > 0) pdf.paragraph(`And ${more} more open ${more === 1 ? 'item' : 'items'}: see the Action items page in Coalition Desk.`, { italic: true });
    progress(index + 1, model.digests.length);
  });
  return pdf.finish();
};
