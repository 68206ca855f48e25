import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The text of each page of a PDF, as poppler's pdftotext reads it (an independent reader). */
export function pdfPages(bytes: Uint8Array): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-pdf-'));
  try {
    const file = path.join(dir, 'file.pdf');
    fs.writeFileSync(file, bytes);
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Words of one line, whatever the spaces -layout put between columns. */
export const squeezed = (text: string): string => text.replace(/[ \t]+/g, ' ');
