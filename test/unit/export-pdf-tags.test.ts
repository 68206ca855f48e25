import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runExport } from './support/exportJobs';
import { recordedMeeting } from './support/recordedMeeting';

/** What poppler's pdfinfo (an independent reader) says of a PDF: its properties, and with -struct-text its tag tree. */
const pdfinfo = (bytes: Uint8Array, ...flags: string[]) =>
  execFileSync('pdfinfo', [...flags, '-'], { input: bytes, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');

describe('the meeting record PDF for screen readers', () => {
  it('is tagged: document language and title, headings, paragraphs, lists and tables in a structure tree', async () => {
    const { t, meeting } = await recordedMeeting();
    const file = await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf' });
    const raw = Buffer.from(file.bytes).toString('latin1');

    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/Lang \(en-US\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);

    const info = pdfinfo(file.bytes);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Minutes: March coalition meeting/m);

    const tree = pdfinfo(file.bytes, '-struct-text');
    expect(tree).toMatch(/^Document\b/m);
    expect(tree).toMatch(/H1[\s\S]*"March coalition meeting/);
    for (const tag of ['H2', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI']) expect(tree).toMatch(new RegExp(`^\\s+${tag}\\b`, 'm'));
    expect(tree).toMatch(/TH[^\n]*\n\s+"Facilitator"/);
    // The running header and footer are page furniture, not part of what is read.
    expect(tree).not.toContain('Page 1 of');
  });
});

/** The dictionary of object `id` in an uncompressed PDF (pdfkit writes dictionaries as plain text). */
const objectText = (raw: string, id: string) => raw.match(new RegExp(`\\n${id} 0 obj\\n([\\s\\S]*?)\\nendobj`))?.[1] ?? '';

describe('links in the tagged PDF', () => {
  it('tags the video link and a link in the notes as Link elements holding their text and, by OBJR, their annotation', async () => {
    const { t, meeting } = await recordedMeeting();
    const file = await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf' });
    const tree = pdfinfo(file.bytes, '-struct-text');
    const videoLink = tree.match(/"Video link"\n\s+TD\n(?:\s+""\n)?\s+Link \(inline\)\n\s+"https:\/\/meet\.example\.org\/march"\n\s+Object (\d+) 0/);
    const notesLink = tree.match(
      /P \(block\)\n\s+"The group agreed on the 24-hour rule\. See "\n\s+Link \(inline\)\n\s+"the protocol"\n\s+Object (\d+) 0\n\s+"\."/,
    );
    expect(videoLink?.[1]).toBeDefined();
    expect(notesLink?.[1]).toBeDefined();

    // Each object referenced is the link annotation a reader follows, pointing back to its element (StructParent).
    const raw = Buffer.from(file.bytes).toString('latin1');
    const annotation = (id: string) => objectText(raw, id).replace(/\s+/g, ' ');
    expect(annotation(videoLink?.[1] ?? '')).toMatch(/\/Subtype \/Link .*\/StructParent \d+/);
    expect(annotation(notesLink?.[1] ?? '')).toMatch(/\/Subtype \/Link .*\/StructParent \d+/);
    const uriOf = (id: string) => objectText(raw, annotation(id).match(/\/A (\d+) 0 R/)?.[1] ?? '').match(/\/URI \(([^)]*)\)/)?.[1];
    expect(uriOf(videoLink?.[1] ?? '')).toBe('https://meet.example.org/march');
    expect(uriOf(notesLink?.[1] ?? '')).toBe('https://example.org/protocol');
    // No link annotation is left outside the structure.
    const links = [...raw.matchAll(/\n\d+ 0 obj\n([\s\S]*?)\nendobj/g)]
      .map((match) => (match[1] ?? '').replace(/\s+/g, ' '))
      .filter((text) => text.includes('/Subtype /Link'));
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const text of links) expect(text).toMatch(/\/StructParent \d+/);
  });
});
