import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { mainBundleOptions } from '../../scripts/mainBundleOptions.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const built = new Map<string, string>();

/**
 * One main-process bundle as the app runs it, built the way scripts/build-main.mjs does, once per process, into
 * .build-cache/<name>/ (so packages and fonts resolve from the project's node_modules).
 */
function bundledForTests(name: string, entry: string): string {
  const known = built.get(name);
  if (known) return known;
  const dir = path.join(repoRoot, '.build-cache', name);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${name}.cjs`);
  const temp = path.join(dir, `${name}.${process.pid}.${Date.now()}.tmp.cjs`);
  buildSync({ entryPoints: [path.join(repoRoot, entry)], outfile: temp, ...mainBundleOptions, logLevel: 'warning' });
  // Parallel test processes each build; renaming over the shared name is atomic, and the content is the same.
  fs.renameSync(temp, target);
  built.set(name, target);
  return target;
}

/** The export worker: tests and `npm run bench` run exports through it without a full build. */
export function bundledExportWorker(): string {
  return bundledForTests('export-worker', 'main/export/exportWorker.ts');
}

/** The backend (main/backend/main.ts) that browser mode runs in a worker thread. */
export function bundledBackend(): string {
  return bundledForTests('backend', 'main/backend/main.ts');
}
