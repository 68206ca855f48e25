import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdfDocument } from '../../main/export/pdf/pdfDocument';
import { fontCanDraw, LOOK_ALIKES, MISSING_GLYPH } from '../../main/export/pdf/printableText';
import { consultationCoalition } from './support/consultationCoalition';
import { pdfText, runExport } from './support/exportJobs';
import { squeezed } from './support/pdfPages';
import { recordedMeeting } from './support/recordedMeeting';

/** Source files whose string literals can end up in an exported file: the main process and the shared wording. */
const WORDING_FOLDERS = ['main', 'shared'];
/** The look-alike table names the characters the font lacks, on purpose. */
const LOOK_ALIKE_TABLE = path.join('main', 'export', 'pdf', 'printableText.ts');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') && full !== LOOK_ALIKE_TABLE ? [full] : [];
  });
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/** Every character beyond ASCII that the app's own code writes, with a file that writes it. */
function appWrittenCharacters(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of WORDING_FOLDERS.flatMap(sourceFiles)) {
    for (const character of withoutComments(fs.readFileSync(file, 'utf8'))) {
      if (character.codePointAt(0)! > 0x7e && !found.has(character)) found.set(character, file);
    }
  }
  return found;
}

const undrawable = (text: string) => [...new Set(text)].filter((character) => character.codePointAt(0)! > 0x7e && !fontCanDraw(character.codePointAt(0)!));

describe('characters in exported PDFs', () => {
  it('the PDF font has a glyph for every character the app writes itself', () => {
    const characters = appWrittenCharacters();
    expect(characters.size).toBeGreaterThan(3);
    const missing = [...characters].filter(([character]) => !fontCanDraw(character.codePointAt(0)!));
    expect(missing.map(([character, file]) => `${character} (U+${character.codePointAt(0)!.toString(16).toUpperCase()}) in ${file}`)).toEqual([]);
  });

  it('the PDF font has a glyph for every character of a full meeting record, with its dates and times, and of a consultation report', async () => {
    const { t, meeting } = await recordedMeeting();
    const record = pdfText((await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf', includeConfidential: true })).bytes);
    expect(record).toContain('Mar 12, 2026');
    expect(undrawable(record)).toEqual([]);
    const consultation = await consultationCoalition('CONFIDENTIAL-MARKER-1');
    const report = pdfText((await runExport(consultation.t, { kind: 'consultation-report', from: '2026-01-01', to: '2026-03-31', format: 'pdf' })).bytes);
    expect(report).toContain('Consultation');
    expect(undrawable(report)).toEqual([]);
  });

  it('prints characters the font lacks in user text as look-alikes, or as the replacement character, never as empty boxes', async () => {
    const pdf = createPdfDocument({
      title: 'Glyphs',
      coalitionName: 'Coalition → North',
      generatedLine: 'Generated',
      draft: false,
      createdAt: new Date('2026-03-01T12:00:00Z'),
    });
    pdf.heading('Status → Done ✓');
    pdf.paragraph('Shelter beds ◦ up ≥ 3 😀 ok');
    pdf.table({ columns: [{ header: 'Change', weight: 1 }], rows: [['Open ⇒ Blocked ★']] });
    pdf.richText([
      { kind: 'paragraph', runs: [{ text: 'Call ☎ back ❤️', bold: false, italic: false, underline: false, strike: false, code: false, href: null }] },
    ]);
    const text = squeezed(pdfText(await pdf.finish()));

    expect(text).toContain('Coalition -> North');
    expect(text).toContain('Status -> Done [x]');
    expect(text).toContain(`Shelter beds – up >= 3 ${MISSING_GLYPH} ok`);
    expect(text).toContain('Open => Blocked *');
    expect(text).toContain(`Call ${MISSING_GLYPH} back ${MISSING_GLYPH}`);
    expect(undrawable(text)).toEqual([]);
    // Every look-alike is itself drawable.
    expect(Object.values(LOOK_ALIKES).flatMap((alike) => undrawable(alike))).toEqual([]);
  });
});
