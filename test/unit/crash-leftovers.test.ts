import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atomicWriteFile } from '../../main/fs/atomicWriteFile';
import { PASSPHRASE, createTestWorkspace, tempDir, testDesk } from './support/testDesk';

afterEach(() => {
  vi.restoreAllMocks();
});

const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);

/** A file as a crashed earlier run would have left it: its time is before this process started. */
function plantOld(file: string, content = 'left over'): string {
  fs.writeFileSync(file, content);
  fs.utimesSync(file, anHourAgo, anHourAgo);
  return file;
}

describe('what a crash leaves behind is cleaned up', () => {
  it('opening a workspace removes old snapshots, partial backups and atomic-write temp files, and nothing else', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const backups = path.join(workspace.path, 'backups');
    const snapshot = `.snapshot-4242-${crypto.randomUUID()}.db`;
    const leftovers = [
      path.join(backups, snapshot),
      path.join(backups, `${snapshot}-journal`),
      path.join(backups, 'Riverside 2026-01-01T00-00-00-000Z manual.cdbackup.partial'),
      path.join(workspace.path, '.keyslots.json.4242.1767225600000.tmp'),
    ].map((file) => plantOld(file));
    const kept = [
      plantOld(path.join(backups, 'notes.txt')),
      plantOld(path.join(workspace.path, 'keyslots.json.bak')),
      plantOld(path.join(backups, '.snapshot-of-my-own.db')),
    ];
    // As new as this process: another process may still be writing it.
    const fresh = path.join(backups, `.snapshot-4243-${crypto.randomUUID()}.db`);
    fs.writeFileSync(fresh, 'in progress');
    const outside = tempDir();
    fs.symlinkSync(outside, path.join(backups, '.snapshot-1-00000000-0000-0000-0000-000000000000.db'));

    await t.call('workspace.lock', {});
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });

    for (const file of leftovers) expect(fs.existsSync(file), file).toBe(false);
    for (const file of kept) expect(fs.existsSync(file), file).toBe(true);
    expect(fs.existsSync(fresh)).toBe(true);
    expect(fs.lstatSync(path.join(backups, '.snapshot-1-00000000-0000-0000-0000-000000000000.db')).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(outside)).toBe(true);
  });

  it('starting the app removes old verify folders and temp files in its data folder, and nothing else', () => {
    const dataDir = tempDir();
    const oldVerify = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-verify-'));
    plantOld(path.join(oldVerify, 'verify.db'));
    fs.utimesSync(oldVerify, anHourAgo, anHourAgo);
    const newVerify = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-verify-'));
    const oldTemp = plantOld(path.join(dataDir, '.recent-workspaces.json.4242.1767225600000.tmp'));
    const kept = [plantOld(path.join(dataDir, 'recent-workspaces.json')), plantOld(path.join(dataDir, 'my.tmp'))];
    try {
      testDesk(dataDir);
      expect(fs.existsSync(oldVerify)).toBe(false);
      expect(fs.existsSync(newVerify)).toBe(true);
      expect(fs.existsSync(oldTemp)).toBe(false);
      for (const file of kept) expect(fs.existsSync(file), file).toBe(true);
    } finally {
      fs.rmSync(oldVerify, { recursive: true, force: true });
      fs.rmSync(newVerify, { recursive: true, force: true });
    }
  });

  it('an atomic write that fails while writing or syncing leaves no temp file and the old content', () => {
    const dir = tempDir();
    const target = path.join(dir, 'keyslots.json');
    fs.writeFileSync(target, 'old');
    for (const step of ['writeFileSync', 'fsyncSync'] as const) {
      const spy = vi.spyOn(fs, step).mockImplementation(() => {
        throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' });
      });
      expect(() => atomicWriteFile(target, 'new')).toThrow(/ENOSPC/);
      spy.mockRestore();
      expect(fs.readdirSync(dir)).toEqual(['keyslots.json']);
      expect(fs.readFileSync(target, 'utf8')).toBe('old');
    }
  });
});
