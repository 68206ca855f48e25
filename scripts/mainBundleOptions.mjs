// esbuild options shared by every main-process bundle: the app's (scripts/build-main.mjs) and the export worker
// the unit tests build (test/support/exportWorkerBundle.ts), so both bundle the same way.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));

export const mainBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The SQLCipher module's JavaScript is bundled too, so the packaged app ships no node_modules (and none of the
  // module's install-time dependencies); its native file is loaded by path (main/electron/nativeBinding.ts), or,
  // in a checkout, through main/db/bundledBindings.cjs in place of the `bindings` package.
  external: ['electron', 'better-sqlite3-multiple-ciphers/package.json'],
  alias: {
    // pdfkit's ES build finds its data files through import.meta.url, which a CJS bundle does not have:
    // bundle its CommonJS build instead, as `require` would.
    pdfkit: requireFromRoot.resolve('pdfkit'),
    bindings: path.join(root, 'main', 'db', 'bundledBindings.cjs'),
    'pg-native': path.join(root, 'main', 'db', 'engine', 'noNativePostgres.cjs'),
  },
};
