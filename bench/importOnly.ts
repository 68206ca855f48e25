// `npx tsx bench/importOnly.ts`: only the import rows of `npm run bench` (preview, the commit as a job, and the
// backend's longest pause during it).
import os from 'node:os';
import { printReport } from './harness';
import { importRows } from './importBench';

importRows()
  .then((rows) => printReport('Import of a 10,000-row CSV', rows, { machine: `${os.cpus().length} cores`, load: os.loadavg()[0], node: process.version }))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
