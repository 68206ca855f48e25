import type { ReportProgress } from '../exportJob';
import { createPdfDocument } from '../pdf/pdfDocument';
import type { PlanExportModel } from './planExportModel';
import { writePlan } from './writePlan';

/** The strategic plan as a PDF, with the PDF kit the meeting record uses. */
export async function renderPlanPdf(model: PlanExportModel, progress: ReportProgress): Promise<Uint8Array> {
  const pdf = createPdfDocument({
    title: model.documentTitle,
    coalitionName: model.coalitionName,
    generatedLine: model.generatedLine,
    draft: false,
    createdAt: new Date(model.generatedAt),
  });
  writePlan(pdf, model);
  progress(1, 2);
  const bytes = await pdf.finish();
  progress(2, 2);
  return bytes;
}
