// Start-up figures: the time from `npm start` to the printed link when the build is current (browser mode, as on
// these machines), and the size of the renderer's entry chunk (what the unlock screen loads before anything else).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Row, median, timeMs } from './harness';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LINK = /running in browser mode: http/;
const STARTS = 3;

function npm(args: string[]) {
  const npmCli = process.env.npm_execpath;
  return npmCli ? { command: process.execPath, args: [npmCli, ...args] } : { command: 'npm', args };
}

/** Runs `npm start` until it prints the link, then stops it (its whole process group). */
function startToLink(dataDir: string): Promise<void> {
  const { command, args } = npm(['start', '--', '--no-open', '--port', '0', '--data-dir', dataDir]);
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, COALITION_DESK_NO_ELECTRON: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!LINK.test(output)) return;
      process.kill(-child.pid!, 'SIGTERM');
      resolve();
    });
    child.on('exit', (code) => reject(new Error(`npm start ended (code ${code}) before printing the link:\n${output}`)));
  });
}

/** The entry chunk index.html loads as a module script, in bytes. */
export function entryChunkBytes(rendererDir = path.join(ROOT, 'dist', 'renderer')): number {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('dist/renderer/index.html names no module script.');
  return fs.statSync(path.join(rendererDir, entry)).size;
}

export async function startupRows(): Promise<Row[]> {
  // One start first makes the build current (it builds what changed); the timed starts then find it current.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-start-'));
  try {
    const prepared = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-if-changed.mjs')], { cwd: ROOT, stdio: 'inherit' });
    if (prepared.status !== 0) throw new Error('The build failed; the start-up figures need a build.');
    const samples: number[] = [];
    for (let start = 0; start < STARTS; start += 1) samples.push(await timeMs(() => startToLink(dataDir)));
    const entryKiB = entryChunkBytes() / 1024;
    return [
      { operation: '`npm start` to the printed link, build current', encryptedMs: median(samples), plainMs: null, note: `browser mode; median of ${STARTS}` },
      {
        operation: 'renderer entry chunk (KiB, not ms)',
        encryptedMs: entryKiB,
        plainMs: null,
        note: 'what the unlock screen loads first; pages load when opened',
      },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
