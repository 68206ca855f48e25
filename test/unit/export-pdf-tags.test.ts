import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runExport } from './support/exportJobs';
import { recordedMeeting } from './support/recordedMeeting';

/** What poppler's pdfinfo (an independent reader) says of a PDF: its properties, and with -struct-text its tag tree. */
const pdfinfo = (bytes: Uint8Array, ...flags: string[]) => execFileSync('pdfinfo', [...flags, '-'], { input: bytes, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');

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
