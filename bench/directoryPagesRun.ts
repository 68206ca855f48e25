// `npx tsx bench/directoryPagesRun.ts`: only the Members page part of `npm run bench` (issue 11).
import os from 'node:os';
import { directoryPageRows } from './directoryPagesBench';
import { printReport } from './harness';

directoryPageRows()
  .then((rows) => printReport('Coalition Desk: the Members page by directory size', rows, { machine: `${os.cpus().length} cores`, node: process.version, measure: 'CPU ms, median of 9' }))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
