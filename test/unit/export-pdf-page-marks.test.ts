import { describe, expect, it } from 'vitest';
import { createPdfDocument, type PdfDocumentOptions } from '../../main/export/pdf/pdfDocument';
import { pdfOutline, renderGrayPage } from './support/pdfImages';
import { pdfPages } from './support/pdfPages';

const options: PdfDocumentOptions = {
  title: 'Marks test',
  coalitionName: 'Riverside Youth Safety Coalition',
  generatedLine: 'Generated Mar 1, 2026',
  draft: false,
  createdAt: new Date('2026-03-01T12:00:00Z'),
};

const firstLine = (page: string) => page.split('\n').find((line) => line.trim() !== '') ?? '';

/** A page full of dark text, where the diagonal DRAFT crosses it. */
async function textPage(draft: boolean): Promise<Uint8Array> {
  const pdf = createPdfDocument({ ...options, draft });
  for (let index = 0; index < 40; index++) pdf.paragraph('MMMM WWWW MMMM WWWW MMMM WWWW MMMM WWWW MMMM WWWW MMMM WWWW MMMM WWWW MMMM', { bold: true });
  return pdf.finish();
}

describe('what every page is marked with', () => {
  it('draws the diagonal DRAFT beneath the text: every dark pixel of the text stays as dark on a DRAFT page', async () => {
    const plain = renderGrayPage(await textPage(false), 1);
    const draft = renderGrayPage(await textPage(true), 1);
    expect(draft.pixels.length).toBe(plain.pixels.length);
    let textPixels = 0;
    let washedOut = 0;
    let markPixels = 0;
    for (let index = 0; index < plain.pixels.length; index++) {
      const before = plain.pixels[index]!;
      const after = draft.pixels[index]!;
      if (before < 90) {
        textPixels++;
        if (after > before + 40) washedOut++;
      } else if (before > 250 && after < 245) markPixels++;
    }
    expect(textPixels).toBeGreaterThan(10_000);
    expect(markPixels).toBeGreaterThan(5_000); // the mark is there, in the gaps between letters
    expect(washedOut).toBe(0);
  });

  it('says CONFIDENTIAL in the header of every page of a confidential export, with DRAFT when the pages are drafts', async () => {
    const write = async (draft: boolean) => {
      const pdf = createPdfDocument({ ...options, draft, confidential: true });
      for (let index = 0; index < 120; index++) pdf.paragraph(`Paragraph ${index}`);
      return pdfPages(await pdf.finish());
    };
    const approved = await write(false);
    expect(approved.length).toBeGreaterThan(1);
    for (const page of approved) {
      expect(firstLine(page)).toContain('CONFIDENTIAL');
      expect(page).not.toContain('DRAFT');
    }
    const drafts = await write(true);
    for (const page of drafts) expect(firstLine(page)).toMatch(/CONFIDENTIAL\s+·\s+DRAFT - not yet approved/);
  });

  it('starts each part on a new page with its name in the running header and a bookmark, DRAFT only on its own pages', async () => {
    const pdf = createPdfDocument({ ...options, draft: false });
    const parts = [
      { name: 'January coalition meeting', draft: false, paragraphs: 70 },
      { name: 'February coalition meeting', draft: true, paragraphs: 3 },
      { name: 'March workgroup', draft: false, paragraphs: 3 },
    ];
    for (const part of parts) {
      pdf.part({ name: part.name, draft: part.draft });
      for (let index = 0; index < part.paragraphs; index++) pdf.paragraph(`${part.name} paragraph ${index}`);
    }
    const bytes = await pdf.finish();
    const pages = pdfPages(bytes);
    expect(pages.length).toBe(4);
    expect(pages.map(firstLine).map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
      'Riverside Youth Safety Coalition · January coalition meeting',
      'Riverside Youth Safety Coalition · January coalition meeting',
      'Riverside Youth Safety Coalition · February coalition meeting DRAFT - not yet approved',
      'Riverside Youth Safety Coalition · March workgroup',
    ]);
    expect(pdfOutline(bytes)).toEqual([
      { title: 'January coalition meeting', page: 1 },
      { title: 'February coalition meeting', page: 3 },
      { title: 'March workgroup', page: 4 },
    ]);
  });
});
