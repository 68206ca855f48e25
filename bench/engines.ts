// `npx tsx bench/engines.ts`: only the side-by-side storage engine rows of `npm run bench`.
import { engineRows, printEngineReport } from './engineBench';

engineRows()
  .then(printEngineReport)
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
