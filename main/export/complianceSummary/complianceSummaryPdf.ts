import type { DutyReview } from '../../../shared/contract/trainingSchemas';
import type { ConsultationReportModel } from '../consultationReport/consultationReportModel';
import { period, writeConsultations } from '../consultationReport/consultationReportPdf';
import type { ExportRenderer } from '../exportJob';
import { calendarDate, generatedLine } from '../meetingRecord/recordWording';
import { createPdfDocument, type PdfWriter } from '../pdf/pdfDocument';

/**
 * The compliance summary on paper (issue 13): for a period, the six duties of P.L. 113-183 with their status, the
 * reason in words, what is missing and the evidence; then the consultation report's summary and meetings. Plain data
 * from the backend, already redacted: titles and dates only, never notes.
 */
export interface ComplianceSummaryModel {
  consultations: ConsultationReportModel;
  duties: DutyReview[];
}

const statusWords: Record<DutyReview['status'], string> = { met: 'Met', partial: 'Partly met', missing: 'Missing' };

function evidenceRows(duty: DutyReview, model: ConsultationReportModel): string[][] {
  const day = (date: string) => calendarDate(date, model.dateStyle);
  return [
    ...duty.evidence.protocols.map((protocol) => ['Protocol', protocol.title, `Adopted ${day(protocol.adoptedOn)}`]),
    ...duty.evidence.trainings.map((training) => ['Training', `${training.title} (${training.numberTrained} trained)`, day(training.heldOn)]),
    ...duty.evidence.meetings.map((meeting) => [meeting.consultation ? 'Consultation' : 'Meeting', meeting.title, day(meeting.date)]),
    ...duty.evidence.actionItems.map((item) => ['Action item', `${item.title} (${item.status})`, item.dueOn ? `Due ${day(item.dueOn)}` : '']),
  ];
}

function writeDuty(pdf: PdfWriter, duty: DutyReview, index: number, model: ConsultationReportModel): void {
  pdf.heading(`${index + 1}. ${duty.title}: ${statusWords[duty.status]}`, 3);
  pdf.paragraph(duty.summary, { muted: true });
  pdf.paragraph(duty.reason);
  if (duty.missing.length > 0) pdf.paragraph(`What is missing:\n${duty.missing.map((line) => `• ${line}`).join('\n')}`);
  pdf.table({
    columns: [
      { header: 'Evidence', weight: 1.4 },
      { header: 'What', weight: 4 },
      { header: 'When', weight: 1.6 },
    ],
    rows: evidenceRows(duty, model),
    emptyText: 'Nothing is linked to this duty in the period.',
  });
}

export const renderComplianceSummaryPdf: ExportRenderer<ComplianceSummaryModel> = async ({ consultations: model, duties }, progress) => {
  const pdf = createPdfDocument({
    title: `Compliance summary ${period(model)}`,
    coalitionName: model.coalitionName,
    generatedLine: generatedLine(new Date(model.generatedAt), model.timeZone, model.dateStyle),
    draft: false,
    createdAt: new Date(model.generatedAt),
  });
  pdf.title('Compliance summary');
  pdf.paragraph(
    'How the coalition stands on the six duties the Preventing Sex Trafficking and Strengthening Families Act (P.L. 113-183) puts on ' +
      'title IV-E child welfare agencies, from the evidence recorded for each: adopted protocols, trainings, consultations, meetings and ' +
      'action items. A duty counts trainings and consultations of the 12 months up to the last day of the period. The consultation ' +
      'record follows.',
    { muted: true },
  );
  pdf.facts([
    { label: 'Period', value: period(model) },
    { label: 'Coalition', value: [model.coalitionName, model.jurisdiction].filter(Boolean).join(', ') },
    ...(['met', 'partial', 'missing'] as const).map((status) => ({
      label: statusWords[status],
      value: String(duties.filter((duty) => duty.status === status).length),
    })),
  ]);
  pdf.heading('The six duties');
  duties.forEach((duty, index) => writeDuty(pdf, duty, index, model));
  pdf.heading('Consultations');
  writeConsultations(pdf, model, progress);
  const bytes = await pdf.finish();
  progress(model.meetings.length + 1, model.meetings.length + 1);
  return bytes;
};
