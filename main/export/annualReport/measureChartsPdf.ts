import type { PdfWriter } from '../pdf/pdfDocument';
import { HIDDEN_POINT_ENTRY, NOT_SHOWN, drawChartBlock, drawLegend, drawLineChart, drawStackedBars, legendHeight, seriesColor } from '../pdf/pdfCharts';
import type { MeasureChart } from './annualReportModel';

const CHART_HEIGHT = 150;
const GAP = 20;

/**
 * A measure's two charts side by side (the shared PDF charts, main/export/pdf/pdfCharts.ts): the coalition's total
 * over the periods as a line, and the same periods as bars stacked by organization, the legend under them.
 */
export function drawMeasureCharts(pdf: PdfWriter, chart: MeasureChart, threshold: number): void {
  const legend = [
    ...chart.stacks.map((stack, index) => ({ label: stack.label, color: seriesColor(index) })),
    { label: `${chart.hiddenLabel} (together)`, color: NOT_SHOWN },
    ...(chart.totals.includes(null) ? [HIDDEN_POINT_ENTRY] : []),
  ];
  const height = CHART_HEIGHT + legendHeight(legend.length) + 12;
  drawChartBlock(pdf, height, (doc, area) => {
    const half = (area.width - GAP) / 2;
    const totals = chart.totals.map((value) => value ?? 'hidden');
    drawLineChart(doc, { title: 'Coalition total by period', periods: chart.periods, series: [{ label: 'Coalition total', points: totals }] }, threshold, {
      left: area.left,
      top: area.top,
      width: half,
      height: CHART_HEIGHT,
    });
    drawStackedBars(doc, { title: 'By organization', periods: chart.periods, stacks: chart.stacks, rest: chart.notShown }, threshold, {
      left: area.left + half + GAP,
      top: area.top,
      width: half,
      height: CHART_HEIGHT,
    });
    drawLegend(doc, legend, { left: area.left, top: area.top + CHART_HEIGHT + 6, width: area.width });
  });
}
