import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createPdfDocument } from '../../main/export/pdf/pdfDocument';
import { organizationInput, memberInput } from './support/directoryInputs';
import { readDocx } from './support/docxText';
import { runExport } from './support/exportJobs';
import { pdfPages, squeezed } from './support/pdfPages';
import { recordedMeeting } from './support/recordedMeeting';
import type { TestDesk } from './support/testDesk';

/** A decision long enough to wrap: its first words, and the number it is recorded under. */
const decisionText = (index: number) =>
  `Decision ${index} opening words: the coalition adopts the shared screening form for every partner agency, with a review of the form by the youth advisory board after six months of use across the county.`;
const VOTES = /For (\d+), against 1, abstained 0\./;

/** Enough voting members in the room for each decision to carry its own number of votes for. */
async function seatVotingMembers(t: TestDesk, meetingId: string, count: number): Promise<void> {
  const organization = await t.call('directory.createOrganization', organizationInput({ name: 'Riverside Youth Shelter' }));
  const memberIds: string[] = [];
  for (let index = 1; index <= count; index++) {
    const member = await t.call(
      'directory.createMember',
      memberInput({ fullName: `Voter ${index}`, email: `voter${index}@example.org`, organizationId: organization.id, votingMember: true }),
    );
    memberIds.push(member.id);
  }
  for (const attendee of await t.call('attendance.invite', { meetingId, memberIds })) {
    await t.call('attendance.mark', { id: attendee.id, status: 'present' });
  }
}

const pdfLinks = (bytes: Uint8Array) => execFileSync('pdfinfo', ['-url', '-'], { input: bytes }).toString('utf8');

describe('a record that reads as one', () => {
  it('keeps each decision (text, outcome and votes) on one page, when the decisions run across page boundaries', async () => {
    const { t, meeting } = await recordedMeeting();
    await seatVotingMembers(t, meeting.id, 36);
    for (let index = 1; index <= 36; index++) {
      await t.call('decisions.record', {
        meetingId: meeting.id,
        text: decisionText(index),
        outcome: 'adopted',
        motion: { votesFor: index, votesAgainst: 1, votesAbstain: 0 },
      });
    }
    const file = await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf', sections: ['decisions'] });
    const pages = pdfPages(file.bytes).map((page) => page.replace(/\s+/g, ' '));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (let index = 1; index <= 36; index++) {
      const opening = pages.findIndex((page) => page.includes(`Decision ${index} opening words`));
      const votes = pages.findIndex((page) => [...page.matchAll(new RegExp(VOTES, 'g'))].some((match) => match[1] === String(index)));
      expect({ decision: index, page: opening }).toEqual({ decision: index, page: votes });
      expect(pages[opening]).toContain(`after six months of use across the county.`);
    }
  });

  it('never leaves a heading at the foot of a page: it moves with the first row of the table under it, however tall', async () => {
    const pdf = createPdfDocument({
      title: 'Headings',
      coalitionName: 'Coalition',
      generatedLine: 'Generated',
      draft: false,
      createdAt: new Date('2026-03-01T12:00:00Z'),
    });
    for (let section = 0; section < 40; section++) {
      for (let line = 0; line < section % 7; line++) pdf.paragraph(`Filler ${section}.${line} that takes a line of the page.`);
      pdf.heading(`Section ${section} heading`, 3);
      pdf.heading(`Group ${section}`, 4);
      pdf.table({
        columns: [
          { header: 'Action item', weight: 3 },
          { header: 'Owner', weight: 2 },
        ],
        rows: [
          [`First row of ${section}\nwith a second line\nand a third\nand a fourth`, 'Rosa'],
          [`Second row of ${section}`, 'Ben'],
        ],
      });
    }
    const pages = pdfPages(await pdf.finish());
    expect(pages.length).toBeGreaterThan(3);
    for (let section = 0; section < 40; section++) {
      const page = pages.findIndex((text) => text.includes(`Section ${section} heading`));
      expect({ section, page: pages.findIndex((text) => text.includes(`Group ${section}\n`)) }).toEqual({ section, page });
      expect({ section, page: pages.findIndex((text) => text.includes(`First row of ${section} `)) }).toEqual({ section, page });
    }
  });

  it('lists attendance in two columns and makes the video link clickable', async () => {
    const { t, meeting } = await recordedMeeting();
    const file = await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf', sections: ['attendance'] });
    expect(pdfLinks(file.bytes)).toMatch(/^\s*1\s+Annotation\s+https:\/\/meet\.example\.org\/march$/m);
    const text = squeezed(pdfPages(file.bytes).join('\n'));
    // Two people of one sector on one line, side by side.
    expect(text).toMatch(/Rosa Muñoz · Present +Ольга Смирнова · Excused/);
    expect(pdfPages(file.bytes)).toHaveLength(1);
  });

  it('docx: the coalition is the author, paragraphs and headings are spaced, tables keep their widths, a decision stays together', async () => {
    const { t, meeting } = await recordedMeeting();
    const file = await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'docx' });
    const docx = readDocx(file.bytes);
    const core = docx.files.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:creator>Riverside Youth Safety Coalition</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Riverside Youth Safety Coalition</cp:lastModifiedBy>');

    const styles = docx.files.get('word/styles.xml') ?? '';
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264"\/>/);
    expect(styles).toMatch(/w:styleId="Heading1".*?<w:keepNext\/>.*?<w:spacing w:after="80" w:before="360"\/>/s);

    const xml = docx.files.get('word/document.xml') ?? '';
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const columns = [...(table.split('</w:tblGrid>')[0] ?? '').matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
      expect(columns.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(9360);
      expect(columns.reduce((sum, width) => sum + width, 0)).toBeGreaterThan(9300);
    }
    const actionTable = tables.find((table) => table.includes('Send the protocol to shelters')) ?? '';
    const actionColumns = [...actionTable.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    // Action item, Owner, Organization, Due, Status: no header word is squeezed onto two lines.
    expect(actionColumns[2]).toBeGreaterThanOrEqual(1600);
    expect(Math.min(...actionColumns)).toBeGreaterThanOrEqual(800);
    expect(xml).toMatch(/<w:keepNext\/><w:keepLines\/>.{0,200}<w:t xml:space="preserve">1\. Adopt the runaway protocol/s);
    expect(xml).toMatch(/<w:hyperlink[^>]*>.{0,200}https:\/\/meet\.example\.org\/march/s);
    expect(docx.headers).not.toContain('CONFIDENTIAL');

    const confidential = readDocx((await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'docx', includeConfidential: true })).bytes);
    expect(confidential.headers).toContain('CONFIDENTIAL  ·  DRAFT - not yet approved');
  });
});
