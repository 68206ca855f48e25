import type { RichBlock } from '../richText/richText';
import type { SnapshotChart } from './reviewRecordEntries';

/** What the PDF kit's writer and the DOCX writer both offer: one description of a record, two formats. */
export interface RecordWriter {
  title(text: string): void;
  heading(text: string, level?: 2 | 3 | 4): void;
  paragraph(text: string, style?: { bold?: boolean; italic?: boolean; muted?: boolean }): void;
  /** Paragraphs kept on one page (a decision with its outcome and votes). */
  together(paragraphs: ReadonlyArray<{ text: string; style?: { bold?: boolean; italic?: boolean; muted?: boolean } }>): void;
  facts(rows: ReadonlyArray<{ label: string; value: string; href?: string }>): void;
  /** People in columns: the name with a status, then a muted line of details. */
  nameList(entries: ReadonlyArray<{ name: string; status: string; details: string }>): void;
  table(table: {
    columns: ReadonlyArray<{ header: string; weight: number }>;
    rows: ReadonlyArray<ReadonlyArray<string | { text: string; bold?: boolean; muted?: boolean }>>;
    emptyText?: string;
  }): void;
  richText(blocks: readonly RichBlock[]): void;
  /** A data review's snapshot drawn as a chart; a writer without it (the DOCX) gives the summary and table only. */
  snapshotChart?(chart: SnapshotChart): void;
  tag(text: string, tone: 'confidential' | 'muted'): void;
  space(points?: number): void;
}
