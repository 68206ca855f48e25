import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRecordedPayload } from '../../main/backup/checkBackupCopy';
import { readBackupLayout } from '../../main/backup/readBackup';
import { checkIntegrity, checkTableByTable } from '../../main/db/integrity';
import { WorkStopped } from '../../main/db/stopRequest';
import { readersEnded, startReaderTask } from '../../main/workspace/readerWorkers';
import { unlockDataKey } from '../../main/workspace/unlockDataKey';
import type { WorkspaceFiles } from '../../main/workspace/workspaceFiles';
import { lockedWorkspaceWithBulkRows } from './support/bulkWorkspace';
import { PASSPHRASE, createTestWorkspace, tempDir, testDesk, withDatabaseFile } from './support/testDesk';

/** Says "stop" from its `at`-th question on, and counts the questions. */
function stopAtQuestion(at: number) {
  const asked = { count: 0 };
  return { asked, stopRequested: () => ++asked.count >= at };
}

async function integrityReader(files: WorkspaceFiles) {
  const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', PASSPHRASE);
  const reader = startReaderTask({ database: files.database, dataKey, cipher: keySlots.database, nativeBinding: undefined, job: { kind: 'integrity' } });
  dataKey.fill(0);
  return reader;
}

describe('stopping a long read between its steps', () => {
  it('the full check asked to stop after its first pass throws WorkStopped instead of reporting', async () => {
    const { files } = await lockedWorkspaceWithBulkRows(8, 1024);
    await withDatabaseFile(files, (db) => {
      const { asked, stopRequested } = stopAtQuestion(1);
      expect(() => checkIntegrity(db, stopRequested)).toThrow(WorkStopped);
      expect(asked.count).toBe(1);
      expect(checkIntegrity(db)).toEqual({ ok: true, problems: [] });
    });
  });

  it('a backup check stops before the next table: the tables after the stop are not checked', async () => {
    const { files } = await lockedWorkspaceWithBulkRows(8, 1024);
    await withDatabaseFile(files, (db) => {
      const checked: number[] = [];
      const { stopRequested } = stopAtQuestion(3);
      expect(() => checkTableByTable(db, (done) => checked.push(done), stopRequested)).toThrow(WorkStopped);
      // The starting report, then the schema table and one more: the stop came before the third table.
      expect(checked).toHaveLength(3);
      const all: number[] = [];
      expect(checkTableByTable(db, (done) => all.push(done)).ok).toBe(true);
      expect(all.length).toBeGreaterThan(checked.length);
    });
  });

  it("the copy of a backup's payload stops between chunks, before it has copied the whole payload", async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    const backup = await t.call('workspace.backupNow', {});
    const layout = readBackupLayout(backup.file);
    const target = path.join(tempDir(), 'copy.db');
    const { asked, stopRequested } = stopAtQuestion(2);

    expect(() =>
      copyRecordedPayload({ backupFile: backup.file, payloadOffset: layout.payloadOffset, ...layout.header }, target, () => undefined, stopRequested),
    ).toThrow(WorkStopped);
    expect(asked.count).toBe(2);
    expect(fs.statSync(target).size).toBeLessThan(layout.header.payloadBytes);
  });
});

describe('a reader worker asked to stop', () => {
  it('answers `stopped` and its thread ends on its own', async () => {
    const { files } = await lockedWorkspaceWithBulkRows(8, 1024);
    const reader = await integrityReader(files);
    reader.stop();
    expect(await reader.outcome).toEqual({ kind: 'stopped' });
    await readersEnded();
  });

  it('never takes the process down, whenever in its check the stop comes', async () => {
    // About 24 MB: each pass of the check takes long enough for a stop to land inside SQLite. With Worker.terminate
    // the outcomes were failures, and a thread torn down there often took this whole test process with it.
    const { files } = await lockedWorkspaceWithBulkRows(1500, 16_000);
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const reader = await integrityReader(files);
      await new Promise((resolve) => setTimeout(resolve, attempt * 15));
      reader.stop();
      outcomes.push((await reader.outcome).kind);
    }
    await readersEnded();
    expect(outcomes.every((kind) => kind === 'stopped' || kind === 'integrity')).toBe(true);
    expect(outcomes).toContain('stopped');
  });
});
