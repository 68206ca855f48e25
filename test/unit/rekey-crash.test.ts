import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../main/db/auditRepository';
import { rekeySteps } from '../../main/workspace/rekeyWorkspace';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { NEW_PASSPHRASE, PASSPHRASE, createTestWorkspace, tempDir, testDesk, withDatabaseFile } from './support/testDesk';
import { openToOthers } from './support/fileModes';
import { dumpTables } from './support/tableDump';

const child = path.join(import.meta.dirname, 'support', 'rekeyChild.ts');
const TIMED_KILLS = 12;

interface ChildOutcome {
  killed: boolean;
  rekeyMs: number | null;
}

/** Runs the re-keying child; with `killAfterMs`, kills it that long after it reports it is about to re-key. */
function runChild(folder: string, killAt: string, killAfterMs?: number): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', child, folder, PASSPHRASE, NEW_PASSPHRASE, killAt], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    process_.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (killAfterMs !== undefined && output.startsWith('ready\n')) {
        setTimeout(() => process_.kill('SIGKILL'), killAfterMs);
        killAfterMs = undefined;
      }
    });
    process_.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    process_.on('error', reject);
    process_.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') return resolve({ killed: true, rekeyMs: null });
      if (code !== 0) return reject(new Error(`re-key child failed: ${errors}`));
      resolve({ killed: false, rekeyMs: Number(/done (\d+)/.exec(output)?.[1]) });
    });
  });
}

/** Exactly one of the two passphrases unlocks; returns it after the unlock settled the folder. */
async function unlockingPassphrase(folder: string): Promise<string> {
  const t = testDesk();
  const opened: string[] = [];
  for (const passphrase of [PASSPHRASE, NEW_PASSPHRASE]) {
    const result = await t.desk.router.invoke('workspace.unlock', { path: folder, passphrase });
    if (result.ok) {
      opened.push(passphrase);
      await t.call('workspace.lock', {});
    } else {
      expect(result.error.code).toBe('WRONG_PASSPHRASE');
    }
  }
  expect(opened, 'exactly one of the old and new passphrase opens it').toHaveLength(1);
  return opened[0]!;
}

describe('a re-key killed at any moment', () => {
  it(`leaves either the old or the new workspace, whole, after a SIGKILL at each step and ${TIMED_KILLS} moments between`, async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await t.call('workspace.lock', {});
    const template = workspaceFiles(workspace.path);
    // Some megabytes of rows, so the copy and the re-key take long enough for a kill to land inside them.
    await withDatabaseFile(template, (db) =>
      db.transaction(() => {
        for (let index = 0; index < 3000; index += 1) {
          recordAudit(
            db,
            { profile: 'filler', entity: 'test', entityId: String(index), action: 'filler', changes: { text: 'x'.repeat(1500 + (index % 7)) } },
            new Date().toISOString(),
          );
        }
      })(),
    );
    const original = await withDatabaseFile(template, dumpTables);
    const runs = tempDir();

    const trial = async (name: string, killAt: string, killAfterMs?: number): Promise<ChildOutcome & { opensWith: string }> => {
      const folder = path.join(runs, `${name}.coalition`);
      fs.cpSync(template.folder, folder, { recursive: true });
      const outcome = await runChild(folder, killAt, killAfterMs);
      // Whatever the kill left (the re-keyed copy, its journal, a half-written key file) is private too.
      if (process.platform !== 'win32') expect(openToOthers(folder), `${name}: file modes`).toEqual({});
      const opensWith = await unlockingPassphrase(folder);
      const files = workspaceFiles(folder);
      const after = await withDatabaseFile(files, dumpTables, opensWith);
      for (const [table, rows] of original) {
        if (table !== 'audit_log') expect(after.get(table), `${name}: ${table}`).toEqual(rows);
      }
      const addedAudit = after.get('audit_log')!.length - original.get('audit_log')!.length;
      expect(addedAudit, `${name}: the audit row comes with the new key only`).toBe(opensWith === NEW_PASSPHRASE ? 1 : 0);
      expect(
        fs.readdirSync(folder).filter((entry) => entry.startsWith('.rekey-')),
        `${name}: leftovers removed`,
      ).toEqual([]);
      expect(JSON.parse(fs.readFileSync(files.keySlots, 'utf8')).pending, `${name}: key file settled`).toBeUndefined();
      return { ...outcome, opensWith };
    };

    const full = await trial('uninterrupted', 'none');
    expect(full).toMatchObject({ killed: false, opensWith: NEW_PASSPHRASE });
    const rekeyMs = Math.max(full.rekeyMs ?? 0, 20);

    const byStep = new Map<string, string>();
    for (const step of rekeySteps) {
      const outcome = await trial(`step-${step}`, step);
      expect(outcome.killed, step).toBe(true);
      byStep.set(step, outcome.opensWith);
    }
    // Before the rename the old workspace stands; from the rename on, the new one.
    expect(Object.fromEntries(byStep)).toEqual({
      copied: PASSPHRASE,
      'pending-written': PASSPHRASE,
      'old-closed': PASSPHRASE,
      swapped: NEW_PASSPHRASE,
      'slots-written': NEW_PASSPHRASE,
    });

    // Kills spread evenly over the time a re-key takes (the child's own measure of the uninterrupted run).
    const timed: Array<ChildOutcome & { opensWith: string }> = [];
    for (let index = 0; index < TIMED_KILLS; index += 1) {
      timed.push(await trial(`timed-${index}`, 'none', Math.round((rekeyMs * 1.2 * index) / TIMED_KILLS)));
    }
    const interrupted = timed.filter((outcome) => outcome.killed);
    // The kills must really have landed during re-keys, on both sides of the swap, or this proves nothing.
    expect(interrupted.length, 'kills that interrupted a re-key').toBeGreaterThanOrEqual(TIMED_KILLS / 2);
    console.log(
      `re-key ${rekeyMs} ms; timed kills: ${timed.map((outcome) => (outcome.killed ? (outcome.opensWith === PASSPHRASE ? 'old' : 'new') : 'finished')).join(' ')}`,
    );
  }, 300_000);
});
