/** Finds the Electron-ABI build of the SQLCipher module that scripts/build-electron-native.mjs produces. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { logInfo } from '../log';

export const NATIVE_MODULE_FILE = 'better_sqlite3.node';

export interface NativeBindingLocation {
  electronVersion: string;
  isPackaged: boolean;
  /** process.resourcesPath: electron-builder's extraResources land here. */
  resourcesPath: string;
  /** The project folder when running unpackaged (where `native/` is built). */
  appRoot: string;
}

export function nativeBindingPath(location: NativeBindingLocation): string {
  const baseDir = location.isPackaged ? location.resourcesPath : location.appRoot;
  return path.join(baseDir, 'native', `electron-${location.electronVersion}`, NATIVE_MODULE_FILE);
}

/**
 * The Electron build's path, or undefined when it was not built: better-sqlite3 then tries the
 * Node build in node_modules, which fails with an ABI error that the log line below explains.
 */
export function resolveNativeBinding(location: NativeBindingLocation, fileExists: (filePath: string) => boolean = existsSync): string | undefined {
  const candidate = nativeBindingPath(location);
  if (fileExists(candidate)) return candidate;
  logInfo(`no Electron build of the database module at ${candidate}; run npm run electron:native`);
  return undefined;
}
