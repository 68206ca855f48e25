import { describe, expect, it } from 'vitest';
import { createPdfDocument, type PdfDocumentOptions } from '../../main/export/pdf/pdfDocument';
import { notesToRichText } from '../../main/export/richText/notesToRichText';
import { sanitizeNotes } from '../../main/meetings/notesSanitizer';
import { pdfPages, squeezed } from './support/pdfPages';

const options: PdfDocumentOptions = {
  title: 'Kit test',
  coalitionName: 'Riverside Youth Safety Coalition',
  generatedLine: 'Generated 1 March 2026, 6:00 AM (America/Chicago)',
  draft: false,
  createdAt: new Date('2026-03-01T12:00:00Z'),
};

describe('the PDF kit', () => {
  it('repeats the coalition name, the page count and the generated date on every page, and a table header on each page it runs onto', async () => {
    const pdf = createPdfDocument(options);
    pdf.title('Action items');
    pdf.table({
      columns: [
        { header: 'Action item', weight: 3 },
        { header: 'Owner', weight: 2 },
      ],
      rows: Array.from({ length: 90 }, (_, index) => [`Item number ${index}`, 'Zoë Παπαδοπούλου']),
    });
    const pages = pdfPages(await pdf.finish());

    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => {
      expect(page).toContain('Riverside Youth Safety Coalition');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page).toContain('Generated 1 March 2026, 6:00 AM (America/Chicago)');
      expect(squeezed(page)).toMatch(/Action item Owner/);
      expect(page).not.toContain('DRAFT');
    });
    const all = pages.join('\n');
    for (let index = 0; index < 90; index++) expect(all).toContain(`Item number ${index} `);
  });

  it('marks every page DRAFT when asked', async () => {
    const pdf = createPdfDocument({ ...options, draft: true });
    for (let index = 0; index < 120; index++) pdf.paragraph(`Paragraph ${index}`);
    const pages = pdfPages(await pdf.finish());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('DRAFT - not yet approved');
  });

  it('prints accents, Greek and Cyrillic, and keeps the formatting of notes readable as text', async () => {
    const html = sanitizeNotes(
      '<h2>Plan &amp; scope</h2><p>Agreed with <strong>José Núñez</strong> and <em>Ελένη Παπαδοπούλου</em>, <a href="https://example.org">see the plan</a></p>' +
        '<ol><li><p>Ольга Смирнова calls</p></li><li><p>Second step</p></li></ol><ul><li><p>Loose point</p></li></ul><blockquote><p>A quoted line</p></blockquote>',
    ).html;
    const pdf = createPdfDocument(options);
    pdf.facts([{ label: 'Facilitator', value: 'Łukasz Wróbel' }]);
    pdf.tag('CONFIDENTIAL', 'confidential');
    pdf.richText(notesToRichText(html));
    const text = squeezed(pdfPages(await pdf.finish()).join('\n'));

    for (const expected of [
      'Plan & scope',
      'Agreed with José Núñez and Ελένη Παπαδοπούλου, see the plan',
      '1. Ольга Смирнова calls',
      '2. Second step',
      '• Loose point',
      'A quoted line',
      'Facilitator Łukasz Wróbel',
      'CONFIDENTIAL',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('notes as rich text', () => {
  it('reads headings, marks, links, nested lists and quotes', () => {
    const blocks = notesToRichText(
      sanitizeNotes(
        '<h3>Title</h3><p>a <strong>b <em>c</em></strong> <a href="https://x.org/?a=1&amp;b=2">d</a><br>e</p><ul><li><p>one</p><p>more</p><ol><li><p>inner</p></li></ol></li></ul><blockquote><p>q</p></blockquote>',
      ).html,
    );
    expect(blocks.map((block) => [block.kind, block.runs.map((run) => run.text).join('')])).toEqual([
      ['heading', 'Title'],
      ['paragraph', 'a b c d\ne'],
      ['list-item', 'one\nmore'],
      ['list-item', 'inner'],
      ['quote', 'q'],
    ]);
    const paragraph = blocks[1];
    expect(paragraph?.runs.find((run) => run.text === 'c')).toMatchObject({ bold: true, italic: true });
    expect(paragraph?.runs.find((run) => run.text === 'd')).toMatchObject({ href: 'https://x.org/?a=1&b=2', bold: false });
    expect(blocks[3]).toMatchObject({ kind: 'list-item', ordered: true, number: 1, depth: 1 });
  });

  it('reads text as the parsed tree has it: entities decoded once, angle brackets and quotes kept as text', () => {
    const blocks = notesToRichText(sanitizeNotes('<p>5 &lt; 6 &amp;&amp; "a" &gt; b, &amp;lt;tag&amp;gt; stays written</p><p>x<strong>y</strong>z</p>').html);
    expect(blocks.map((block) => block.runs.map((run) => run.text).join(''))).toEqual(['5 < 6 && "a" > b, &lt;tag&gt; stays written', 'xyz']);
    expect(blocks[1]?.runs.map((run) => [run.text, run.bold])).toEqual([
      ['x', false],
      ['y', true],
      ['z', false],
    ]);
  });
});
