// Bundles the main-process entries into dist/main/*.cjs. The SQLCipher native module and electron
// stay external: the first is loaded from node_modules (or its Electron build), the second is the runtime.
import { build } from 'esbuild';

const entries = {
  'web-host': 'main/web/main.ts',
  cli: 'main/cli/main.ts',
  'electron-main': 'main/electron/main.ts',
  preload: 'main/electron/preload.ts',
  demo: 'main/sample/demoMain.ts',
  'export-worker': 'main/export/exportWorker.ts',
};

await Promise.all(
  Object.entries(entries).map(([name, entry]) =>
    build({
      entryPoints: [entry],
      outfile: `dist/main/${name}.cjs`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: false,
      minify: name === 'preload',
      external: ['electron', 'better-sqlite3-multiple-ciphers'],
      banner: name === 'cli' ? { js: '#!/usr/bin/env node' } : undefined,
      logLevel: 'warning',
    }),
  ),
);
