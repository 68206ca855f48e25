import fs from 'node:fs';
import path from 'node:path';
import { locateReaderWorker } from '../../../main/workspace/readerWorkers';
import { bundledReaderWorker } from '../../support/workerBundle';
import { filesUnder } from './plaintextScan';
import { tempDir } from './testDesk';

/**
 * Backups are written in the reader worker, where a spy on the test's `fs` cannot reach. These point the app at a
 * small entry that changes `fs` in that thread first, then runs the real worker. Each returns the function that
 * puts the real worker back.
 */
function useReaderWorkerAfter(preamble: string[]): () => void {
  const entry = path.join(tempDir(), 'reader-worker-entry.cjs');
  fs.writeFileSync(entry, [...preamble, `require(${JSON.stringify(bundledReaderWorker())});`].join('\n'));
  locateReaderWorker(() => entry);
  return () => locateReaderWorker(bundledReaderWorker);
}

/** Opening any `.partial` file fails with `code`, as on a failing disk. */
export function writeBackupsOnFailingDisk(code: string): () => void {
  const fault = JSON.stringify(code);
  return useReaderWorkerAfter([
    "const fs = require('node:fs');",
    'const openSync = fs.openSync;',
    'fs.openSync = (file, ...rest) => {',
    `  if (String(file).endsWith('.partial')) throw Object.assign(new Error(${fault} + ': injected'), { code: ${fault} });`,
    '  return openSync(file, ...rest);',
    '};',
  ]);
}

/** Copies each file the worker removes or renames away (the backup's snapshot, its partial file) before it goes. */
export function keepingFilesTheReaderWorkerRemoves(): { restore: () => void; files: () => Array<[string, Buffer]> } {
  const kept = tempDir('coalition-desk-kept-');
  const restore = useReaderWorkerAfter([
    "const fs = require('node:fs');",
    "const path = require('node:path');",
    `const kept = ${JSON.stringify(kept)};`,
    'let count = 0;',
    'const keep = (target) => {',
    '  if (!fs.existsSync(target) || !fs.statSync(target).isFile()) return;',
    '  count += 1;',
    '  fs.mkdirSync(path.join(kept, String(count)));',
    '  fs.copyFileSync(target, path.join(kept, String(count), path.basename(String(target))));',
    '};',
    'for (const name of ["rmSync", "unlinkSync", "renameSync"]) {',
    '  const original = fs[name];',
    '  fs[name] = (target, ...rest) => { keep(String(target)); return original(target, ...rest); };',
    '}',
  ]);
  return { restore, files: () => filesUnder(kept) };
}

/**
 * Holds a backup check once its copy is written, before it is checked: the worker writes the scratch copy's path to
 * `marker`, then waits (in short sleeps) until the file `release` exists or the host asks the job to stop, which
 * it then does at its next step.
 */
export function holdingBackupChecksAfterTheCopy(marker: string, release: string): () => void {
  return useReaderWorkerAfter([
    "const fs = require('node:fs');",
    "const { workerData } = require('node:worker_threads');",
    'const openSync = fs.openSync;',
    'const fsyncSync = fs.fsyncSync;',
    'const copies = new Set();',
    'fs.openSync = (file, flags, ...rest) => {',
    '  const fd = openSync(file, flags, ...rest);',
    `  if (flags === 'wx' && String(file).includes('coalition-desk-verify-')) { copies.add(fd); fs.writeFileSync(${JSON.stringify(marker)}, String(file)); }`,
    '  return fd;',
    '};',
    'fs.fsyncSync = (fd) => {',
    '  const nap = new Int32Array(new SharedArrayBuffer(4));',
    '  const held = () => copies.has(fd) && Atomics.load(workerData.stopSignal, 0) === 0;',
    `  while (held() && !fs.existsSync(${JSON.stringify(release)})) Atomics.wait(nap, 0, 0, 10);`,
    '  return fsyncSync(fd);',
    '};',
  ]);
}
