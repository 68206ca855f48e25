import type { RecordWriter } from '../meetingRecord/recordWriter';
import type { AnnualReportModel, MeasureChart } from './annualReportModel';

/** The headings every report has, in order (tests look for each). */
export const REPORT_HEADINGS = {
  coalition: 'The coalition',
  membership: 'Membership by sector',
  meetings: 'Meetings and consultation',
  protocols: 'Protocols and agreements',
  trainings: 'Trainings',
  measures: 'Data: what partners counted',
  objectives: 'Progress on the plan',
} as const;

/** A writer that may draw a measure's charts (the PDF); one without `chart` gets the caption and table only. */
export interface ReportWriter extends RecordWriter {
  chart?(chart: MeasureChart): void;
}

const LATER_SECTIONS = new Set(['challenges', 'next-year']);

/**
 * The report in reading order, for both formats: who the coalition is, the coordinator's introduction and
 * highlights, membership, meetings, protocols, trainings, the measures (caption, charts, table), the plan's
 * progress, then the challenges and next year.
 */
export function writeAnnualReport(writer: ReportWriter, model: AnnualReportModel): void {
  writer.title(`${model.documentTitle}: ${model.periodLine}`);
  writer.heading(REPORT_HEADINGS.coalition);
  writer.facts(model.coalition);
  writeNarrative(writer, model, (id) => !LATER_SECTIONS.has(id));

  writer.heading(REPORT_HEADINGS.membership);
  for (const line of model.membership.summary) writer.paragraph(line);
  writer.table(model.membership.table);

  writer.heading(REPORT_HEADINGS.meetings);
  for (const line of model.meetings.summary) writer.paragraph(line);
  writer.heading('Attendance by sector', 3);
  writer.table(model.meetings.table);
  writer.heading('Meetings held', 3);
  writer.table(model.meetings.meetingList);

  writer.heading(REPORT_HEADINGS.protocols);
  writer.paragraph(model.protocols.summary);
  writer.heading('Adopted in the period', 3);
  writer.table(model.protocols.adopted);
  writer.heading('Reviewed in the period', 3);
  writer.table(model.protocols.reviewed);

  writer.heading(REPORT_HEADINGS.trainings);
  for (const line of model.trainings.summary) writer.paragraph(line);
  writer.table(model.trainings.table);

  writer.heading(REPORT_HEADINGS.measures);
  writer.paragraph(model.measures.rule, { muted: true });
  if (model.measures.measures.length === 0) writer.paragraph('No figures were entered for the period.', { italic: true, muted: true });
  for (const measure of model.measures.measures) {
    writer.heading(measure.name, 3);
    if (measure.definition) writer.paragraph(`Definition: ${measure.definition}`, { muted: true });
    writer.paragraph(measure.caption);
    writer.chart?.(measure.chart);
    writer.table(measure.table);
  }
  if (model.measures.withoutFigures.length > 0) writer.paragraph(`No figures in the period for: ${model.measures.withoutFigures.join('; ')}.`, { muted: true });

  writer.heading(REPORT_HEADINGS.objectives);
  writer.paragraph(model.objectives.summary);
  model.objectives.goals.forEach((goal, index) => {
    writer.heading(`Goal ${index + 1}: ${goal.title}`, 3);
    writer.table(goal.table);
  });
  writeNarrative(writer, model, (id) => LATER_SECTIONS.has(id));
}

function writeNarrative(writer: ReportWriter, model: AnnualReportModel, which: (id: string) => boolean): void {
  for (const section of model.narrative.filter((entry) => which(entry.id))) {
    writer.heading(section.title);
    for (const paragraph of section.text.split(/\n\s*\n/)) writer.paragraph(paragraph.trim());
  }
}
