import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { mainBundleOptions } from '../../scripts/mainBundleOptions.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const built = new Map<string, string>();

/**
 * A worker entry as the app runs it, bundled from source the way scripts/build-main.mjs does, once per process,
 * into .build-cache/<name>/ (so packages and fonts resolve from the project's node_modules). Tests and
 * `npm run bench` run workers through it without a full build.
 */
export function bundledWorker(name: string, entry: string): string {
  const known = built.get(name);
  if (known) return known;
  const workerDir = path.join(repoRoot, '.build-cache', name);
  fs.mkdirSync(workerDir, { recursive: true });
  const target = path.join(workerDir, `${name}.cjs`);
  const temp = path.join(workerDir, `${name}.${process.pid}.${Date.now()}.tmp.cjs`);
  buildSync({ entryPoints: [path.join(repoRoot, entry)], outfile: temp, ...mainBundleOptions, logLevel: 'warning' });
  // Parallel test processes each build; renaming over the shared name is atomic, and the content is the same.
  fs.renameSync(temp, target);
  built.set(name, target);
  return target;
}

/** The reader worker (main/workspace/readerWorker.ts): the background integrity check and backups. */
export const bundledReaderWorker = (): string => bundledWorker('reader-worker', 'main/workspace/readerWorker.ts');

/** The document text worker (main/documents/textWorker.ts): the words of PDFs and Word documents, for search. */
export const bundledTextWorker = (): string => bundledWorker('text-worker', 'main/documents/textWorker.ts');
