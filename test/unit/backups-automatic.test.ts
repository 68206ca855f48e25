import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE, createTestWorkspace, testDesk } from './support/testDesk';
import { unlockAndWaitForAutomaticBackup } from './support/backupSteps';
import { FIRST_SCREEN_GRACE_MS } from '../../main/services/automaticBackups';
import { readersStarted } from '../../main/workspace/readerWorkers';
import { recordEvents } from './support/workspaceEvents';

const HOUR = 60 * 60 * 1000;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const skippedBeforeStart = { type: 'backup.automatic', outcome: 'skipped', message: 'The workspace was locked before the automatic backup started.' };

/** A workspace made, locked and unlocked again, its events and the readers started counted from before the unlock. */
async function unlockedWhileWatched() {
  const t = testDesk();
  const { workspace } = await createTestWorkspace(t);
  await t.call('workspace.lock', {});
  const events = recordEvents(t);
  const readers = readersStarted();
  await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
  return { t, workspace, events, readers };
}

describe('automatic backups on unlock', () => {
  it('are taken right after an unlock when the last backup is a day old or more, and not otherwise', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await t.call('workspace.lock', {});

    const first = await unlockAndWaitForAutomaticBackup(t, workspace.path, PASSPHRASE);
    expect(first).toMatchObject({ outcome: 'saved' });
    const [automatic] = (await t.call('backups.overview', {})).backups;
    expect(automatic).toMatchObject({ kind: 'automatic', reason: 'automatic', createdAt: '2026-03-01T12:00:00.000Z' });
    expect((await t.call('workspace.details', {})).lastBackup).toEqual(automatic);
    await t.call('workspace.lock', {});

    t.clock.advance(23 * HOUR);
    expect(await unlockAndWaitForAutomaticBackup(t, workspace.path, PASSPHRASE)).toMatchObject({ outcome: 'skipped' });
    expect((await t.call('backups.overview', {})).backups).toHaveLength(1);
    await t.call('workspace.lock', {});

    t.clock.advance(1 * HOUR);
    expect(await unlockAndWaitForAutomaticBackup(t, workspace.path, PASSPHRASE)).toMatchObject({ outcome: 'saved' });
    const backups = (await t.call('backups.overview', {})).backups;
    expect(backups.map((backup) => backup.createdAt)).toEqual(['2026-03-02T12:00:00.000Z', '2026-03-01T12:00:00.000Z']);
  });

  it('count a recent manual backup as the last backup', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await t.call('workspace.backupNow', {});
    await t.call('workspace.lock', {});
    t.clock.advance(2 * HOUR);
    expect(await unlockAndWaitForAutomaticBackup(t, workspace.path, PASSPHRASE)).toMatchObject({ outcome: 'skipped' });
    expect((await t.call('backups.overview', {})).backups.map((backup) => backup.kind)).toEqual(['manual']);
  });

  it('are skipped when the workspace is locked before they start', async () => {
    const { t, workspace, events, readers } = await unlockedWhileWatched();
    await t.call('workspace.lock', {});
    expect(events.seen).toEqual([{ type: 'session.locked', reason: 'user' }, skippedBeforeStart]);
    // Nor does the check start once the first screen's grace has passed: nobody is there to hear it.
    await wait(FIRST_SCREEN_GRACE_MS + 250);
    expect(events.seen).toHaveLength(2);
    expect(readersStarted()).toBe(readers);
    expect(fs.readdirSync(path.join(workspace.path, 'backups'))).toEqual([]);
  });

  it("wait for the first screen: nothing reads the file in the first second after the unlock, beside the dashboard's first data", async () => {
    const { t, events, readers } = await unlockedWhileWatched();
    await t.call('workspace.details', {});
    await wait(FIRST_SCREEN_GRACE_MS / 2);
    // Half the grace later the check has not started (on a small workspace it would have finished by now).
    expect(readersStarted()).toBe(readers);
    expect(events.types()).toEqual([]);
    expect(await events.next('backup.automatic')).toMatchObject({ outcome: 'saved' });
    expect(readersStarted()).toBe(readers + 2); // the check, then the backup
  });

  it('are skipped when another workspace is opened before they start, and never read the closed one', async () => {
    const { t, workspace, events, readers } = await unlockedWhileWatched();
    await createTestWorkspace(t, 'Valley Anti-Trafficking Task Force');
    await wait(FIRST_SCREEN_GRACE_MS + 250);
    expect(events.seen.filter((event) => event.type === 'backup.automatic')).toEqual([skippedBeforeStart]);
    expect(readersStarted()).toBe(readers);
    expect(fs.readdirSync(path.join(workspace.path, 'backups'))).toEqual([]);
  });

  it('rotate automatic backups (7 daily, 4 weekly) and never remove manual ones', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await t.call('preferences.setTimeZone', { timeZone: 'America/Chicago' });
    const manual = await t.call('workspace.backupNow', {});
    await t.call('workspace.lock', {});
    // Sixteen days of one unlock a day at noon UTC (morning in Chicago), Monday 2 to Tuesday 17 March 2026.
    for (let day = 0; day < 16; day += 1) {
      t.clock.advance(24 * HOUR);
      expect(await unlockAndWaitForAutomaticBackup(t, workspace.path, PASSPHRASE)).toMatchObject({ outcome: 'saved' });
      await t.call('workspace.lock', {});
    }
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    const { backups } = await t.call('backups.overview', {});
    expect(backups.filter((backup) => backup.kind === 'manual')).toEqual([manual]);
    const automaticDays = backups.filter((backup) => backup.kind === 'automatic').map((backup) => backup.createdAt.slice(0, 10));
    // The last 7 days, then the newest of each earlier week (ISO weeks end on Sunday: 15 and 8 March).
    expect(automaticDays).toEqual(['2026-03-17', '2026-03-16', '2026-03-15', '2026-03-14', '2026-03-13', '2026-03-12', '2026-03-11', '2026-03-08']);
    expect(fs.readdirSync(path.join(workspace.path, 'backups'))).toHaveLength(automaticDays.length + 1);
  }, 120_000);
});
