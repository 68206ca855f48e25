import type { ReportProgress } from '../exportJob';
import { createPdfDocument } from '../pdf/pdfDocument';
import type { AnnualReportModel } from './annualReportModel';
import { drawMeasureCharts } from './measureChartsPdf';
import { writeAnnualReport } from './writeAnnualReport';

/** The annual report as a PDF with the shared PDF kit, each measure's charts drawn as vector paths. */
export async function renderAnnualReportPdf(model: AnnualReportModel, progress: ReportProgress): Promise<Uint8Array> {
  const pdf = createPdfDocument({
    title: `${model.documentTitle}: ${model.periodLine}`,
    coalitionName: model.coalitionName,
    generatedLine: model.generatedLine,
    draft: false,
    createdAt: new Date(model.generatedAt),
  });
  writeAnnualReport({ ...pdf, chart: (chart) => drawMeasureCharts(pdf, chart, model.measures.threshold) }, model);
  progress(1, 2);
  const bytes = await pdf.finish();
  progress(2, 2);
  return bytes;
}
