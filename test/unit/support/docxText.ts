import { unzip } from './unzip';

/** The text of a Word document part, one line per paragraph, read from its XML (w:t runs, tabs and breaks). */
export function docxPartText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
        .map(([token, text]) => (text !== undefined ? text : token === '<w:tab/>' ? '\t' : '\n'))
        .join(''),
    )
    .filter((line) => line !== '')
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

export interface DocxContent {
  files: Map<string, string>;
  body: string;
  headers: string;
  footers: string;
  /** Every XML part's text together: to prove a string appears nowhere in the file. */
  everything: string;
}

export function readDocx(bytes: Uint8Array): DocxContent {
  const files = unzip(Buffer.from(bytes));
  const parts = (prefix: string) =>
    [...files.entries()]
      .filter(([name]) => name.startsWith(prefix))
      .map(([, xml]) => docxPartText(xml))
      .join('\n');
  return {
    files,
    body: docxPartText(files.get('word/document.xml') ?? ''),
    headers: parts('word/header'),
    footers: parts('word/footer'),
    everything: [...files.values()].join('\n'),
  };
}
