import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ElectronBinary = { found: true; executablePath: string } | { found: false; reason: string };

/**
 * Where the Electron binary is, found the way the `electron` package would, without requiring
 * that package: requiring it starts a download when the binary is missing, and there is no network here.
 */
export function findElectronBinary(projectRoot: string): ElectronBinary {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { found: false, reason: `${path.relative(projectRoot, pathFile)} is missing (the binary was never downloaded)` };
  }
  const executablePath = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executablePath)) {
    return { found: false, reason: `${path.relative(projectRoot, executablePath)} does not exist` };
  }
  return { found: true, executablePath };
}
