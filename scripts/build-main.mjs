// Bundles the main-process entries into dist/main/*.cjs. The SQLCipher native module and electron
// stay external: the first is loaded from node_modules (or its Electron build), the second is the runtime.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { mainBundleOptions } from './mainBundleOptions.mjs';
import { mainEntries } from './mainEntries.mjs';

const requireFromHere = createRequire(path.resolve('package.json'));

await Promise.all(
  Object.entries(mainEntries).map(([name, entry]) =>
    build({
      entryPoints: [entry],
      outfile: `dist/main/${name}.cjs`,
      ...mainBundleOptions,
      sourcemap: false,
      minify: name === 'preload',
      banner: name === 'cli' ? { js: '#!/usr/bin/env node' } : undefined,
      logLevel: 'warning',
    }),
  ),
);

// The files export renderers read at run time (fonts and their license): see main/export/exportAssets.ts.
const { package: assetPackage, assets } = JSON.parse(await readFile('main/export/exportAssetSources.json', 'utf8'));
await Promise.all(
  Object.entries(assets).map(async ([target, source]) => {
    const destination = path.join('dist/main/export-assets', target);
    await mkdir(path.dirname(destination), { recursive: true });
    await copyFile(requireFromHere.resolve(`${assetPackage}/${source}`), destination);
  }),
);
