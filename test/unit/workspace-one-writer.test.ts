import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../main/cli/main';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { LOCK_HEARTBEAT_MS, LOCK_OWNER_FRESH_MS, acquireWorkspaceLock, readLockOwner } from '../../main/workspace/workspaceLock';
import { PASSPHRASE, createTestWorkspace, tempDir, testDesk } from './support/testDesk';

const holderScript = path.join(import.meta.dirname, 'support', 'workspaceHolder.ts');
const IN_USE =
  /^This workspace is open in another window or on another computer \((.+), since (\d{2}:\d{2}|\d{4}-\d{2}-\d{2} \d{2}:\d{2})\)\. Close it there first\.$/;

interface Holder {
  child: ChildProcessWithoutNullStreams;
  /** The next line the child prints. */
  nextLine(): Promise<string>;
  killed(): Promise<void>;
}

const holders: Holder[] = [];
afterEach(() => {
  while (holders.length > 0) holders.pop()?.child.kill('SIGKILL');
});

/** Another app, in its own process, unlocking the workspace. */
function startHolder(workspacePath: string): Holder {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, tempDir(), workspacePath, PASSPHRASE], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  let buffer = '';
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const holder: Holder = {
    child,
    nextLine: () =>
      lines.length > 0
        ? Promise.resolve(lines.shift() as string)
        : Promise.race([
            new Promise<string>((resolve) => waiting.push(resolve)),
            exited.then(() => Promise.reject(new Error(`the holder exited without a word: ${errors}`))),
          ]),
    killed: () => exited,
  };
  holders.push(holder);
  return holder;
}

async function cli(args: string[]) {
  const lines: string[] = [];
  const code = await runCli(args, { COALITION_DESK_PASSPHRASE: PASSPHRASE }, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

async function lockedWorkspace() {
  const t = testDesk();
  const { workspace } = await createTestWorkspace(t);
  await t.call('workspace.lock', {});
  return { t, workspace };
}

describe('one workspace, one writer', () => {
  it('refuses a second process with a message naming the first, and lets it in once the first is killed', async () => {
    const { t, workspace } = await lockedWorkspace();
    const first = startHolder(workspace.path);
    expect(await first.nextLine()).toBe('open');

    const refused = await t.fail('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(refused.code).toBe('WORKSPACE_IN_USE');
    expect(refused.message).toMatch(IN_USE);
    expect(refused.message.match(IN_USE)?.[1]).toBe(os.hostname());
    expect(readLockOwner(workspaceFiles(workspace.path))).toMatchObject({ host: os.hostname(), pid: first.child.pid, app: 'browser' });

    const second = startHolder(workspace.path);
    expect(await second.nextLine()).toMatch(/^refused WORKSPACE_IN_USE This workspace is open in another window/);

    first.child.kill('SIGKILL');
    await first.killed();
    const opened = await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(opened.name).toBe('Riverside Youth Safety Coalition');
    expect(readLockOwner(workspaceFiles(workspace.path))).toMatchObject({ host: os.hostname(), pid: process.pid });
  });

  it('lets the other process in once the first locks, and removes the owner file', async () => {
    const { t, workspace } = await lockedWorkspace();
    const first = startHolder(workspace.path);
    expect(await first.nextLine()).toBe('open');
    first.child.stdin.write('lock\n');
    expect(await first.nextLine()).toBe('locked');
    expect(fs.existsSync(workspaceFiles(workspace.path).lockOwner)).toBe(false);
    expect((await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE })).name).toBe('Riverside Youth Safety Coalition');
  });

  it('lets the command line verify and back up a workspace that is open elsewhere, read-only', async () => {
    const { workspace } = await lockedWorkspace();
    const first = startHolder(workspace.path);
    expect(await first.nextLine()).toBe('open');

    const verified = await cli(['verify', workspace.path]);
    expect(verified.output).toContain('Integrity: ok');
    expect(verified.code).toBe(0);
    const out = path.join(tempDir(), 'while-open.cdbackup');
    expect(await cli(['backup', workspace.path, out])).toMatchObject({ code: 0 });
    expect((await cli(['verify', out])).code).toBe(0);
    expect(readLockOwner(workspaceFiles(workspace.path))).toMatchObject({ pid: first.child.pid });
  });

  it('refuses a second app in the same process too, until the first locks', async () => {
    const { t, workspace } = await lockedWorkspace();
    const other = testDesk();
    await other.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect((await t.fail('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE })).code).toBe('WORKSPACE_IN_USE');
    await other.call('workspace.lock', {});
    expect((await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE })).name).toBe('Riverside Youth Safety Coalition');
  });

  it('opens again in the app that already has it open', async () => {
    const { t, workspace } = await lockedWorkspace();
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect((await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE })).name).toBe('Riverside Youth Safety Coalition');
  });

  it('refuses while another computer keeps its owner file fresh (a synced folder), and takes over a stale one', async () => {
    const { t, workspace } = await lockedWorkspace();
    const files = workspaceFiles(workspace.path);
    const since = new Date(t.clock.now.getTime() - 60 * 60_000);
    const owner = {
      host: 'ALEX-LAPTOP',
      pid: 4242,
      app: 'desktop',
      since: since.toISOString(),
      refreshedAt: new Date(t.clock.now.getTime() - 30_000).toISOString(),
    };
    fs.writeFileSync(files.lockOwner, JSON.stringify(owner));

    const refused = await t.fail('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(refused.code).toBe('WORKSPACE_IN_USE');
    const hhmm = `${String(since.getHours()).padStart(2, '0')}:${String(since.getMinutes()).padStart(2, '0')}`;
    expect(refused.message).toBe(`This workspace is open in another window or on another computer (ALEX-LAPTOP, since ${hhmm}). Close it there first.`);

    t.clock.advance(LOCK_OWNER_FRESH_MS);
    expect((await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE })).name).toBe('Riverside Youth Safety Coalition');
    expect(readLockOwner(files)).toMatchObject({ host: os.hostname(), pid: process.pid });
  });

  it('takes over an owner file left on this computer by a process that is gone', async () => {
    const { t, workspace } = await lockedWorkspace();
    const files = workspaceFiles(workspace.path);
    const now = t.clock.now.toISOString();
    fs.writeFileSync(files.lockOwner, JSON.stringify({ host: os.hostname(), pid: 999_999_999, app: 'desktop', since: now, refreshedAt: now }));
    expect((await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE })).name).toBe('Riverside Youth Safety Coalition');
  });

  it('refreshes its owner file every minute while open, so another computer sees it is still in use', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const files = workspaceFiles(tempDir());
    let now = new Date('2026-03-01T12:00:00Z');
    const lock = acquireWorkspaceLock(files, { now: () => now, app: 'cli' });
    try {
      expect(readLockOwner(files)).toMatchObject({ app: 'cli', since: now.toISOString(), refreshedAt: now.toISOString() });
      now = new Date(now.getTime() + LOCK_HEARTBEAT_MS);
      vi.advanceTimersByTime(LOCK_HEARTBEAT_MS);
      expect(readLockOwner(files)).toMatchObject({ since: '2026-03-01T12:00:00.000Z', refreshedAt: now.toISOString() });
    } finally {
      lock.release();
      vi.useRealTimers();
    }
    expect(fs.existsSync(files.lockOwner)).toBe(false);
  });
});
