import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent, BackupVerifyJobStatus } from '../../shared/contract';
import { holdingBackupChecksAfterTheCopy } from './support/readerWorkerEntries';
import { PASSPHRASE, createTestWorkspace, tempDir, testDesk } from './support/testDesk';
import { recordEvents } from './support/workspaceEvents';

type VerifyEvent = Extract<AppEvent, { type: 'backup.verify' }>;

let putBackWorker: (() => void) | null = null;
afterEach(() => {
  putBackWorker?.();
  putBackWorker = null;
});

const statusesOf = (seen: AppEvent[], jobId: string): BackupVerifyJobStatus[] =>
  seen.filter((event): event is VerifyEvent => event.type === 'backup.verify' && event.jobId === jobId).map((event) => event.status);

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('verifying a backup as a job', () => {
  it('reports its percent through the copy and then table by table, and answers that the backup is sound', async () => {
    const t = testDesk();
    const { workspace } = await t.call('workspace.createSample', { passphrase: PASSPHRASE, location: null });
    const backup = await t.call('workspace.backupNow', {});
    const events = recordEvents(t);

    const { jobId } = await t.call('backups.verifyStart', { path: workspace.path, backupFile: backup.file, secret: PASSPHRASE });
    await until(() => statusesOf(events.seen, jobId).some((status) => status.state !== 'running'));

    const statuses = statusesOf(events.seen, jobId);
    const running = statuses.flatMap((status) => (status.state === 'running' ? [status.progress] : []));
    const percents = running.map((progress) => progress.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(running.some((progress) => progress.phase === 'copying')).toBe(true);
    // The checks report table by table: steps strictly between the copy's end (20) and 100.
    expect(
      new Set(running.filter((progress) => progress.phase === 'checking' && progress.percent > 20 && progress.percent < 100).map((p) => p.percent)).size,
    ).toBeGreaterThanOrEqual(2);
    expect(statuses.at(-1)).toMatchObject({ state: 'finished', result: { ok: true, problems: [], createdAt: backup.createdAt } });
    expect(await t.call('backups.verifyJob', { jobId })).toEqual(statuses.at(-1));
  });

  it('runs in a worker: while it is held mid-way the backend answers other calls; cancel stops it and removes its copy', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const backup = await t.call('workspace.backupNow', {});
    const dir = tempDir();
    const marker = path.join(dir, 'copy-path');
    putBackWorker = holdingBackupChecksAfterTheCopy(marker, path.join(dir, 'release'));
    const events = recordEvents(t);

    const { jobId } = await t.call('backups.verifyStart', { path: workspace.path, backupFile: backup.file, secret: PASSPHRASE });
    await until(() => fs.existsSync(marker) && statusesOf(events.seen, jobId).some((s) => s.state === 'running' && s.progress.percent === 20));
    const copy = fs.readFileSync(marker, 'utf8');
    expect(fs.existsSync(copy)).toBe(true);

    // The job is held inside its worker; the backend's own thread is free.
    expect(await t.call('app.status', {})).toMatchObject({ session: { state: 'unlocked' } });
    expect(await t.call('backups.verifyJob', { jobId })).toEqual({ state: 'running', progress: { phase: 'copying', percent: 20 } });

    expect(await t.call('backups.verifyCancel', { jobId })).toEqual({ state: 'cancelled' });
    expect(fs.existsSync(path.dirname(path.dirname(copy)))).toBe(false);
    expect(statusesOf(events.seen, jobId).at(-1)).toEqual({ state: 'cancelled' });
  });

  it('a lock stops a running verification; a wrong secret is refused on its field before any job starts', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const backup = await t.call('workspace.backupNow', {});
    const wrong = await t.fail('backups.verifyStart', { path: workspace.path, backupFile: backup.file, secret: 'not the passphrase' });
    expect(wrong).toMatchObject({ code: 'WRONG_PASSPHRASE', fieldErrors: { secret: ['That passphrase does not open this workspace.'] } });

    const dir = tempDir();
    const marker = path.join(dir, 'copy-path');
    putBackWorker = holdingBackupChecksAfterTheCopy(marker, path.join(dir, 'release'));
    const events = recordEvents(t);
    const { jobId } = await t.call('backups.verifyStart', { path: workspace.path, backupFile: backup.file, secret: PASSPHRASE });
    await until(() => fs.existsSync(marker));
    const copy = fs.readFileSync(marker, 'utf8');
    await t.call('workspace.lock', {});
    await until(() => statusesOf(events.seen, jobId).at(-1)?.state === 'cancelled');
    await until(() => !fs.existsSync(path.dirname(path.dirname(copy))));
    expect((await t.fail('backups.verifyJob', { jobId })).code).toBe('NOT_FOUND');
  });
});
