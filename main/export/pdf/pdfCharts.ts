import { HIDDEN_FIGURE } from '../../../shared/smallNumbers';
import type { PdfWriter } from './pdfDocument';
import { fontFor } from './pdfFonts';
import { COLOR, SIZE } from './pdfStyle';
import { pdfTags } from './pdfTags';

/**
 * Small charts drawn as vector paths with pdfkit (lines, rectangles, circles), never as a picture, for any export
 * that shows shared figures (the annual report's measures, a data review in the meeting record). Only shown numbers
 * are drawn: a hidden value breaks its line and is marked by a hollow circle on the axis, never drawn as 0. Axis
 * numbers are multiples of a step above the small-number threshold, so no small count is printed on an axis either.
 * Charts are layout artifacts for screen readers: the caption and table beside them carry the figures.
 */

/** Colours that stay apart for most kinds of colour blindness (Okabe and Ito), then grey for the rest. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#7f7f7f'];
/** The grey of what is drawn together without being shown one by one (hidden cells of a shown total). */
export const NOT_SHOWN = '#d9dde1';
const AXIS_WIDTH = 30;
const LABEL_HEIGHT = 14;
const TICK_SIZE = 6.5;
const LEGEND_LINE = 11;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A value of a line: a number, hidden (marked on the axis, never drawn at a value), or null for nothing to draw. */
export type LinePoint = number | 'hidden' | null;

export interface LineSeries {
  label: string;
  points: readonly LinePoint[];
}

export interface BarStack {
  label: string;
  values: ReadonlyArray<number | null>;
}

export interface LegendEntry {
  label: string;
  color: string;
  /** A filled square (a bar or a line's colour) or a hollow circle (a hidden point). */
  mark?: 'swatch' | 'hidden';
}

export function seriesColor(index: number): string {
  return PALETTE[Math.min(index, PALETTE.length - 1)] ?? COLOR.muted;
}

/** The legend entry for hidden points, in the one word every hidden figure reads. */
export const HIDDEN_POINT_ENTRY: LegendEntry = { label: `${HIDDEN_FIGURE} (not drawn)`, color: COLOR.muted, mark: 'hidden' };

/** How tall a two-column legend of `count` entries is. */
export function legendHeight(count: number): number {
  return Math.ceil(count / 2) * LEGEND_LINE + 6;
}

/**
 * Reserves `height` points of the page for charts (a new page first when they do not fit), draws them as one layout
 * artifact from the left margin across the text width, and leaves the writer under them.
 */
export function drawChartBlock(
  pdf: PdfWriter,
  height: number,
  draw: (doc: PDFKit.PDFDocument, area: { left: number; top: number; width: number }) => void,
): void {
  const { doc } = pdf;
  if (doc.y + height > doc.page.maxY()) pdf.newPage();
  const top = doc.y;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  pdfTags(doc).artifact(() => {
    doc.save();
    draw(doc, { left, top, width });
    doc.restore();
  });
  doc.fillColor(COLOR.text);
  doc.x = left;
  doc.y = top + height;
}

/** The axis's step: a round number (1, 2, 2.5 or 5 times a power of ten) above the threshold and a quarter of the top. */
export function axisStep(top: number, threshold: number): number {
  const least = Math.max(threshold + 1, top / 4);
  const power = 10 ** Math.floor(Math.log10(least));
  const multiple = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= least) ?? 10;
  return multiple * power;
}

/** "Q1 2026" as "Q1 '26" and "January 2026" as "Jan '26", for periods that do not fit under the axis. */
function shortPeriodLabel(label: string): string {
  return label.replace(/^Q(\d) \d{2}(\d{2})$/, "Q$1 '$2").replace(/^([A-Z][a-z]{2})[a-z]* \d{2}(\d{2})$/, "$1 '$2");
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
  doc
    .font(fontFor({ bold: true }))
    .fontSize(SIZE.small)
    .fillColor(COLOR.text)
    .text(title, box.left, box.top, { width: box.width, lineBreak: false, ellipsis: true });
  const step = axisStep(Math.max(top, 1), threshold);
  const axisTop = Math.max(step, Math.ceil(top / step) * step);
  const yOf = (value: number) => area.top + area.height - (value / axisTop) * area.height;
  for (let value = 0; value <= axisTop; value += step) {
    doc
      .moveTo(area.left, yOf(value))
      .lineTo(area.left + area.width, yOf(value))
      .lineWidth(value === 0 ? 0.8 : 0.4)
      .strokeColor(value === 0 ? COLOR.muted : COLOR.rule)
      .stroke();
    small(doc).text(String(value), box.left, yOf(value) - 3.5, { width: AXIS_WIDTH - 4, align: 'right', lineBreak: false });
  }
  const slot = area.width / Math.max(periods.length, 1);
  periods.forEach((label, index) => {
    const shown = small(doc).widthOfString(label) > slot - 2 ? shortPeriodLabel(label) : label;
    small(doc).text(shown, area.left + index * slot, area.top + area.height + 3, { width: slot, align: 'center', lineBreak: false, ellipsis: true });
  });
  return yOf;
}

/** One line per series over the periods, in the palette's order; hidden points break the line and sit hollow on the axis. */
export function drawLineChart(
  doc: PDFKit.PDFDocument,
  chart: { title: string; periods: readonly string[]; series: readonly LineSeries[] },
  threshold: number,
  box: Box,
): void {
  const area = plotArea(box);
  const numbers = chart.series.flatMap((series) => series.points.filter((point): point is number => typeof point === 'number'));
  const yOf = drawAxes(doc, chart.title, chart.periods, Math.max(0, ...numbers), threshold, box);
  const slot = area.width / Math.max(chart.periods.length, 1);
  const xOf = (index: number) => area.left + slot * (index + 0.5);
  chart.series.forEach((series, seriesIndex) => {
    const color = seriesColor(seriesIndex);
    let drawing = false;
    series.points.forEach((point, index) => {
      if (typeof point !== 'number') {
        drawing = false;
        return;
      }
      if (drawing) doc.lineTo(xOf(index), yOf(point));
      else doc.moveTo(xOf(index), yOf(point));
      drawing = true;
    });
    doc.lineWidth(1.6).strokeColor(color).stroke();
    series.points.forEach((point, index) => {
      if (point === 'hidden') doc.circle(xOf(index), yOf(0), 2.6).lineWidth(0.8).strokeColor(color).stroke();
      else if (typeof point === 'number') doc.circle(xOf(index), yOf(point), 2.4).fillColor(color).fill();
    });
  });
}

/** Bars stacked in the palette's order, then the grey of `rest` (what is shown only together) on top. */
export function drawStackedBars(
  doc: PDFKit.PDFDocument,
  chart: { title: string; periods: readonly string[]; stacks: readonly BarStack[]; rest: ReadonlyArray<number | null> },
  threshold: number,
  box: Box,
): void {
  const area = plotArea(box);
  const heights = chart.periods.map((_, index) => chart.stacks.reduce((sum, stack) => sum + (stack.values[index] ?? 0), 0) + (chart.rest[index] ?? 0));
  const yOf = drawAxes(doc, chart.title, chart.periods, Math.max(0, ...heights), threshold, box);
  const slot = area.width / Math.max(chart.periods.length, 1);
  const barWidth = Math.min(28, slot * 0.6);
  chart.periods.forEach((_, index) => {
    const left = area.left + slot * index + (slot - barWidth) / 2;
    let base = 0;
    const segment = (value: number, color: string) => {
      if (value <= 0) return;
      doc
        .rect(left, yOf(base + value), barWidth, yOf(base) - yOf(base + value))
        .fillColor(color)
        .fill();
      base += value;
    };
    chart.stacks.forEach((stack, stackIndex) => segment(stack.values[index] ?? 0, seriesColor(stackIndex)));
    segment(chart.rest[index] ?? 0, NOT_SHOWN);
  });
}

/** Entries in two columns, each a colour mark and its label (cut with an ellipsis: the table beside has the full names). */
export function drawLegend(doc: PDFKit.PDFDocument, entries: readonly LegendEntry[], box: Pick<Box, 'left' | 'top' | 'width'>): void {
  const column = box.width / 2;
  entries.forEach((entry, index) => {
    const x = box.left + (index % 2) * column;
    const y = box.top + Math.floor(index / 2) * LEGEND_LINE;
    if (entry.mark === 'hidden')
      doc
        .circle(x + 3.5, y + 4.5, 2.6)
        .lineWidth(0.8)
        .strokeColor(entry.color)
        .stroke();
    else
      doc
        .rect(x, y + 1, 7, 7)
        .fillColor(entry.color)
        .fill();
    small(doc, COLOR.text).text(entry.label, x + 11, y, { width: column - 14, lineBreak: false, ellipsis: true });
  });
}
