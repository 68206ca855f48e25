// The words inside PDFs and Word documents, read in the background off the thread that answers requests and kept in
// the library's search entry, on both storage engines: found by a word of the body with a highlighted snippet
// (accents aside), damaged and protected files stored all the same and found by name, hostile queries harmless,
// the text gone with its document, and the text limit.
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_TEXT_BYTES } from '../../shared/documentText';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { docxBytes, pdfBytes, pngBytes, readBack, textPdf, uploadDocument, xlsxBytes } from './support/documentFixtures';
import { documentTextReadings, uploadAndRead } from './support/documentTextReadings';
import { describeEachDesk } from './support/eachDesk';
import { rewindSqliteSchema } from './support/rewindSchema';
import { PASSPHRASE, createTestWorkspace, testDesk, withDatabaseFile } from './support/testDesk';

const names = (documents: ReadonlyArray<{ name: string }>) => documents.map((document) => document.name);

describeEachDesk('the words inside documents', (subject) => {
  it('finds a PDF by a word of its body, accents aside, with the words around it highlighted', async () => {
    const pdf = await textPdf([
      ['Interagency screening protocol', 'The coalition adopted the screening protocol on March 4.'],
      ['Contact for child welfare: Rosa Muñoz, intake supervisor.'],
    ]);
    const stored = await uploadAndRead(subject.t, 'Screening protocol.pdf', pdf, { versionLabel: '2026' });
    expect(stored.textState).toBe('read');
    const [hit, ...others] = await subject.t.call('documents.list', { query: 'adopted' });
    expect(others).toEqual([]);
    expect(hit).toMatchObject({ id: stored.id, name: 'Screening protocol' });
    expect(hit!.snippet).toContain('\u0002adopted\u0003');
    expect(hit!.snippet).toMatch(/screening/);
    // "munoz" finds "Muñoz" on the second page, and the snippet shows the word as written.
    const [accent] = await subject.t.call('documents.list', { query: 'munoz intake' });
    expect(accent?.id).toBe(stored.id);
    expect(accent?.snippet).toContain('\u0002Muñoz\u0003');
    // Name search works as before.
    expect(names(await subject.t.call('documents.list', { query: 'screening prot' }))).toEqual(['Screening protocol']);
    // pdf.js ran in the text worker, never on this thread (which is the one that answers requests).
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeUndefined();
  });

  it('reads a Word document through the same worker, one paragraph per line', async () => {
    const stored = await uploadAndRead(
      subject.t,
      'Outreach notes.docx',
      await docxBytes(['Truck stop outreach in Eugene', 'Follow-up with the Café Ñandú staff']),
    );
    expect(stored.textState).toBe('read');
    const [hit] = await subject.t.call('documents.list', { query: 'cafe nandu' });
    expect(hit?.snippet).toContain('\u0002Café\u0003 \u0002Ñandú\u0003');
    expect(await subject.t.call('documents.list', { query: 'eugene follow' })).toMatchObject([{ id: stored.id }]);
  });

  it('stores a damaged or password-protected PDF all the same, found by its name, and says its text could not be read', async () => {
    const whole = await textPdf([['Signed memorandum of understanding between the partners']]);
    const damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), whole.subarray(whole.length / 2)]);
    const stored = await uploadAndRead(subject.t, 'Damaged MOU.pdf', damaged);
    expect(stored.textState).toBe('unreadable');
    expect((await readBack(subject.t, stored.id)).equals(damaged)).toBe(true);
    const locked = await uploadAndRead(subject.t, 'Locked agreement.pdf', await textPdf([['Confidential data-sharing terms']], { userPassword: 'secret' }));
    expect(locked.textState).toBe('unreadable');
    expect(names(await subject.t.call('documents.list', { query: 'damaged' }))).toEqual(['Damaged MOU']);
    expect(names(await subject.t.call('documents.list', { query: 'locked agreement' }))).toEqual(['Locked agreement']);
    expect(await subject.t.call('documents.list', { query: 'confidential' })).toEqual([]);
  });

  it('keeps no text for workbooks and images (found by name, nothing to say about it), and none for a PDF without words', async () => {
    const sheet = await uploadDocument(subject.t, 'Figures.xlsx', await xlsxBytes());
    const image = await uploadDocument(subject.t, 'Flyer.png', pngBytes());
    expect([sheet.textState, image.textState]).toEqual(['none', 'none']);
    const blank = await uploadAndRead(subject.t, 'Scan.pdf', await textPdf([[]]));
    expect(blank.textState).toBe('empty');
    expect(names(await subject.t.call('documents.list', { query: 'figures' }))).toEqual(['Figures']);
  });

  it('answers hostile searches with nothing rather than an error', async () => {
    await uploadAndRead(subject.t, 'Charter.pdf', await textPdf([['The charter names the co-chairs and the quorum rule.']]));
    for (const query of ['"', '*', "'", 'NEAR(charter', 'charter"', '"charter" OR "x"', '-', 'AND', ':*', '\\', '&|!', '%', 'title:charter', '\u0000', '😀']) {
      const found = await subject.t.call('documents.list', { query });
      expect(
        found.every((document) => document.name === 'Charter'),
        query,
      ).toBe(true);
    }
    expect(names(await subject.t.call('documents.list', { query: 'quorum") OR ("x' }))).toEqual([]);
  });

  it('removes a document’s text with it, and a document removed while being read leaves none behind', async () => {
    const kept = await uploadAndRead(subject.t, 'Referral protocol.pdf', await textPdf([['Referral pathway for youth missing from care']]));
    const gone = await uploadAndRead(subject.t, 'Old referral protocol.pdf', await textPdf([['Superseded pathway for youth missing from care']]));
    expect(names(await subject.t.call('documents.list', { query: 'pathway' })).sort()).toEqual(['Old referral protocol', 'Referral protocol']);
    await subject.t.call('documents.remove', { id: gone.id });
    expect(names(await subject.t.call('documents.list', { query: 'pathway' }))).toEqual(['Referral protocol']);
    expect(await subject.t.call('documents.list', { query: 'superseded' })).toEqual([]);
    // Removed straight after the upload, before or while the background reader has it.
    const readings = documentTextReadings(subject.t);
    const hasty = await uploadDocument(subject.t, 'Draft.pdf', await textPdf([['Withdrawn draft wording']]));
    await subject.t.call('documents.remove', { id: hasty.id });
    const next = await uploadDocument(subject.t, 'Final.pdf', await textPdf([['Adopted final wording']]));
    expect(await readings.read(next.id)).toBe('read');
    expect(await subject.t.call('documents.list', { query: 'withdrawn' })).toEqual([]);
    expect(names(await subject.t.call('documents.list', { query: 'wording' }))).toEqual(['Final']);
    expect(kept.textState).toBe('read');
  });

  it('keeps at most 1 MB of a document’s text: words past the limit are not searched', async () => {
    const filler = Array.from({ length: 40_000 }, (_, index) => `Paragraph ${index} about the coalition's shared screening work.`);
    expect(filler.join('\n').length).toBeGreaterThan(MAX_DOCUMENT_TEXT_BYTES);
    const stored = await uploadAndRead(
      subject.t,
      'Long report.docx',
      await docxBytes(['Opening words: firstmarkerword', ...filler, 'Closing words: lastmarkerword']),
    );
    expect(stored.textState).toBe('read');
    expect(names(await subject.t.call('documents.list', { query: 'firstmarkerword' }))).toEqual(['Long report']);
    expect(await subject.t.call('documents.list', { query: 'lastmarkerword' })).toEqual([]);
  });

  it('indexes a text of many distinct words up to the limit without the index refusing it', async () => {
    const words = Array.from({ length: 150_000 }, (_, index) => `w${(index * 7919).toString(36)}`);
    const stored = await uploadAndRead(subject.t, 'Codes.docx', await docxBytes([`startword ${words.join(' ')}`]));
    expect(stored.textState).toBe('read');
    expect(names(await subject.t.call('documents.list', { query: 'startword' }))).toEqual(['Codes']);
  });

  it('keeps the text of a PDF that is only its first piece of a 50 MB file checked by its signature', async () => {
    // A file that starts as a PDF but is not one inside: stored, found by name, text unreadable; the reader copes.
    const stored = await uploadAndRead(subject.t, 'Not really.pdf', pdfBytes('header only', 3 * 1024 * 1024));
    expect(stored.textState).toBe('unreadable');
  });
});

describe('a workspace of step 160, upgraded', () => {
  it('reads the PDFs and Word documents stored before the upgrade, in the background after the unlock', { timeout: 120_000 }, async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const pdf = await uploadAndRead(t, 'Response tiers.pdf', await textPdf([['Tier two calls for a same-day joint interview.']]));
    const word = await uploadAndRead(t, 'Minutes.docx', await docxBytes(['The council discussed the interview room.']));
    const sheet = await uploadDocument(t, 'Figures.xlsx', await xlsxBytes());
    await t.call('workspace.lock', {});
    await withDatabaseFile(workspaceFiles(workspace.path), (db) => {
      rewindSqliteSchema(db, 160);
      // As the app before step 170 left it: a PDF's search entry held its name and version only.
      db.prepare('UPDATE document_search SET body = ? WHERE rowid = (SELECT rowid FROM document_search_refs WHERE ref_id = ?)').run('', pdf.id);
    });
    await withDatabaseFile(workspaceFiles(workspace.path), (db) =>
      expect(db.prepare("SELECT count(*) AS n FROM document_search WHERE document_search MATCH 'interview'").get()).toEqual({ n: 1 }),
    );

    const readings = documentTextReadings(t);
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(await readings.read(pdf.id)).toBe('read');
    expect(await readings.read(word.id)).toBe('read');
    const found = await t.call('documents.list', { query: 'interview' });
    expect(found.map((document) => document.name).sort()).toEqual(['Minutes', 'Response tiers']);
    expect(found.find((document) => document.id === pdf.id)?.snippet).toContain('\u0002interview\u0003');
    expect((await t.call('documents.list', {})).map((document) => [document.name, document.textState]).sort()).toEqual([
      ['Figures', 'none'],
      ['Minutes', 'read'],
      ['Response tiers', 'read'],
    ]);
    expect(sheet.textState).toBe('none');
  });
});

describe('a lock while a document is being read', () => {
  it('stops the reading and loses nothing: the document is read after the next unlock', { timeout: 180_000 }, async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const pages = Array.from({ length: 150 }, (_, page) => Array.from({ length: 40 }, (_, line) => `Page ${page} line ${line} of the long county protocol.`));
    // Recorded from the upload on, so the test waits the same whether the lock came before the reading ended (as on
    // this machine: a worker takes longer to start than a lock) or after it.
    const readings = documentTextReadings(t);
    const stored = await uploadDocument(t, 'Long protocol.pdf', await textPdf([...pages, ['Closing words about the sheriff liaison.']]));
    await t.call('workspace.lock', {});
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(await readings.read(stored.id)).toBe('read');
    expect((await t.call('documents.list', { query: 'sheriff liaison' })).map((document) => document.id)).toEqual([stored.id]);
  });
});
