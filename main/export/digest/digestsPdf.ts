import type { ExportRenderer } from '../exportJob';
import { calendarDate, generatedLine } from '../meetingRecord/recordWording';
import { createPdfDocument } from '../pdf/pdfDocument';
import type { DigestItem, DigestModel, DueState } from './digestModel';

/** Each person's open action items on one page of their own; a very long list ends with how many more there are. */
export const ITEMS_PER_PAGE = 18;
const MAX_TITLE = 140;

const dueWords: Record<DueState, string> = { overdue: 'Overdue', 'due-soon': 'Due soon', later: '', 'no-date': 'No due date' };
const shortened = (text: string) => (text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text);

function itemRow(item: DigestItem) {
  const due = item.dueOn ? `${item.dueOn}${dueWords[item.dueState] ? `\n${dueWords[item.dueState]}` : ''}` : dueWords['no-date'];
  return [shortened(item.title), { text: due, bold: item.dueState === 'overdue' }, item.status, item.priority, item.source ? shortened(item.source) : ''];
}

export const renderDigestsPdf: ExportRenderer<DigestModel> = async (model, progress) => {
  const pdf = createPdfDocument({
    title: `Open action items ${model.generatedOn}`,
    coalitionName: model.coalitionName,
    generatedLine: generatedLine(new Date(model.generatedAt), model.timeZone),
    draft: false,
    createdAt: new Date(model.generatedAt),
  });
  model.digests.forEach((digest, index) => {
    if (index > 0) pdf.newPage();
    pdf.title(`Open action items: ${digest.name}`);
    const overdue = digest.items.filter((item) => item.dueState === 'overdue').length;
    pdf.paragraph(
      [digest.organization, `As of ${calendarDate(model.generatedOn)}`, `${digest.items.length} open${overdue > 0 ? `, ${overdue} overdue` : ''}`].filter(Boolean).join(' · '),
      { muted: true },
    );
    pdf.table({
      columns: [
        { header: 'Action item', weight: 5 },
        { header: 'Due', weight: 1.7 },
        { header: 'Status', weight: 1.4 },
        { header: 'Priority', weight: 1.1 },
        { header: 'From the meeting', weight: 3 },
      ],
      rows: digest.items.slice(0, ITEMS_PER_PAGE).map(itemRow),
      emptyText: 'No open action items. Thank you!',
    });
    const more = digest.items.length - ITEMS_PER_PAGE;
    if (more > 0) pdf.paragraph(`And ${more} more open ${more === 1 ? 'item' : 'items'}: see the Action items page in Coalition Desk.`, { italic: true });
    progress(index + 1, model.digests.length);
  });
  return pdf.finish();
};
