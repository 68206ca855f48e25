import { fontFor } from '../pdf/pdfFonts';
import { COLOR, SIZE } from '../pdf/pdfStyle';
import { pdfTags } from '../pdf/pdfTags';
import type { PdfWriter } from '../pdf/pdfDocument';
import type { MeasureChart } from './annualReportModel';

/**
 * A measure's two charts drawn as vector paths with pdfkit (lines, rectangles, circles), never as a picture: the
 * coalition's total over the periods as a line, and the same periods as bars stacked by organization. Only shown
 * numbers are drawn; a hidden total breaks the line and is marked by a hollow circle on the axis. Axis numbers are
 * multiples of a step above the small-number threshold, so no small count is ever printed on an axis either. The
 * charts are layout artifacts for screen readers: the caption and table before and after them carry the figures.
 */

/** Colours that stay apart for most kinds of colour blindness (Okabe and Ito), then grey for the rest. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#7f7f7f'];
const NOT_SHOWN = '#d9dde1';
const CHART_HEIGHT = 150;
const GAP = 20;
const AXIS_WIDTH = 30;
const LABEL_HEIGHT = 14;
const TICK_SIZE = 6.5;

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Both charts side by side with the bars' legend under them; a new page first when they do not fit. */
export function drawMeasureCharts(pdf: PdfWriter, chart: MeasureChart, threshold: number): void {
  const { doc } = pdf;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const legendHeight = Math.ceil((chart.stacks.length + 1) / 2) * 11 + 6;
  const needed = CHART_HEIGHT + legendHeight + 12;
  if (doc.y + needed > doc.page.maxY()) pdf.newPage();
  const top = doc.y;
  const half = (width - GAP) / 2;
  pdfTags(doc).artifact(() => {
    doc.save();
    drawLineChart(doc, chart, threshold, { left: doc.page.margins.left, top, width: half, height: CHART_HEIGHT });
    drawStackedBars(doc, chart, threshold, { left: doc.page.margins.left + half + GAP, top, width: half, height: CHART_HEIGHT });
    drawLegend(doc, chart, { left: doc.page.margins.left, top: top + CHART_HEIGHT + 6, width, height: legendHeight });
    doc.restore();
  });
  doc.fillColor(COLOR.text);
  doc.x = doc.page.margins.left;
  doc.y = top + needed;
}

/** The axis's step: a round number (1, 2, 2.5 or 5 times a power of ten) above the threshold and a quarter of the top. */
export function axisStep(top: number, threshold: number): number {
  const least = Math.max(threshold + 1, top / 4);
  const power = 10 ** Math.floor(Math.log10(least));
  const multiple = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= least) ?? 10;
  return multiple * power;
}

function plotArea(box: Box): Box {
  return { left: box.left + AXIS_WIDTH, top: box.top + 14, width: box.width - AXIS_WIDTH - 4, height: box.height - 14 - LABEL_HEIGHT };
}

function small(doc: PDFKit.PDFDocument, color: string = COLOR.muted): PDFKit.PDFDocument {
  return doc.font(fontFor({})).fontSize(TICK_SIZE).fillColor(color);
}

/** Title, horizontal grid lines with their numbers, the period labels; answers the y of a value. */
function drawAxes(doc: PDFKit.PDFDocument, title: string, periods: readonly string[], top: number, threshold: number, box: Box): (value: number) => number {
  const area = plotArea(box);
  doc.font(fontFor({ bold: true })).fontSize(SIZE.small).fillColor(COLOR.text).text(title, box.left, box.top, { width: box.width, lineBreak: false, ellipsis: true });
  const step = axisStep(Math.max(top, 1), threshold);
  const axisTop = Math.max(step, Math.ceil(top / step) * step);
  const yOf = (value: number) => area.top + area.height - (value / axisTop) * area.height;
  for (let value = 0; value <= axisTop; value += step) {
    doc.moveTo(area.left, yOf(value)).lineTo(area.left + area.width, yOf(value)).lineWidth(value === 0 ? 0.8 : 0.4).strokeColor(value === 0 ? COLOR.muted : COLOR.rule).stroke();
    small(doc).text(String(value), box.left, yOf(value) - 3.5, { width: AXIS_WIDTH - 4, align: 'right', lineBreak: false });
  }
  const slot = area.width / Math.max(periods.length, 1);
  periods.forEach((label, index) => {
    const shown = small(doc).widthOfString(label) > slot - 2 ? label.replace(/^Q(\d) \d{2}(\d{2})$/, "Q$1 '$2") : label;
    small(doc).text(shown, area.left + index * slot, area.top + area.height + 3, { width: slot, align: 'center', lineBreak: false });
  });
  return yOf;
}

function drawLineChart(doc: PDFKit.PDFDocument, chart: MeasureChart, threshold: number, box: Box): void {
  const area = plotArea(box);
  const top = Math.max(0, ...chart.totals.map((value) => value ?? 0));
  const yOf = drawAxes(doc, 'Coalition total by period', chart.periods, top, threshold, box);
  const slot = area.width / Math.max(chart.periods.length, 1);
  const xOf = (index: number) => area.left + slot * (index + 0.5);
  let drawing = false;
  chart.totals.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    if (drawing) doc.lineTo(xOf(index), yOf(value));
    else doc.moveTo(xOf(index), yOf(value));
    drawing = true;
  });
  doc.lineWidth(1.6).strokeColor(PALETTE[0] ?? COLOR.text).stroke();
  chart.totals.forEach((value, index) => {
    if (value === null) doc.circle(xOf(index), yOf(0), 2.6).lineWidth(0.8).strokeColor(COLOR.muted).stroke();
    else doc.circle(xOf(index), yOf(value), 2.4).fillColor(PALETTE[0] ?? COLOR.text).fill();
  });
}

function drawStackedBars(doc: PDFKit.PDFDocument, chart: MeasureChart, threshold: number, box: Box): void {
  const area = plotArea(box);
  const heights = chart.periods.map((_, index) => chart.stacks.reduce((sum, stack) => sum + (stack.values[index] ?? 0), 0) + (chart.notShown[index] ?? 0));
  const yOf = drawAxes(doc, 'By organization', chart.periods, Math.max(0, ...heights), threshold, box);
  const slot = area.width / Math.max(chart.periods.length, 1);
  const barWidth = Math.min(28, slot * 0.6);
  chart.periods.forEach((_, index) => {
    const left = area.left + slot * index + (slot - barWidth) / 2;
    let base = 0;
    const segment = (value: number, color: string) => {
      if (value <= 0) return;
      doc.rect(left, yOf(base + value), barWidth, yOf(base) - yOf(base + value)).fillColor(color).fill();
      base += value;
    };
    chart.stacks.forEach((stack, stackIndex) => segment(stack.values[index] ?? 0, PALETTE[Math.min(stackIndex, PALETTE.length - 1)] ?? COLOR.muted));
    segment(chart.notShown[index] ?? 0, NOT_SHOWN);
  });
}

function drawLegend(doc: PDFKit.PDFDocument, chart: MeasureChart, box: Box): void {
  const entries = [...chart.stacks.map((stack, index) => ({ label: stack.label, color: PALETTE[Math.min(index, PALETTE.length - 1)] ?? COLOR.muted })), { label: `${chart.hiddenLabel} (together)`, color: NOT_SHOWN }];
  const column = box.width / 2;
  entries.forEach((entry, index) => {
    const x = box.left + (index % 2) * column;
    const y = box.top + Math.floor(index / 2) * 11;
    doc.rect(x, y + 1, 7, 7).fillColor(entry.color).fill();
    small(doc, COLOR.text).text(entry.label, x + 11, y, { width: column - 14, lineBreak: false, ellipsis: true });
  });
}
