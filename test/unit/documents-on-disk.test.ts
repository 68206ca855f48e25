// Documents live inside the encrypted workspace (SQLCipher): nothing of them is readable on disk, they travel in
// backups byte-identical, and the copy handed to the system's viewer is private and gone once the workspace locks.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { browserHostServices } from '../../main/app/hostServices';
import type { HostServices } from '../../main/services/hostServices';
import { createCoalitionDesk } from '../../main/app/createCoalitionDesk';
import { docxBytes, pdfBytes, readBack, textPdf, uploadDocument } from './support/documentFixtures';
import { uploadAndRead } from './support/documentTextReadings';
import { type Finding, filesUnder, marker, plaintextIn } from './support/plaintextScan';
import { PASSPHRASE, createTestWorkspace, tempDir, testDesk } from './support/testDesk';

const realTmpdir = process.env.TMPDIR;
afterEach(() => {
  if (realTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = realTmpdir;
});

/** A desktop host whose viewer only records what it was asked to open (and reads it, as a viewer would). */
function desktopHost(): HostServices & { opened: Array<{ file: string; bytes: Buffer; mode: number; folderMode: number }> } {
  const opened: Array<{ file: string; bytes: Buffer; mode: number; folderMode: number }> = [];
  return {
    ...browserHostServices,
    info: { kind: 'desktop', canPickFolders: true },
    openFile: async (file) => {
      opened.push({
        file,
        bytes: fs.readFileSync(file),
        mode: fs.statSync(file).mode & 0o777,
        folderMode: fs.statSync(path.dirname(path.dirname(file))).mode & 0o777,
      });
    },
    opened,
  };
}

/** The temp folder of this test alone, so what the app leaves there can be looked at. */
function privateTemp(): string {
  const root = tempDir('coalition-desk-tmp-root-');
  process.env.TMPDIR = root;
  expect(os.tmpdir()).toBe(root);
  return root;
}

describe('documents on disk', () => {
  it('opens a private copy with the system viewer and removes it when the workspace locks', async () => {
    privateTemp();
    const host = desktopHost();
    const t = testDesk(tempDir(), host);
    await createTestWorkspace(t);
    const bytes = pdfBytes('Referral protocol', 3 * 1024 * 1024 + 17);
    const stored = await uploadDocument(t, 'Referral protocol.pdf', bytes, { name: 'Referral: protocol / v2' });

    await t.call('documents.open', { id: stored.id });
    const [copy] = host.opened;
    expect(copy?.bytes.equals(bytes)).toBe(true);
    expect(path.basename(copy!.file)).toBe('Referral  protocol   v2.pdf');
    expect(copy?.mode).toBe(0o600);
    expect(copy?.folderMode).toBe(0o700);
    expect(path.basename(path.dirname(path.dirname(copy!.file)))).toMatch(new RegExp(`^coalition-desk-view-${process.pid}-`));
    await t.call('documents.open', { id: stored.id });
    expect(host.opened[1]?.file).not.toBe(copy?.file);
    expect(fs.existsSync(copy!.file)).toBe(true);

    await t.call('workspace.lock', {});
    expect(fs.existsSync(copy!.file)).toBe(false);
    expect(fs.existsSync(path.dirname(path.dirname(copy!.file)))).toBe(false);
  });

  it('removes copies a crashed process left for its viewer at the next start, never those of a running process', () => {
    const root = privateTemp();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const left = path.join(root, `coalition-desk-view-${gone}-abcDEF`);
    const running = path.join(root, `coalition-desk-view-${process.pid}-ghiJKL`);
    for (const folder of [left, running]) {
      fs.mkdirSync(path.join(folder, '1'), { recursive: true });
      fs.writeFileSync(path.join(folder, '1', 'minutes.pdf'), 'x');
      const old = new Date(Date.now() - 24 * 3600_000);
      fs.utimesSync(folder, old, old);
    }
    const desk = createCoalitionDesk({ dataDir: tempDir(), host: browserHostServices, warmExportWorker: false });
    desk.close();
    expect(fs.existsSync(left)).toBe(false);
    expect(fs.existsSync(running)).toBe(true);
  });

  it('carries documents in backups: a restored workspace gives them back byte-identical', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const bytes = pdfBytes('Data-sharing agreement', 2 * 1024 * 1024 + 5);
    const stored = await uploadDocument(t, 'Data-sharing agreement.pdf', bytes);
    const backup = await t.call('workspace.backupNow', {});
    await t.call('documents.remove', { id: stored.id });

    const restored = await t.call('workspace.restoreBackup', { path: workspace.path, backupFile: backup.file, secret: PASSPHRASE });
    expect(restored.restoredPath).not.toBe(workspace.path);
    await t.call('workspace.lock', {});
    await t.call('workspace.unlock', { path: restored.restoredPath, passphrase: PASSPHRASE });
    const [back] = await t.call('documents.list', {});
    expect(back).toMatchObject({ id: stored.id, name: 'Data-sharing agreement', sha256: stored.sha256 });
    expect((await readBack(t, stored.id)).equals(bytes)).toBe(true);
  });

  it('leaves no word of a document (nor of the text read from it) readable in the workspace, its backups, the data folder or the temp folder', async () => {
    const tempRoot = privateTemp();
    const host = desktopHost();
    const t = testDesk(tempDir('coalition-desk-data-'), host);
    await createTestWorkspace(t, 'Plain Name Coalition');
    // Both files hold their marker in plain text: the PDF as written, the Word document stored uncompressed.
    const pdf = await uploadDocument(t, 'Plain.pdf', pdfBytes(marker('PdfBody'), 1024 * 1024 + 3), {
      name: marker('DocName'),
      versionLabel: marker('Version'),
    });
    await uploadAndRead(t, 'Plain.docx', await docxBytes([marker('WordBody')]));
    expect((await t.call('documents.list', { query: marker('WordBody') })).length).toBe(1);
    // A real PDF (its text compressed in the file) whose words the background reader extracts and keeps for search.
    await uploadAndRead(t, 'Compressed.pdf', await textPdf([[`The coalition adopted ${marker('PdfText')} at its March meeting.`]]));
    expect((await t.call('documents.list', { query: marker('PdfText') })).map((document) => document.name)).toEqual(['Compressed']);
    await t.call('workspace.backupNow', {});
    await t.call('documents.open', { id: pdf.id });
    // The viewer's copy is plain while it is open (that is what a viewer needs)…
    expect(plaintextIn('viewer copy', host.opened[0]!.bytes)).not.toEqual([]);
    await t.call('workspace.lock', {});

    // …and gone after the lock, with nothing else readable anywhere.
    const scanned = [...filesUnder(t.dataDir), ...filesUnder(tempRoot)];
    expect(scanned.some(([file]) => file.endsWith('.cdbackup'))).toBe(true);
    expect(scanned.some(([file]) => file.endsWith('workspace.db'))).toBe(true);
    const findings: Finding[] = scanned.flatMap(([file, bytes]) => plaintextIn(path.relative(tempRoot, file), bytes));
    expect(findings).toEqual([]);
  });
});
