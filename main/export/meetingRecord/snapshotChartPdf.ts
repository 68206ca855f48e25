import type { PdfWriter } from '../pdf/pdfDocument';
import { HIDDEN_POINT_ENTRY, drawChartBlock, drawLegend, drawLineChart, legendHeight, seriesColor } from '../pdf/pdfCharts';
import type { SnapshotChart } from './reviewRecordEntries';

const CHART_HEIGHT = 130;

/** A data review's snapshot as a small line chart, one line per measure (the shared PDF charts), its legend under it. */
export function drawSnapshotChart(pdf: PdfWriter, chart: SnapshotChart): void {
  const anyHidden = chart.series.some((series) => series.points.includes('hidden'));
  const legend = [...chart.series.map((series, index) => ({ label: series.label, color: seriesColor(index) })), ...(anyHidden ? [HIDDEN_POINT_ENTRY] : [])];
  drawChartBlock(pdf, CHART_HEIGHT + legendHeight(legend.length) + 12, (doc, area) => {
    drawLineChart(doc, { title: 'Figures by period, all organizations together', periods: chart.periods, series: chart.series }, chart.threshold, {
      ...area,
      height: CHART_HEIGHT,
    });
    drawLegend(doc, legend, { left: area.left, top: area.top + CHART_HEIGHT + 6, width: area.width });
  });
}
