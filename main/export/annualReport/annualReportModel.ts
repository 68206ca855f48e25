import type { NarrativeSectionId } from '../../../shared/contract/annualReportSchemas';

/**
 * The annual report as the export worker renders it: words and figures already chosen for sharing. The measures'
 * tables hold only what may be shown (every hidden cell, small or hidden to protect a small one, is the one word "hidden"), and their charts
 * only the visible numbers (null where a cell is hidden): no renderer can print what it never received.
 */
export interface AnnualReportModel {
  coalitionName: string;
  documentTitle: string;
  generatedLine: string;
  generatedAt: string;
  /** "January 1, 2025 to December 31, 2025", in the workspace's date style. */
  periodLine: string;
  coalition: Array<{ label: string; value: string }>;
  narrative: Array<{ id: NarrativeSectionId; title: string; text: string }>;
  membership: ReportTableSection;
  meetings: ReportTableSection & { meetingList: ReportTable };
  protocols: { summary: string; adopted: ReportTable; reviewed: ReportTable };
  trainings: ReportTableSection;
  measures: ReportMeasures;
  objectives: { summary: string; goals: Array<{ title: string; table: ReportTable }> };
}

export interface ReportTable {
  columns: Array<{ header: string; weight: number }>;
  rows: string[][];
  emptyText: string;
}

/** A section that says its point in a sentence or two, then shows its table. */
export interface ReportTableSection {
  summary: string[];
  table: ReportTable;
}

export interface ReportMeasures {
  /** How small numbers are treated, in words (printed once above the measures). */
  rule: string;
  /** The small-number threshold the tables were made with (the charts' axes stay above it). */
  threshold: number;
  measures: ReportMeasure[];
  /** Measures with no figure in the period, by name. */
  withoutFigures: string[];
}

export interface ReportMeasure {
  name: string;
  definition: string;
  unit: string;
  /** The chart and table in words: what a reader who cannot see the chart needs. */
  caption: string;
  table: ReportTable;
  chart: MeasureChart;
}

/** A measure's two charts, from the shown table only: hidden cells are null and never drawn at their value. */
export interface MeasureChart {
  /** Column labels: the quarters or years of the period. */
  periods: string[];
  /** The coalition's total per period, or null where the total is not shown. */
  totals: Array<number | null>;
  /** Bars by organization: the organizations with the most shown, then the rest together. */
  stacks: Array<{ label: string; values: Array<number | null> }>;
  /** Per period, what hidden cells add up to when the period's total is shown (else null): one grey segment. */
  notShown: Array<number | null>;
  /** The word a hidden point or segment stands for (shared/smallNumbers.ts HIDDEN_FIGURE). */
  hiddenLabel: string;
}
