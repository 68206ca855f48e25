import { describe, expect, it } from 'vitest';
import { loadAuditFor } from '../../main/db/auditRepository';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { renderMeetingRecordDocx } from '../../main/export/meetingRecord/meetingRecordDocx';
import type { MeetingRecordModel, MeetingRecordPart } from '../../main/export/meetingRecord/meetingRecordModel';
import { renderMeetingRecordPdf } from '../../main/export/meetingRecord/meetingRecordPdf';
import { withStoredDatabase } from './support/directoryInputs';
import { readDocx } from './support/docxText';
import { runExport } from './support/exportJobs';
import { meetingInput } from './support/meetingInputs';
import { pdfPages, squeezed } from './support/pdfPages';
import { CONFIDENTIAL_MARKER, PROTECTED_DISPLAY_NAME, PROTECTED_FULL_NAME, recordedMeeting } from './support/recordedMeeting';

const recordRequest = (
  meetingId: string,
  format: 'pdf' | 'docx',
  options: {
    includeConfidential?: boolean;
    protectedMembers?: 'display-name' | 'leave-out';
    sections?: Array<'attendance' | 'agenda' | 'decisions' | 'action-items' | 'amendments'>;
  } = {},
) => ({ kind: 'meeting-record', meetingId, format, ...options }) as const;

describe('the meeting record as a PDF', () => {
  it('has the header, every attendee by sector, quorum, agenda with notes, every decision with votes and the action items, DRAFT on every page', async () => {
    const { t, meeting, attendeeNames } = await recordedMeeting();
    const file = await runExport(t, recordRequest(meeting.id, 'pdf'));
    expect(file.fileName).toBe('March coalition meeting 2026-03-12 minutes.pdf');
    expect(file.mimeType).toBe('application/pdf');

    const pages = pdfPages(file.bytes);
    const text = squeezed(pages.join('\n'));
    for (const line of [
      'Riverside Youth Safety Coalition',
      'March coalition meeting',
      'Date and time Thu, Mar 12, 2026, 10:00 AM – 11:30 AM PDT (America/Los Angeles)',
      'Location Library, room 2',
      'Video link https://meet.example.org/march',
      'Facilitator Rosa Muñoz',
      `Note-taker ${PROTECTED_DISPLAY_NAME}`,
      'Minutes Not approved yet (minutes draft)',
      'Present 3, remote 1, excused 1, absent 2, substitutes 1, guests 1',
      'Quorum met:',
      'Child welfare',
      'Law enforcement, juvenile justice and probation',
      'Substitute: Officer Lee',
      '1. Runaway protocol',
      'The group agreed on the 24-hour rule. See the protocol.',
      '• Schools call first',
      '1. Adopt the runaway protocol with the 24-hour rule.',
      `Moved by ${PROTECTED_DISPLAY_NAME}, seconded by Rosa Muñoz. For 4, against 1, abstained 0.`,
      '2. Hold a training day in May.',
      'Agreed by consensus',
      'Send the protocol to shelters',
      'Apr 1, 2026',
      'Generated Mar 1, 2026',
    ]) {
      expect(text).toContain(line);
    }
    for (const name of attendeeNames) expect(text).toContain(name);
    pages.forEach((page, index) => {
      expect(page).toContain('DRAFT - not yet approved');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('drops the DRAFT mark once the minutes are approved, and says when', async () => {
    const { t, meeting } = await recordedMeeting();
    await t.call('meetings.approveMinutes', { id: meeting.id });
    const pages = pdfPages((await runExport(t, recordRequest(meeting.id, 'pdf'))).bytes);
    for (const page of pages) expect(page).not.toContain('DRAFT');
    expect(squeezed(pages.join('\n'))).toContain('Minutes Approved on Mar 1, 2026');
  });

  it('writes only the chosen parts of the record', async () => {
    const { t, meeting } = await recordedMeeting();
    const text = squeezed(pdfPages((await runExport(t, recordRequest(meeting.id, 'pdf', { sections: ['decisions'] }))).bytes).join('\n'));
    expect(text).toContain('Adopt the runaway protocol');
    expect(text).toContain('Facilitator Rosa Muñoz');
    for (const left of ['Attendance', 'Agenda and notes', 'Send the protocol to shelters', 'Ольга Смирнова']) expect(text).not.toContain(left);
  });
});

describe('the meeting record as a Word document', () => {
  it('has the same content, with tables whose header rows repeat, real lists and links, and DRAFT in the header and as a watermark', async () => {
    const { t, meeting, attendeeNames } = await recordedMeeting();
    const file = await runExport(t, recordRequest(meeting.id, 'docx'));
    expect(file.fileName).toBe('March coalition meeting 2026-03-12 minutes.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');

    const docx = readDocx(file.bytes);
    for (const line of [
      'March coalition meeting',
      'Thu, Mar 12, 2026, 10:00 AM – 11:30 AM PDT (America/Los Angeles)',
      'Library, room 2',
      'Quorum met:',
      'Adopt the runaway protocol with the 24-hour rule.',
      'Hold a training day in May.',
      'Send the protocol to shelters',
      'Schools call first',
    ]) {
      expect(docx.body).toContain(line);
    }
    for (const name of attendeeNames) expect(docx.body).toContain(name);
    const xml = docx.files.get('word/document.xml') ?? '';
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>.*March coalition meeting/);
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">Schools call first/);
    expect(xml).toMatch(/<w:b\/>.*?agreed/);
    expect(docx.files.get('word/_rels/document.xml.rels')).toContain('Target="https://example.org/protocol"');
    expect(docx.headers).toContain('Riverside Youth Safety Coalition');
    expect(docx.headers).toContain('DRAFT - not yet approved');
    expect([...docx.files.entries()].some(([name, part]) => name.startsWith('word/header') && part.includes('string="DRAFT"'))).toBe(true);
    expect(docx.files.get('word/footer1.xml')).toContain('NUMPAGES');

    await t.call('meetings.approveMinutes', { id: meeting.id });
    const approved = readDocx((await runExport(t, recordRequest(meeting.id, 'docx'))).bytes);
    expect(approved.everything).not.toContain('DRAFT');
    expect(approved.body).toContain('Approved on Mar 1, 2026');
  });
});

describe('redaction in meeting records', () => {
  for (const format of ['pdf', 'docx'] as const) {
    const textOf = (bytes: Buffer) => (format === 'pdf' ? pdfPages(bytes).join('\n') : readDocx(bytes).everything);

    it(`${format}: leaves confidential notes out unless chosen, then labels them CONFIDENTIAL and says so in the file name`, async () => {
      const { t, meeting, workspacePath } = await recordedMeeting();
      const without = await runExport(t, recordRequest(meeting.id, format));
      expect(textOf(without.bytes)).not.toContain(CONFIDENTIAL_MARKER);
      expect(textOf(without.bytes)).not.toContain('CONFIDENTIAL');
      expect(textOf(without.bytes)).toContain('Notes not included in this export.');
      expect(without.fileName).not.toContain('CONFIDENTIAL');

      const withNotes = await runExport(t, recordRequest(meeting.id, format, { includeConfidential: true }));
      const text = squeezed(textOf(withNotes.bytes));
      expect(text).toContain(CONFIDENTIAL_MARKER);
      expect(text).toContain('CONFIDENTIAL: these notes are marked confidential');
      expect(text).toContain('CONFIDENTIAL: this export includes notes marked confidential');
      expect(withNotes.fileName).toBe(`March coalition meeting 2026-03-12 minutes (CONFIDENTIAL).${format}`);
      const history = await withStoredDatabase(t, workspacePath, async (db) =>
        (await loadAuditFor(sqlcipherEngine(db).db, 'meeting', meeting.id)).map((row) => row.action),
      );
      expect(history.filter((action) => action === 'record exported with confidential notes')).toHaveLength(1);
    });

    it(`${format}: never prints a protected member's full name; shows the display name, or leaves them out when asked`, async () => {
      const { t, meeting } = await recordedMeeting();
      for (const includeConfidential of [false, true]) {
        const shown = textOf((await runExport(t, recordRequest(meeting.id, format, { includeConfidential }))).bytes);
        expect(shown).not.toContain(PROTECTED_FULL_NAME);
        expect(shown).toContain(PROTECTED_DISPLAY_NAME);
      }
      const left = squeezed(textOf((await runExport(t, recordRequest(meeting.id, format, { protectedMembers: 'leave-out' }))).bytes));
      expect(left).not.toContain(PROTECTED_FULL_NAME);
      expect(left).not.toContain(PROTECTED_DISPLAY_NAME);
      expect(left).toContain('Moved by a protected member, seconded by Rosa Muñoz');
      expect(left).toContain('Rosa Muñoz');
    });
  }
});

describe('several meetings as one PDF', () => {
  it('puts every meeting with minutes of a date range in order, each from a new page, DRAFT only on unapproved ones', async () => {
    const { t, meeting } = await recordedMeeting();
    const april = await t.call('meetings.create', meetingInput({ title: 'April coalition meeting', startsAt: '2026-04-09T10:00' }));
    await t.call('meetings.start', { id: april.id });
    await t.call('decisions.record', { meetingId: april.id, text: 'Thank the library for the room.', outcome: 'consensus' });
    await t.call('meetings.finish', { id: april.id });
    await t.call('meetings.approveMinutes', { id: meeting.id, atMeetingId: april.id });
    await t.call('meetings.create', meetingInput({ title: 'May coalition meeting', startsAt: '2026-05-14T10:00' }));

    const file = await runExport(t, { kind: 'meetings-bundle', scope: { by: 'dates', from: '2026-03-01', to: '2026-05-31' } });
    expect(file.fileName).toBe('Riverside Youth Safety Coalition meetings 2026-03-12 to 2026-04-09 minutes.pdf');
    const pages = pdfPages(file.bytes);
    const aprilStart = pages.findIndex((page) => page.includes('April coalition meeting'));
    expect(aprilStart).toBeGreaterThan(0);
    expect(pages.findIndex((page) => page.includes('March coalition meeting'))).toBe(0);
    pages.forEach((page, index) => expect(page.includes('DRAFT')).toBe(index >= aprilStart));
    expect(pages.join('\n')).not.toContain('May coalition meeting');
    expect(pages.join('\n')).not.toContain(CONFIDENTIAL_MARKER);

    const error = await t.fail('exports.start', { kind: 'meetings-bundle', scope: { by: 'dates', from: '2027-01-01', to: '2027-12-31' } });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('There are no meetings with minutes between 2027-01-01 and 2027-12-31');
  });

  it('exports a whole series in order', async () => {
    const { t } = await recordedMeeting();
    const first = await t.call(
      'meetings.create',
      meetingInput({ title: 'Youth voice', startsAt: '2026-06-02T17:00', recurrence: { frequency: 'weekly', interval: 1, count: 3 } }),
    );
    const detail = await t.call('meetings.get', { id: first.id });
    const second = detail.nextInSeries?.id ?? '';
    for (const id of [second, first.id]) {
      await t.call('meetings.start', { id });
      await t.call('meetings.finish', { id });
    }
    const pages = pdfPages((await runExport(t, { kind: 'meetings-bundle', scope: { by: 'series', seriesId: first.seriesId ?? '' } })).bytes);
    expect(pages.map((page) => /Tue, Jun (\d+), 2026/.exec(page)?.[1])).toEqual(['2', '9']);
  });
});

describe('bad meeting record requests', () => {
  it('answers an unknown meeting with NOT_FOUND and a bad range with VALIDATION on its field', async () => {
    const { t } = await recordedMeeting();
    expect((await t.fail('exports.start', recordRequest('01900000-0000-7000-8000-000000000000', 'pdf'))).code).toBe('NOT_FOUND');
    const range = await t.fail('exports.start', { kind: 'meetings-bundle', scope: { by: 'dates', from: '2026-05-01', to: '2026-04-01' } });
    expect(range.fieldErrors?.['scope.to']).toEqual(['The first day must come before the last.']);
    expect(
      (await t.fail('exports.start', { kind: 'meeting-record', meetingId: '01900000-0000-7000-8000-000000000000', format: 'pdf', sections: [] })).code,
    ).toBe('VALIDATION');
  });
});

describe('meeting record renderers', () => {
  const part = (title: string, draft: boolean): MeetingRecordPart => ({
    title,
    facts: [{ label: 'Date and time', value: 'Tue, Mar 3, 2026' }],
    draft,
    approval: draft ? 'Not approved yet (minutes draft)' : 'Approved on Mar 10, 2026',
    attendance: null,
    agenda: [{ number: '1.', title: 'Welcome', details: 'Information', description: '', notes: [], confidential: false, notesLeftOut: null }],
    decisions: [],
    actionItems: null,
    amendments: [],
  });
  const model: MeetingRecordModel = {
    coalitionName: 'Riverside Youth Safety Coalition',
    documentTitle: 'Minutes',
    generatedLine: 'Generated Mar 1, 2026',
    generatedAt: '2026-03-01T12:00:00.000Z',
    includesConfidential: false,
    meetings: [part('First meeting', false), part('Second meeting', true)],
  };

  for (const [format, render] of [
    ['pdf', renderMeetingRecordPdf],
    ['docx', renderMeetingRecordDocx],
  ] as const) {
    it(`${format}: reports progress section by section up to the total, with the same total throughout`, async () => {
      const steps: Array<[number, number]> = [];
      await render(model, (done, total) => steps.push([done, total]));
      // Per meeting: the header and three sections (agenda, decisions, amendments); then the file itself.
      expect(steps).toEqual(Array.from({ length: 9 }, (_, index) => [index + 1, 9]));
    });
  }
});
