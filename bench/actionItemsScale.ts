// `npx tsx bench/actionItemsScale.ts`: the Action items page's queries at 20k, 100k and 300k items on their own
// (the same rows `npm run bench` prints).
import os from 'node:os';
import { actionItemScaleRows } from './actionItemsScaleBench';
import { printReport } from './harness';

const REPEATS = 5;

actionItemScaleRows(REPEATS)
  .then((rows) => printReport('Action items at scale', rows, { machine: `${os.cpus().length} cores`, node: process.version, repeats: REPEATS }))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
