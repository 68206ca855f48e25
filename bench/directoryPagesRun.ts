// `npx tsx bench/directoryPagesRun.ts`: only the Members page part of `npm run bench` (issue 11), on encrypted and
// plain SQLite and on PostgreSQL (BENCH_ENGINES=sqlcipher leaves PostgreSQL out).
import os from 'node:os';
import { directoryPageRows } from './directoryPagesBench';
import { printReport } from './harness';

const loadAverage = () => os.loadavg()[0]!.toFixed(1);
const loadAtStart = loadAverage();

directoryPageRows()
  .then((rows) =>
    printReport('Coalition Desk: the Members page by directory size', rows, {
      machine: `${os.cpus().length} cores`,
      node: process.version,
      measure: 'CPU ms, median of 9 (PostgreSQL: the bench thread plus the server backend)',
      loadAverage: `${loadAtStart} at start, ${loadAverage()} at end`,
    }),
  )
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
