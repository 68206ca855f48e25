import { renderDocxReport } from '../docx/docxReportFile';
import type { ReportProgress } from '../exportJob';
import type { PlanExportModel } from './planExportModel';
import { writePlan } from './writePlan';

/** The same plan as the PDF, as a Word document the coalition can edit, with the meeting record's DOCX writer. */
export function renderPlanDocx(model: PlanExportModel, progress: ReportProgress): Promise<Uint8Array> {
  return renderDocxReport(model, (writer) => writePlan(writer, model), progress);
}
