// The process bench/exportMemoryBench.ts measures: a fresh host, given its data folder and workspace as arguments
// and the passphrase as its first message; it answers the rows as its last.
import { measureExportMemory } from './exportMemoryBench';

const [dataDir, workspacePath] = process.argv.slice(2);
process.once('message', (passphrase) => {
  measureExportMemory(dataDir!, workspacePath!, String(passphrase))
    .then((rows) => process.send?.(rows, () => process.exit(0)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
});
