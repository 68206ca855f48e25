import { renderDocxReport } from '../docx/docxReportFile';
import type { ReportProgress } from '../exportJob';
import type { AnnualReportModel } from './annualReportModel';
import { writeAnnualReport } from './writeAnnualReport';

/** The annual report as a Word document the coalition can edit: the same words and tables as the PDF, no charts. */
export function renderAnnualReportDocx(model: AnnualReportModel, progress: ReportProgress): Promise<Uint8Array> {
  return renderDocxReport({ ...model, documentTitle: `${model.documentTitle}: ${model.periodLine}` }, (writer) => writeAnnualReport(writer, model), progress);
}
