/**
 * An export is prepared on the main thread (database -> plain, already redacted model) and rendered in the export
 * worker (model -> bytes). These types join the two halves; see docs/architecture.md, "Exports".
 */
export type ReportProgress = (done: number, total: number) => void;

/** Turns a prepared model into the file's bytes. Runs in the export worker: pure, no database, no electron. */
export type ExportRenderer<Model> = (model: Model, progress: ReportProgress) => Promise<Uint8Array> | Uint8Array;

export interface PreparedExport<Model = unknown> {
  /** Which entry of `exportRenderers` renders this model. */
  renderer: string;
  /** Plain data (it is copied to the worker), with everything the export must not carry already left out. */
  model: Model;
  /** The suggested file name, safe on every platform. */
  fileName: string;
  mimeType: string;
}
