// Child process for the secrets-in-memory test: runs the real browser-mode host (router, services, SQLCipher) on a
// data folder. Secrets reach it only as HTTP request bodies, as they do from a browser. On "snapshot <file>" on stdin
// it forces a garbage collection and writes a V8 heap snapshot, then prints "snapshot written".
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import v8 from 'node:v8';
import { createCoalitionDesk } from '../../../main/app/createCoalitionDesk';
import { browserHostServices } from '../../../main/app/hostServices';
import { startWebHost } from '../../../main/web/webHost';
import { FAST_TEST_SCRYPT_COST } from '../../../main/workspace/kdf';

const [dataDir] = process.argv.slice(2) as [string];
const rendererDir = path.join(dataDir, 'renderer');
fs.mkdirSync(rendererDir, { recursive: true });
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Coalition Desk</title>');
const desk = createCoalitionDesk({ dataDir, host: browserHostServices, kdfCost: FAST_TEST_SCRYPT_COST, profile: 'heap', warmExportWorker: false });
const host = await startWebHost({ desk, rendererDir });
process.stdout.write(`listening ${host.port} ${host.token}\n`);

const gc = (globalThis as { gc?: () => void }).gc;
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, file] = line.split(' ');
  if (command !== 'snapshot' || !file || !gc) return;
  gc();
  v8.writeHeapSnapshot(file);
  process.stdout.write('snapshot written\n');
});
