// The document library on both storage engines: files stored inside the database in pieces and read back
// byte-identical, refused by their contents, found by name and by a Word document's words, attached to records.
import { expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, documentChunkCount } from '../../shared/documentFiles';
import { deskAudit } from './support/deskAudit';
import { addDeskMember } from './support/deskDirectory';
import { docxBytes, pdfBytes, pngBytes, readBack, sendPieces, sha256, uploadDocument, xlsxBytes } from './support/documentFixtures';
import { uploadAndRead } from './support/documentTextReadings';
import { protocolInput } from './support/deskProtocols';
import { describeEachDesk } from './support/eachDesk';
import { itemInput, meetingInput } from './support/meetingInputs';
import type { TestDesk } from './support/testDesk';

/** What a refusal must leave as it was: the library and the history. */
async function libraryState(subject: Parameters<Parameters<typeof describeEachDesk>[1]>[0]) {
  return { documents: await subject.t.call('documents.list', {}), history: (await deskAudit(subject)).length };
}

async function agendaItem(t: TestDesk) {
  const meeting = await t.call('meetings.create', meetingInput({ title: 'Quarterly coalition meeting' }));
  const item = await t.call('agenda.addItem', itemInput(meeting.id, { title: 'Runaway protocol review' }));
  return { meeting, item };
}

describeEachDesk('the document library', (subject) => {
  it('stores a 50 MB file in 1 MiB pieces and reads it back byte-identical', { timeout: 600_000 }, async () => {
    const bytes = pdfBytes('Screening protocol', MAX_DOCUMENT_BYTES);
    const stored = await uploadDocument(subject.t, 'Screening protocol.pdf', bytes, { versionLabel: '2.1' });
    expect(stored).toMatchObject({
      name: 'Screening protocol',
      kind: 'pdf',
      versionLabel: '2.1',
      sizeBytes: MAX_DOCUMENT_BYTES,
      sha256: sha256(bytes),
      textState: 'pending',
    });
    const first = await subject.t.call('documents.readChunk', { id: stored.id, index: 0 });
    expect(first.chunkCount).toBe(documentChunkCount(MAX_DOCUMENT_BYTES));
    expect(first.chunkCount).toBe(50);
    expect((await readBack(subject.t, stored.id)).equals(bytes)).toBe(true);
  });

  it('records who uploaded a document and when, and writes one history entry', async () => {
    const member = await addDeskMember(subject, { fullName: 'Rosa Muñoz', email: 'rosa@example.org' });
    const stored = await uploadDocument(subject.t, 'Referral MOU.pdf', pdfBytes('MOU'), { uploadedById: member.id });
    expect(stored.uploadedBy).toEqual({ id: member.id, name: 'Rosa Muñoz' });
    expect(stored.uploadedAt).toBe(subject.t.clock.now.toISOString());
    const history = (await deskAudit(subject)).filter((row) => row.entity === 'document');
    expect(history).toMatchObject([{ entityId: stored.id, action: 'added', changes: { name: 'Referral MOU', kind: 'PDF', sizeBytes: stored.sizeBytes } }]);
  });

  it('keeps PDF, Word, Excel, PNG and JPEG files, each recognised by its contents', async () => {
    await uploadDocument(subject.t, 'a.pdf', pdfBytes('x'));
    await uploadDocument(subject.t, 'b.docx', await docxBytes(['Hello']));
    await uploadDocument(subject.t, 'c.xlsx', await xlsxBytes());
    await uploadDocument(subject.t, 'd.png', pngBytes());
    await uploadDocument(subject.t, 'e.JPG', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 7)]));
    expect((await subject.t.call('documents.list', {})).map((document) => document.kind).sort()).toEqual(['docx', 'jpeg', 'pdf', 'png', 'xlsx']);
  });

  it('refuses a file whose contents are not what its name says, a kind it does not keep, and a file too large, changing nothing', async () => {
    const before = await libraryState(subject);
    // A PNG named .pdf is refused with its first piece.
    const { uploadId } = await subject.t.call('documents.uploadStart', { fileName: 'protocol.pdf', sizeBytes: 208 });
    const wrong = await subject.t.fail('documents.uploadChunk', { uploadId, index: 0, contentBase64: pngBytes().toString('base64') });
    expect(wrong).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('named like a PDF but its contents are not one') });
    // An Excel workbook renamed .docx is a ZIP, but not a Word document: refused when the whole file is checked.
    const workbook = await xlsxBytes();
    const renamed = await subject.t.call('documents.uploadStart', { fileName: 'minutes.docx', sizeBytes: workbook.length });
    await sendPieces(subject.t, renamed.uploadId, workbook);
    expect(await subject.t.fail('documents.uploadFinish', { uploadId: renamed.uploadId, name: 'Minutes' })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Word document'),
    });
    expect(await subject.t.fail('documents.uploadStart', { fileName: 'setup.exe', sizeBytes: 10 })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('not a kind of file the library keeps'),
    });
    expect(await subject.t.fail('documents.uploadStart', { fileName: 'scan.pdf', sizeBytes: MAX_DOCUMENT_BYTES + 1 })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('The limit is 50 MB'),
    });
    expect(await subject.t.fail('documents.uploadStart', { fileName: 'empty.pdf', sizeBytes: 0 })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('is empty'),
    });
    // A piece larger than announced, or out of order, ends the upload.
    const short = await subject.t.call('documents.uploadStart', { fileName: 'short.pdf', sizeBytes: 10 });
    expect(
      await subject.t.fail('documents.uploadChunk', {
        uploadId: short.uploadId,
        index: 0,
        contentBase64: pdfBytes('longer than ten bytes').toString('base64'),
      }),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(await subject.t.fail('documents.uploadFinish', { uploadId: short.uploadId, name: 'Short' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await libraryState(subject)).toEqual(before);
  });

  it('finds documents by name, and a Word document by the words inside it', async () => {
    await uploadDocument(subject.t, 'Missing from care protocol.pdf', pdfBytes('no text read from PDFs'));
    const word = await uploadAndRead(
      subject.t,
      'Training notes.docx',
      await docxBytes(['Hotel staff learned the warning signs', 'Truck stop outreach &amp; follow-up']),
    );
    expect(word.textState).toBe('read');
    expect((await subject.t.call('documents.list', { query: 'missing care' })).map((document) => document.name)).toEqual(['Missing from care protocol']);
    const byText = await subject.t.call('documents.list', { query: 'warning sign' });
    expect(byText.map((document) => document.name)).toEqual(['Training notes']);
    expect(byText[0]?.snippet).toContain('\u0002warning\u0003');
    expect(await subject.t.call('documents.list', { query: 'text read' })).toEqual([]);
    expect((await subject.t.call('documents.list', { query: 'follow' })).map((document) => document.name)).toEqual(['Training notes']);
  });

  it('attaches a document to an agenda item as a pre-read, lists it there and in the library, and detaches it', async () => {
    const { meeting, item } = await agendaItem(subject.t);
    const subjectOfItem = { subjectKind: 'agenda_item' as const, subjectId: item.id };
    const stored = await uploadDocument(subject.t, 'Draft protocol.pdf', pdfBytes('draft'), { attachTo: subjectOfItem });
    expect(stored.links).toEqual([{ ...subjectOfItem, label: 'Quarterly coalition meeting: Runaway protocol review', meetingId: meeting.id }]);
    const other = await uploadDocument(subject.t, 'Unrelated.pdf', pdfBytes('other'));
    expect((await subject.t.call('documents.list', { subject: subjectOfItem })).map((document) => document.id)).toEqual([stored.id]);
    await subject.t.call('documents.attach', { documentId: other.id, ...subjectOfItem });
    await subject.t.call('documents.attach', { documentId: other.id, ...subjectOfItem });
    expect((await subject.t.call('documents.list', { subject: subjectOfItem })).map((document) => document.id).sort()).toEqual([stored.id, other.id].sort());
    await subject.t.call('documents.detach', { documentId: stored.id, ...subjectOfItem });
    expect((await subject.t.call('documents.list', { subject: subjectOfItem })).map((document) => document.id)).toEqual([other.id]);
    expect((await subject.t.call('documents.list', {})).map((document) => document.id).sort()).toEqual([stored.id, other.id].sort());
    const actions = (await deskAudit(subject)).filter((row) => row.entity === 'document').map((row) => row.action);
    expect(actions).toEqual(['added', 'attached', 'added', 'attached', 'detached']);
  });

  it('refuses to attach to an agenda item that does not exist, or to change the pre-reads of a cancelled meeting', async () => {
    const stored = await uploadDocument(subject.t, 'Pre-read.pdf', pdfBytes('pre-read'));
    const missing = await subject.t.fail('documents.attach', {
      documentId: stored.id,
      subjectKind: 'agenda_item',
      subjectId: '0190aaaa-0000-7000-8000-000000000000',
    });
    expect(missing).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('no longer exists') });
    const { meeting, item } = await agendaItem(subject.t);
    await subject.t.call('documents.attach', { documentId: stored.id, subjectKind: 'agenda_item', subjectId: item.id });
    await subject.t.call('meetings.cancel', { id: meeting.id, reason: 'Snow day' });
    expect(await subject.t.fail('documents.detach', { documentId: stored.id, subjectKind: 'agenda_item', subjectId: item.id })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await subject.t.fail('documents.remove', { id: stored.id })).toMatchObject({ code: 'CONFLICT' });
  });

  it('attaches a protocol version’s document and names the protocol and version in the library', async () => {
    const protocol = await subject.t.call('protocols.create', protocolInput());
    const version = protocol.versions[0]!;
    const stored = await uploadDocument(subject.t, 'Signed.pdf', pdfBytes('signed'), { attachTo: { subjectKind: 'protocol_version', subjectId: version.id } });
    expect(stored.links).toEqual([
      { subjectKind: 'protocol_version', subjectId: version.id, label: `Runaway and missing youth protocol, version ${version.label}`, meetingId: null },
    ]);
    const missing = await subject.t.fail('documents.attach', {
      documentId: stored.id,
      subjectKind: 'protocol_version',
      subjectId: '0190aaaa-0000-7000-8000-000000000000',
    });
    expect(missing).toMatchObject({ code: 'VALIDATION' });
  });

  it('removes a document with its pieces, its attachments and its search entry', async () => {
    const stored = await uploadAndRead(subject.t, 'Old charter.docx', await docxBytes(['bylaws of the coalition']));
    expect((await subject.t.call('documents.list', { query: 'bylaws' })).map((document) => document.id)).toEqual([stored.id]);
    await subject.t.call('documents.remove', { id: stored.id });
    expect(await subject.t.call('documents.list', {})).toEqual([]);
    expect(await subject.t.call('documents.list', { query: 'bylaws' })).toEqual([]);
    expect(await subject.t.fail('documents.readChunk', { id: stored.id, index: 0 })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('opens documents only on the desktop: browser mode downloads them instead', async () => {
    const stored = await uploadDocument(subject.t, 'a.pdf', pdfBytes('x'));
    expect(await subject.t.fail('documents.open', { id: stored.id })).toMatchObject({ code: 'UNSUPPORTED', message: expect.stringContaining('download') });
  });
});
