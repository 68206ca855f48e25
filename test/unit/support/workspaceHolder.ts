// Child process for the one-writer tests: a whole app (its own data folder) that unlocks a workspace and keeps it
// open until killed. Prints "open", or "refused <code> <message>"; on a "lock" line from the parent it locks and
// prints "locked".
import readline from 'node:readline';
import { createCoalitionDesk } from '../../../main/app/createCoalitionDesk';
import { browserHostServices } from '../../../main/app/hostServices';
import { FAST_TEST_SCRYPT_COST } from '../../../main/workspace/kdf';

const [dataDir, workspacePath, passphrase] = process.argv.slice(2) as [string, string, string];
const desk = createCoalitionDesk({ dataDir, host: browserHostServices, kdfCost: FAST_TEST_SCRYPT_COST, warmExportWorker: false });

const result = await desk.router.invoke('workspace.unlock', { path: workspacePath, passphrase });
if (!result.ok) {
  process.stdout.write(`refused ${result.error.code} ${result.error.message}\n`);
  process.exit(0);
}
process.stdout.write('open\n');
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'lock') {
    desk.lock('user');
    process.stdout.write('locked\n');
  }
});
