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
