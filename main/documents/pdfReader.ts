import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * pdf.js, loaded for reading text only, inside the document text worker (textWorker.ts): its parser runs on this
 * thread (the worker is already off the thread that answers requests), nothing is drawn, and its warnings (about the
 * canvas it does not need here) are not printed.
 *
 * pdf.js's display layer builds a DOMMatrix when it loads, and asks for the optional `@napi-rs/canvas` package to
 * supply one on Node; the app ships no node_modules, so plain stand-ins are put in place first. Text extraction
 * never draws, so they are never used for anything.
 */
type PdfJs = typeof PdfJsModule;

let loaded: Promise<PdfJs> | null = null;

export function loadPdfReader(): Promise<PdfJs> {
  loaded ??= load();
  return loaded;
}

class TextOnlyMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

async function load(): Promise<PdfJs> {
  const global = globalThis as Record<string, unknown>;
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) global[name] ??= TextOnlyMatrix;
  // pdf.js warns through console.warn (module load, damaged files); this thread prints nothing of a document.
  console.warn = () => undefined;
  global.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}
