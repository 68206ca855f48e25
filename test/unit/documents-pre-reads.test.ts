// An agenda item's pre-reads are listed by name in the meeting record (PDF and DOCX); the files never go in.
import { describe, expect, it } from 'vitest';
import { docxBytes, pdfBytes, uploadDocument } from './support/documentFixtures';
import { readDocx } from './support/docxText';
import { runExport } from './support/exportJobs';
import { itemInput, meetingInput } from './support/meetingInputs';
import { pdfPages, squeezed } from './support/pdfPages';
import { createTestWorkspace, testDesk } from './support/testDesk';

describe('pre-reads in the meeting record', () => {
  it('names each agenda item’s pre-reads under it, in the PDF and the DOCX, and nothing of their contents', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    const meeting = await t.call('meetings.create', meetingInput({ title: 'April coalition meeting' }));
    const item = await t.call('agenda.addItem', itemInput(meeting.id, { title: 'Runaway protocol review' }));
    await t.call('agenda.addItem', itemInput(meeting.id, { title: 'Training calendar' }));
    const attachTo = { subjectKind: 'agenda_item' as const, subjectId: item.id };
    await uploadDocument(t, 'protocol.pdf', pdfBytes('inside the protocol file'), { name: 'Runaway protocol draft', versionLabel: '3', attachTo });
    await uploadDocument(t, 'memo.docx', await docxBytes(['Words inside the memo']), { name: 'County memo', attachTo });

    const pdf = squeezed(pdfPages((await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf' })).bytes).join('\n'));
    expect(pdf).toContain('Pre-reads: County memo; Runaway protocol draft');
    expect(pdf.match(/Pre-reads:/g)).toHaveLength(1);
    expect(pdf).not.toContain('inside the');

    const docx = JSON.stringify(readDocx((await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'docx' })).bytes));
    expect(docx).toContain('Pre-reads: County memo; Runaway protocol draft');
    expect(docx).not.toContain('Words inside the memo');
  });
});
