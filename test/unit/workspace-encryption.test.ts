import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE, snapshotFolder, testDesk } from './support/testDesk';

const MARKER = 'PLAINTEXT-MARKER-7f3a9c';

describe('the workspace on disk', () => {
  it('holds no plaintext: a marker written through the app appears in no file of the workspace, its WAL or its backups', async () => {
    const t = testDesk();
    const { workspace } = await t.call('workspace.create', {
      name: 'Marker Test Coalition',
      jurisdiction: { state: 'Oregon', region: MARKER },
      passphrase: PASSPHRASE,
      location: null,
    });
    await t.call('settings.setAutoLock', { minutes: 30 });
    await t.call('workspace.backupNow', {});
    const whileOpen = snapshotFolder(workspace.path);
    await t.call('workspace.lock', {});
    const afterClose = snapshotFolder(workspace.path);

    expect([...afterClose.keys()].some((file) => file.endsWith('.cdbackup'))).toBe(true);
    for (const [file, bytes] of [...whileOpen, ...afterClose]) {
      expect(bytes.includes(MARKER), `${file} contains the marker`).toBe(false);
      expect(bytes.includes(Buffer.from(MARKER, 'utf16le')), `${file} contains the marker (UTF-16)`).toBe(false);
      expect(bytes.includes('SQLite format 3'), `${file} has a plaintext SQLite header`).toBe(false);
    }
    const unlocked = await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(unlocked.jurisdiction.region).toBe(MARKER);
  });

  it('keeps no secret in the key file: neither the passphrase nor the recovery code', async () => {
    const t = testDesk();
    const { workspace, recoveryCode } = await t.call('workspace.create', {
      name: 'Key File Coalition',
      jurisdiction: { state: 'Ohio' },
      passphrase: PASSPHRASE,
      location: null,
    });
    const keyFile = fs.readFileSync(path.join(workspace.path, 'keyslots.json'), 'utf8');
    expect(keyFile).not.toContain(PASSPHRASE);
    expect(keyFile).not.toContain(recoveryCode.replaceAll('-', ''));
    expect(JSON.parse(keyFile)).toMatchObject({ format: 'coalition-desk-keyslots', database: { cipher: 'sqlcipher', legacy: 4 } });
  });
});
