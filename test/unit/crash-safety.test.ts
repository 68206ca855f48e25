import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../main/db/integrity';
import { openEncryptedDatabase } from '../../main/db/openDatabase';
import { unlockDataKey } from '../../main/workspace/unlockDataKey';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { PASSPHRASE, createTestWorkspace, testDesk } from './support/testDesk';

const KILLS = 50;
const writer = path.join(import.meta.dirname, 'support', 'crashWriter.ts');

/** Runs the writer, kills it with SIGKILL a random moment after its first commit, returns what it reported. */
function runAndKill(args: string[]): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      timer ??= setTimeout(() => child.kill('SIGKILL'), 5 + Math.floor(Math.random() * 150));
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited on its own: ${errors}`));
      const lines = output.split('\n');
      lines.pop(); // a line cut off mid-write was not reported
      resolve(lines.map(Number));
    });
  });
}

describe('crash safety', () => {
  it(`keeps every reported commit and passes the integrity check after ${KILLS} SIGKILLs mid-write`, async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await t.call('workspace.lock', {});
    const files = workspaceFiles(workspace.path);
    const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', PASSPHRASE);
    const open = () => openEncryptedDatabase(files.database, dataKey, keySlots.database);
    const setup = open();
    setup.exec(`CREATE TABLE crash_log (seq INTEGER PRIMARY KEY, payload TEXT NOT NULL, digest TEXT NOT NULL) STRICT;
                CREATE TABLE crash_counter (id INTEGER PRIMARY KEY, total INTEGER NOT NULL) STRICT;
                INSERT INTO crash_counter VALUES (1, 0);`);
    setup.close();

    const reported = new Set<number>();
    let next = 1;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const seqs = await runAndKill([files.database, dataKey.toString('hex'), JSON.stringify(keySlots.database), String(next)]);
      seqs.forEach((seq) => reported.add(seq));

      const db = open();
      try {
        expect(checkIntegrity(db), `integrity after kill ${kill + 1}`).toEqual({ ok: true, problems: [] });
        const rows = db.prepare('SELECT seq, payload, digest FROM crash_log').all() as Array<{ seq: number; payload: string; digest: string }>;
        const stored = new Set(rows.map((row) => row.seq));
        const lost = [...reported].filter((seq) => !stored.has(seq));
        expect(lost, `commits lost after kill ${kill + 1}`).toEqual([]);
        for (const row of rows) expect(crypto.createHash('sha256').update(row.payload).digest('hex')).toBe(row.digest);
        expect(db.prepare('SELECT total FROM crash_counter').get()).toEqual({ total: rows.length });
        next = Math.max(0, ...stored) + 1;
      } finally {
        db.close();
      }
    }
    expect(reported.size).toBeGreaterThan(KILLS);
  }, 240_000);
});
