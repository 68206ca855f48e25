import type { ExportRenderer } from '../exportJob';
import { calendarDate, generatedLine } from '../meetingRecord/recordWording';
import { createPdfDocument, type PdfWriter } from '../pdf/pdfDocument';
import { type ConsultationReportModel, type ReportMeeting, type SectorTally, neverConsulted } from './consultationReportModel';

/**
 * The consultation report on paper: what it is for, the summary an auditor reads first (sectors consulted how
 * often, and the ones never consulted), then every meeting with the agencies present by sector, topics and decisions.
 */
const groupLabels: Record<SectorTally['group'], string> = { core: 'Core sector', community: 'Community group', other: 'Other' };

/** "Jan 1, 2026 to Mar 31, 2026" */
export const period = (model: Pick<ConsultationReportModel, 'from' | 'to' | 'dateStyle'>) =>
  `${calendarDate(model.from, model.dateStyle)} to ${calendarDate(model.to, model.dateStyle)}`;

function writeSummary(pdf: PdfWriter, model: ConsultationReportModel): void {
  const consulted = (group: SectorTally['group']) => model.sectors.filter((tally) => tally.group === group);
  const countOf = (group: SectorTally['group']) => `${consulted(group).filter((tally) => tally.meetings > 0).length} of ${consulted(group).length}`;
  pdf.facts([
    { label: 'Period', value: period(model) },
    { label: 'Coalition', value: [model.coalitionName, model.jurisdiction].filter(Boolean).join(', ') },
    { label: 'Meetings held', value: String(model.meetings.length) },
    { label: 'Core sectors consulted', value: countOf('core') },
    { label: 'Community groups', value: countOf('community') },
  ]);

  pdf.heading('Sectors never consulted in this period');
  const never = neverConsulted(model);
  if (never.length === 0) pdf.paragraph('Every core sector and community group was present at least once.');
  else for (const tally of never) pdf.paragraph(`• ${tally.label} (${groupLabels[tally.group].toLowerCase()})`);

  pdf.heading('Consultation by sector');
  pdf.table({
    columns: [
      { header: 'Sector', weight: 4 },
      { header: 'Meetings', weight: 1.2 },
      { header: 'Agencies present', weight: 4 },
      { header: 'Last consulted', weight: 1.8 },
    ],
    rows: model.sectors.map((tally) => [
      { text: tally.label, bold: tally.group === 'core' },
      tally.meetings > 0 ? String(tally.meetings) : { text: 'Never', bold: true },
      tally.agencies.join(', '),
      tally.lastConsulted ? calendarDate(tally.lastConsulted, model.dateStyle) : '',
    ]),
  });
}

function writeMeeting(pdf: PdfWriter, meeting: ReportMeeting, model: ConsultationReportModel): void {
  pdf.heading(`${calendarDate(meeting.date, model.dateStyle)}: ${meeting.title}`, 3);
  pdf.facts([
    { label: 'When', value: meeting.when },
    { label: 'Kind', value: meeting.kind },
    { label: 'Minutes', value: meeting.minutes },
  ]);
  pdf.table({
    columns: [
      { header: 'Sector', weight: 2 },
      { header: 'Agencies and people present', weight: 4 },
    ],
    rows: meeting.sectors.map((presence) => [presence.label, presence.agencies.map((agency) => `${agency.name}: ${agency.people.join(', ')}`).join('\n')]),
    emptyText: 'Nobody was marked present.',
  });
  pdf.heading('Topics', 4);
  pdf.paragraph(meeting.topics.length > 0 ? meeting.topics.map((topic) => `• ${topic}`).join('\n') : 'No agenda topics were recorded.', {
    muted: meeting.topics.length === 0,
  });
  pdf.heading('Decisions', 4);
  pdf.paragraph(meeting.decisions.length > 0 ? meeting.decisions.map((decision) => `• ${decision}`).join('\n') : 'No decisions were recorded.', {
    muted: meeting.decisions.length === 0,
  });
}

/** The consultation report's body (summary, then every meeting), also the second part of the compliance summary. */
export function writeConsultations(pdf: PdfWriter, model: ConsultationReportModel, progress: (done: number, total: number) => void): void {
  writeSummary(pdf, model);
  pdf.heading('Meetings and consultations');
  if (model.meetings.length === 0) pdf.paragraph('No meeting took place in this period.', { muted: true });
  model.meetings.forEach((meeting, index) => {
    writeMeeting(pdf, meeting, model);
    progress(index + 1, model.meetings.length + 1);
  });
}

export const renderConsultationReportPdf: ExportRenderer<ConsultationReportModel> = async (model, progress) => {
  const pdf = createPdfDocument({
    title: `Consultation report ${period(model)}`,
    coalitionName: model.coalitionName,
    generatedLine: generatedLine(new Date(model.generatedAt), model.timeZone, model.dateStyle),
    draft: false,
    createdAt: new Date(model.generatedAt),
  });
  pdf.title('Consultation report');
  pdf.paragraph(
    'The coalition’s record of consultation with agencies that work with youth at risk of sex trafficking, as title IV-E child welfare ' +
      'agencies must document it (Preventing Sex Trafficking and Strengthening Families Act, P.L. 113-183). People whose identity is ' +
      'protected appear by display name; meeting notes are not part of this report.',
    { muted: true },
  );
  writeConsultations(pdf, model, progress);
  const bytes = await pdf.finish();
  progress(model.meetings.length + 1, model.meetings.length + 1);
  return bytes;
};
