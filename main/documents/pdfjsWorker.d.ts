// pdf.js's parser, which the display API runs on the calling thread when `globalThis.pdfjsWorker` holds it (no types ship).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
