// `npx tsx bench/exportMemory.ts`: only the export memory rows of `npm run bench`, on a workspace holding the same
// 5,000 members and 100,000 action items. BENCH_EXPORTS sets how many exports run in a row (default 3).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchWorkspaceWithActionItems } from './actionItemsWorkspace';
import { printReport } from './harness';
import { exportMemoryRows } from './exportMemoryBench';

const PASSPHRASE = 'bench passphrase 123';

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-bench-export-memory-'));
  try {
    const folder = await benchWorkspaceWithActionItems(dir, PASSPHRASE);
    const rows = await exportMemoryRows(fs.mkdtempSync(path.join(dir, 'app-')), folder, PASSPHRASE);
    printReport('Host memory around exports', rows, { machine: `${os.cpus().length} cores`, load: os.loadavg()[0], node: process.version });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
