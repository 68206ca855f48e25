import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AppEvent } from '../../../shared/contract';
import { type TestDesk, snapshotFolder } from './testDesk';

type AutomaticBackupEvent = Extract<AppEvent, { type: 'backup.automatic' }>;

/** Resolves with the outcome of the automatic backup the next unlock schedules. Subscribe before unlocking. */
export function nextAutomaticBackup(t: TestDesk): Promise<AutomaticBackupEvent> {
  return new Promise((resolve) => {
    const unsubscribe = t.desk.events.subscribe((event) => {
      if (event.type !== 'backup.automatic') return;
      unsubscribe();
      resolve(event);
    });
  });
}

/** Unlocks and waits for the automatic backup that follows. */
export async function unlockAndWaitForAutomaticBackup(t: TestDesk, path: string, passphrase: string): Promise<AutomaticBackupEvent> {
  const outcome = nextAutomaticBackup(t);
  await t.call('workspace.unlock', { path, passphrase });
  return outcome;
}

/** Overwrites bytes in the middle of a file with their bitwise opposites, as a failing disk might. */
export function flipBytesInMiddle(file: string, count = 64): void {
  flipBytesAt(file, Math.floor(fs.statSync(file).size / 2), count);
}

/** Overwrites `count` bytes from `start` with their bitwise opposites. */
export function flipBytesAt(file: string, start: number, count: number): void {
  const bytes = fs.readFileSync(file);
  for (let index = start; index < start + count; index += 1) bytes[index] = bytes[index]! ^ 0xff;
  fs.writeFileSync(file, bytes);
}

/** Every file in a folder with a SHA-256 of its bytes: compares as fast as the files are big, unlike the bytes themselves. */
export function folderDigest(folder: string): Map<string, string> {
  return new Map([...snapshotFolder(folder)].map(([file, bytes]) => [file, crypto.createHash('sha256').update(bytes).digest('hex')]));
}
