// Import substitutions shared by the app's build (scripts/build-main.mjs) and the tests' build of the export worker.
import { createRequire } from 'node:module';
import path from 'node:path';

const requireFromProject = createRequire(path.resolve('package.json'));

// pdfkit's ES build finds its data files through import.meta.url, which a CJS bundle does not have:
// bundle its CommonJS build instead, as `require` would.
export const bundleAliases = { pdfkit: requireFromProject.resolve('pdfkit') };
