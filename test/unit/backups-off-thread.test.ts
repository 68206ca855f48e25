import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockedWorkspaceWithBulkRows } from './support/bulkWorkspace';
import { PASSPHRASE } from './support/testDesk';
import { recordEvents } from './support/workspaceEvents';

const BULK_ROWS = 2400;
const ROW_BYTES = 16 * 1024;
const POLL_MS = 5;

/** Resolves with true once `seen()` holds, or false once `over()` does first; looks every few milliseconds. */
async function waitUntil(seen: () => boolean, over: () => boolean): Promise<boolean> {
  for (;;) {
    if (seen()) return true;
    if (over()) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

describe('the automatic backup after unlock', () => {
  it('runs off the thread that answers requests: the first dashboard call completes while the backup is still being written', async () => {
    // A deliberately large workspace (about 40 MB), so its backup takes long enough to be seen in progress.
    const { t, workspace, files } = await lockedWorkspaceWithBulkRows(BULK_ROWS, ROW_BYTES);
    const events = recordEvents(t);
    const backupDone = events.next('backup.automatic');
    let finished = false;
    void backupDone.then(() => (finished = true));
    const snapshotBeingWritten = () => fs.existsSync(files.backups) && fs.readdirSync(files.backups).some((name) => name.startsWith('.snapshot-'));

    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    // The snapshot file exists only while VACUUM INTO writes it. A backup on this thread would hold it until the end.
    expect(await waitUntil(snapshotBeingWritten, () => finished)).toBe(true);
    const details = await t.call('workspace.details', {});
    expect(details.lastBackup).toBeNull();
    expect(finished).toBe(false);

    expect(await backupDone).toMatchObject({ outcome: 'saved' });
    expect((await t.call('workspace.details', {})).lastBackup).toMatchObject({ kind: 'automatic' });
  }, 180_000);
});
