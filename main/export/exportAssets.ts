import { createRequire } from 'node:module';
import path from 'node:path';
import sources from './exportAssetSources.json';

/**
 * Files the export renderers read (fonts). The bundle (dist/main/*.cjs) finds them in dist/main/export-assets/,
 * where scripts/build-main.mjs copies them from the list in exportAssetSources.json; from source (vitest, tsx)
 * they are read where npm installed them.
 */
export type ExportAsset = keyof typeof sources.assets;

const BUNDLE_DIR = path.join('dist', 'main');

export function exportAssetPath(relative: ExportAsset): string {
  const here = typeof __dirname === 'string' ? __dirname : null;
  if (here !== null && here.endsWith(BUNDLE_DIR)) return path.join(here, 'export-assets', relative);
  // From source under tsx there is no __dirname (ES module); the package is then resolved from the working folder.
  const resolveFrom = createRequire(path.join(here ?? process.cwd(), 'resolve-anchor.js'));
  return resolveFrom.resolve(`${sources.package}/${sources.assets[relative]}`);
}
