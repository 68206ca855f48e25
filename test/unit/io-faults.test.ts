import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ioMessages } from '../../main/fs/ioErrors';
import { organizationInput } from './support/directoryInputs';
import { writeBackupsOnFailingDisk } from './support/readerWorkerEntries';
import { PASSPHRASE, createTestWorkspace, tempDir, testDesk } from './support/testDesk';

describe('faults of the disk answer with what happened and what to do', () => {
  it.each([
    ['ENOSPC', ioMessages.diskFull],
    ['EROFS', ioMessages.readOnly],
    ['EACCES', ioMessages.notAllowed],
    ['ENAMETOOLONG', ioMessages.nameTooLong],
  ])('a backup failing with %s answers IO with its message, and leaves no partial file', async (code, message) => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const restoreDisk = writeBackupsOnFailingDisk(code);
    try {
      expect(await t.fail('workspace.backupNow', {})).toEqual({ code: 'IO', message });
    } finally {
      restoreDisk();
    }
    expect(fs.readdirSync(path.join(workspace.path, 'backups'))).toEqual([]);
  });

  it('names a backup within 255 bytes when the coalition has a long name in CJK characters', async () => {
    const t = testDesk();
    const name = '青少年反人口贩卖联盟'.repeat(10);
    const { workspace } = await createTestWorkspace(t, name);
    expect(Buffer.byteLength(path.basename(workspace.path))).toBeLessThanOrEqual(255);
    const backup = await t.call('workspace.backupNow', {});
    expect(Buffer.byteLength(path.basename(backup.file))).toBeLessThanOrEqual(255);
    expect(path.basename(backup.file).startsWith('青少年反人口贩卖联盟')).toBe(true);
    const restored = await t.call('workspace.restoreBackup', { path: workspace.path, backupFile: backup.file, secretKind: 'passphrase', secret: PASSPHRASE });
    expect(Buffer.byteLength(path.basename(restored.restoredPath))).toBeLessThanOrEqual(255);
    expect(restored.workspace.name).toBe(name);
  });
});

/** A small file system of our own, which only root can mount; elsewhere these tests say why they are skipped. */
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = tempDir('coalition-desk-mount-probe-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function smallDisk(megabytes: number): { dir: string; remount(options: string): void } {
  const dir = tempDir('coalition-desk-small-disk-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
  unmountAfter.push(dir);
  return { dir, remount: (options) => execFileSync('mount', ['-o', `remount,${options}`, dir]) };
}
const unmountAfter: string[] = [];
afterEach(() => {
  for (const dir of unmountAfter.splice(0)) execFileSync('umount', ['-l', dir]);
});

function fillDisk(dir: string): void {
  const fd = fs.openSync(path.join(dir, 'filler.bin'), 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

describe.skipIf(!canMount())('on a real small disk (needs root to mount a tmpfs)', () => {
  it('a full disk answers "the disk is full" for a backup and for an edit, and the workspace still opens', async () => {
    const disk = smallDisk(8);
    const t = testDesk();
    const created = await t.call('workspace.create', {
      name: 'Full Disk Coalition',
      jurisdiction: { state: 'Oregon', region: '' },
      passphrase: PASSPHRASE,
      location: disk.dir,
    });
    fillDisk(disk.dir);
    expect(await t.fail('workspace.backupNow', {})).toEqual({ code: 'IO', message: ioMessages.diskFull });
    const edit = await t.fail('directory.createOrganization', organizationInput({ notes: 'x'.repeat(9_000) }));
    expect(edit).toEqual({ code: 'IO', message: ioMessages.diskFull });
    fs.rmSync(path.join(disk.dir, 'filler.bin'));
    await t.call('workspace.lock', {});
    expect((await t.call('workspace.unlock', { path: created.workspace.path, passphrase: PASSPHRASE })).name).toBe('Full Disk Coalition');
  });

  it('a read-only folder answers that it is read-only, not that the workspace is damaged', async () => {
    const disk = smallDisk(8);
    const t = testDesk();
    const created = await t.call('workspace.create', {
      name: 'Read Only Coalition',
      jurisdiction: { state: 'Oregon', region: '' },
      passphrase: PASSPHRASE,
      location: disk.dir,
    });
    await t.call('workspace.lock', {});
    disk.remount('ro');
    const error = await t.fail('workspace.unlock', { path: created.workspace.path, passphrase: PASSPHRASE });
    expect(error.code).toBe('IO');
    expect([ioMessages.readOnly, ioMessages.cannotOpen]).toContain(error.message);
    disk.remount('rw');
    expect((await t.call('workspace.unlock', { path: created.workspace.path, passphrase: PASSPHRASE })).name).toBe('Read Only Coalition');
  });
});
