// esbuild options shared by every main-process bundle: the app's (scripts/build-main.mjs) and the export worker
// the unit tests build (test/support/exportWorkerBundle.ts), so both bundle the same way.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const requireFromRoot = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'package.json'));

export const mainBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
  // pdfkit's ES build finds its data files through import.meta.url, which a CJS bundle does not have:
  // bundle its CommonJS build instead, as `require` would.
  alias: { pdfkit: requireFromRoot.resolve('pdfkit') },
};
