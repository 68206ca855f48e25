import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderMessages } from '../../main/workspace/folderRules';
import { tempDir } from './support/testDesk';

const chooser = path.join(import.meta.dirname, 'support', 'folderChooser.ts');
/** A call that spins (as Node's recursive mkdir does under /proc) is killed here, and the test fails on it. */
const ANSWER_WITHIN_MS = 60_000;

function askInOwnProcess(dataDir: string, workspaceLocations: string[], backupFolders: string[]) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', chooser, dataDir, JSON.stringify(workspaceLocations), JSON.stringify(backupFolders)], {
    encoding: 'utf8',
    timeout: ANSWER_WITHIN_MS,
    killSignal: 'SIGKILL',
  });
  expect(child.signal, `the app did not answer (killed after ${ANSWER_WITHIN_MS} ms): ${child.stdout}`).toBeNull();
  expect(child.status, child.stderr).toBe(0);
  return child.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { result: unknown });
}

describe.runIf(process.platform === 'linux')("folders on the operating system's own file systems", () => {
  it('refuses /proc as a workspace location or backup folder, directly or through a symlink, and answers promptly', () => {
    const dataDir = tempDir();
    const links = tempDir();
    fs.symlinkSync('/proc', path.join(links, 'to-proc'));
    fs.symlinkSync('/proc/self', path.join(links, 'to-self'));
    const answers = askInOwnProcess(
      dataDir,
      ['/proc/self', '/sys/kernel', path.join(links, 'to-proc'), path.join(links, 'to-self')],
      [path.join(links, 'to-proc', 'self', 'backups'), path.join(links, 'to-self', 'backups'), '/proc/self/backups'],
    );
    const refused = { code: 'VALIDATION', message: folderMessages.systemFileSystem };
    expect(answers.map((answer) => answer.result)).toEqual([
      { ...refused, fieldErrors: { location: [folderMessages.systemFileSystem] } },
      { ...refused, fieldErrors: { location: [folderMessages.systemFileSystem] } },
      { ...refused, fieldErrors: { location: [folderMessages.systemFileSystem] } },
      { ...refused, fieldErrors: { location: [folderMessages.systemFileSystem] } },
      { ...refused, fieldErrors: { folder: [folderMessages.systemFileSystem] } },
      { ...refused, fieldErrors: { folder: [folderMessages.systemFileSystem] } },
      { code: 'VALIDATION', message: expect.any(String), fieldErrors: { folder: [expect.any(String)] } },
    ]);
    expect(fs.readdirSync(links).sort()).toEqual(['to-proc', 'to-self']);
  });
});
