import type { Writable } from 'node:stream';

/**
 * An export is prepared on the backend's thread (database -> plain, already redacted model, and for a long list a
 * feed of its rows) and rendered in the export worker, which writes the file as it goes. These types join the two
 * halves; see docs/architecture.md, "Exports".
 */
export type ReportProgress = (done: number, total: number) => void;

/** A row of a table, one text per column. */
export type TableRow = string[];

/** Turns a prepared model into the whole file's bytes (small files: a meeting record, a calendar). */
export type ExportRenderer<Model> = (model: Model, progress: ReportProgress) => Promise<Uint8Array> | Uint8Array;

/** Where a renderer in the worker writes, and what it may read besides its model. */
export interface RenderOutput {
  /** The file, written as it is made; the renderer ends it. */
  stream: Writable;
  progress: ReportProgress;
  /** The rows the backend feeds after the model, in chunks, each asked for once the one before has arrived. */
  fedRows(): AsyncIterable<TableRow[]>;
}

/** Runs in the export worker: pure, no database, no electron. Writes the file to `output.stream` and ends it. */
export type StreamingRenderer<Model> = (model: Model, output: RenderOutput) => Promise<void>;

/** Reads the next rows of a long list from the storage engine, on the backend's thread; an empty chunk means the end. */
export type RowFeed = (most: number) => Promise<TableRow[]>;

export interface PreparedExport<Model = unknown> {
  /** Which entry of `exportRenderers` renders this model. */
  renderer: string;
  /** Plain data (it is copied to the worker), with everything the export must not carry already left out. */
  model: Model;
  /** The suggested file name, safe on every platform. */
  fileName: string;
  mimeType: string;
  /** For a long list: its rows, read as the worker asks for them (never all at once). Stays on the backend. */
  feed?: RowFeed;
}
