#!/usr/bin/env node
/**
 * Builds the SQLCipher module (better-sqlite3-multiple-ciphers) for Electron's ABI into
 * native/electron-<version>/better_sqlite3.node, leaving node_modules' Node build untouched:
 * the module is copied to a temporary project, rebuilt there with @electron/rebuild, and the
 * one .node file copied out. Needs network access for Electron's headers.
 *
 * An existing build for the installed Electron is kept unless --force is given (npm start calls this).
 *
 *   node scripts/build-electron-native.mjs [--force] [--electron-version 43.8.12] [--arch x64]
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const MODULE_NAME = 'better-sqlite3-multiple-ciphers';
const BINARY_NAME = 'better_sqlite3.node';
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function installedElectronVersion() {
  return readJson(path.join(projectRoot, 'node_modules', 'electron', 'package.json')).version;
}

/** Electron's NODE_MODULE_VERSION as published in its npm package (e.g. 148). */
function installedElectronAbi() {
  return readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
}

/**
 * `npm run` exports npm_config_nodedir when .npmrc sets nodedir (here: /usr, Node's headers).
 * node-gyp would then compile against Node's headers whatever --target says, and the result
 * would silently have Node's ABI. Electron's headers must come from --dist-url instead.
 */
function withoutNodeHeadersOverride() {
  for (const name of Object.keys(process.env)) {
    if (name.toLowerCase() === 'npm_config_nodedir') delete process.env[name];
  }
}

/** A throwaway project holding only a copy of the module, without its Node build. */
function prepareBuildProject(moduleDir) {
  const buildRoot = mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-electron-native-'));
  const { version } = readJson(path.join(moduleDir, 'package.json'));
  writeFileSync(
    path.join(buildRoot, 'package.json'),
    JSON.stringify({ name: 'electron-native-build', private: true, dependencies: { [MODULE_NAME]: version } }),
  );
  const copyDir = path.join(buildRoot, 'node_modules', MODULE_NAME);
  cpSync(moduleDir, copyDir, {
    recursive: true,
    filter: (source) => path.relative(moduleDir, source).split(path.sep)[0] !== 'build',
  });
  return { buildRoot, builtBinary: path.join(copyDir, 'build', 'Release', BINARY_NAME) };
}

/** A V8-API addon exports node_register_module_v<ABI>; checking it catches a build against the wrong headers. */
function isBuiltForAbi(binaryPath, abi) {
  return existsSync(binaryPath) && readFileSync(binaryPath).includes(`node_register_module_v${abi}`);
}

async function main() {
  const { values } = parseArgs({
    options: { 'electron-version': { type: 'string' }, arch: { type: 'string' }, force: { type: 'boolean' } },
  });
  const electronVersion = values['electron-version'] ?? installedElectronVersion();
  const arch = values.arch ?? process.arch;
  // The ABI check only knows the installed Electron's ABI.
  const expectedAbi = values['electron-version'] ? null : installedElectronAbi();
  const outputFile = path.join(projectRoot, 'native', `electron-${electronVersion}`, BINARY_NAME);
  if (!values.force && expectedAbi && isBuiltForAbi(outputFile, expectedAbi)) {
    console.log(`${path.relative(projectRoot, outputFile)} is up to date (use --force to rebuild)`);
    return;
  }
  const moduleDir = path.join(projectRoot, 'node_modules', MODULE_NAME);
  if (!existsSync(path.join(moduleDir, 'binding.gyp'))) throw new Error(`${MODULE_NAME} is not installed; run npm install`);

  withoutNodeHeadersOverride();
  const { rebuild } = await import('@electron/rebuild');
  const { buildRoot, builtBinary } = prepareBuildProject(moduleDir);
  try {
    console.log(`Building ${MODULE_NAME} for Electron ${electronVersion} (${arch}) in ${buildRoot}`);
    await rebuild({
      buildPath: buildRoot,
      projectRootPath: buildRoot,
      electronVersion,
      arch,
      force: true,
      onlyModules: [MODULE_NAME],
      // Same sources and compile options as the Node build, rather than a downloaded prebuild.
      buildFromSource: true,
      mode: 'sequential',
    });
    if (!existsSync(builtBinary)) throw new Error(`the build finished without producing ${BINARY_NAME}`);
    if (expectedAbi && !isBuiltForAbi(builtBinary, expectedAbi)) {
      throw new Error(`the build is not for Electron's ABI ${expectedAbi} (wrong headers?)`);
    }
    mkdirSync(path.dirname(outputFile), { recursive: true });
    cpSync(builtBinary, outputFile);
    console.log(`Wrote ${path.relative(projectRoot, outputFile)}`);
  } finally {
    rmSync(buildRoot, { recursive: true, force: true });
  }
}

main().catch((error) => {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(
    `build-electron-native: could not build ${MODULE_NAME} for Electron (${reason}). ` +
      'It needs network access for Electron headers and a C++ toolchain; the Node build in node_modules is unchanged.',
  );
  process.exit(1);
});
