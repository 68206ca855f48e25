import { describe, expect, it } from 'vitest';
import { loadAuditFor } from '../../main/db/auditRepository';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { withStoredDatabase } from './support/directoryInputs';
import { runExport } from './support/exportJobs';
import { meetingCoalition, meetingInput } from './support/meetingInputs';
import { pdfPages, squeezed } from './support/pdfPages';
import { PROTECTED_DISPLAY_NAME, recordedMeeting } from './support/recordedMeeting';

const pdfText = (bytes: Uint8Array) => squeezed(pdfPages(bytes).join('\n')).replace(/\s+/g, ' ');

describe('a record with protected members left out', () => {
  it('leaves them out of the quorum count too, and names a protected mover only as "a protected member"', async () => {
    const { t, meeting } = await recordedMeeting();
    // Five voting members are present or represented; one of them is the protected youth advisor, who moved the motion.
    const shown = pdfText((await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf', protectedMembers: 'display-name' })).bytes);
    expect(shown).toContain('Quorum met: 5 of 5 voting members present or represented; 3 needed.');

    const left = pdfText((await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf', protectedMembers: 'leave-out' })).bytes);
    expect(left).toContain('Quorum met. Voting members listed here present or represented: 4 (members whose names are left out are not counted).');
    expect(left).not.toContain('5 of 5');
    expect(left).toContain('Moved by a protected member, seconded by Rosa Muñoz. For 4, against 1, abstained 0.');
    expect(left).not.toContain(PROTECTED_DISPLAY_NAME);
  });
});

describe('a confidential export of a meeting without confidential notes', () => {
  it('is named and labelled as an ordinary record, and writes no "exported with confidential notes" history row', async () => {
    const { t, workspacePath } = await meetingCoalition();
    const meeting = await t.call('meetings.create', meetingInput({ title: 'Open meeting' }));
    const item = await t.call('agenda.addItem', { meetingId: meeting.id, title: 'Posters' });
    await t.call('agenda.saveNotes', { id: item.id, html: '<p>Print them.</p>', confidential: false });
    await t.call('meetings.start', { id: meeting.id });

    const file = await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf', includeConfidential: true });
    expect(file.fileName).toBe('Open meeting 2026-03-12 minutes.pdf');
    expect(pdfText(file.bytes)).not.toContain('CONFIDENTIAL');
    const docx = await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'docx', includeConfidential: true });
    expect(docx.fileName).toBe('Open meeting 2026-03-12 minutes.docx');
    const actions = await withStoredDatabase(t, workspacePath, async (db) =>
      (await loadAuditFor(sqlcipherEngine(db).db, 'meeting', meeting.id)).map((row) => row.action),
    );
    expect(actions).not.toContain('record exported with confidential notes');
  });
});
