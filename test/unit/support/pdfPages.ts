import { pdfText } from './exportJobs';

/** The text of each page of a PDF, as poppler's pdftotext reads it (an independent reader). */
export function pdfPages(bytes: Uint8Array): string[] {
  return pdfText(bytes).split('\f').slice(0, -1);
}

/** Words of one line, whatever the spaces -layout put between columns. */
export const squeezed = (text: string): string => text.replace(/[ \t]+/g, ' ');
