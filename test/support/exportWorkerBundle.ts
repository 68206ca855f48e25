import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { mainBundleOptions } from '../../scripts/mainBundleOptions.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const workerDir = path.join(repoRoot, '.build-cache', 'export-worker');
let built: string | undefined;

/**
 * The export worker as the app runs it, bundled from main/export/exportWorker.ts the way scripts/build-main.mjs
 * does, once per process, into .build-cache/ (so packages and fonts resolve from the project's node_modules).
 * Tests and `npm run bench` run exports through it without a full build.
 */
export function bundledExportWorker(): string {
  if (built) return built;
  fs.mkdirSync(workerDir, { recursive: true });
  const target = path.join(workerDir, 'export-worker.cjs');
  const temp = path.join(workerDir, `export-worker.${process.pid}.${Date.now()}.tmp.cjs`);
  buildSync({
    entryPoints: [path.join(repoRoot, 'main/export/exportWorker.ts')],
    outfile: temp,
    ...mainBundleOptions,
    logLevel: 'warning',
  });
  // Parallel test processes each build; renaming over the shared name is atomic, and the content is the same.
  fs.renameSync(temp, target);
  built = target;
  return target;
}
