import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { mainBundleOptions } from '../../scripts/mainBundleOptions.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');

interface BuilderConfig {
  files?: Array<string | { filter?: string[] }>;
  electronFuses?: Record<string, boolean>;
  asarUnpack?: string[];
}

/** electron-builder.yml as electron-builder itself reads and validates it. */
async function packagingConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as {
    getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<BuilderConfig>;
    validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = (await import('builder-util')) as { DebugLogger: new (enabled: boolean) => unknown };
  const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

/**
 * The packages electron-builder copies into the app: the production dependency tree, as the lockfile records it
 * (every package npm would install without --include=dev).
 */
function productionPackages(): string[] {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([location, entry]) => location !== '' && !entry.dev && !entry.devOptional)
    .map(([location]) => location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

describe('the packaged desktop app', () => {
  it('switches off the Electron features it never uses, in the binary (fuses)', async () => {
    const { electronFuses } = await packagingConfig();
    expect(electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('keeps what worker threads load outside app.asar, which onlyLoadAppFromAsar does not govern', async () => {
    expect((await packagingConfig()).asarUnpack).toEqual(
      expect.arrayContaining(['dist/main/export-worker.cjs', 'dist/main/text-worker.cjs', 'dist/main/export-assets/**']),
    );
  });

  it('ships no install-time packages: no production dependencies, no node_modules in its files', async () => {
    const shipped = productionPackages();
    for (const installTime of ['prebuild-install', 'tar-fs', 'simple-get', 'rc', 'minimist', 'node-abi', 'detect-libc']) {
      expect(shipped).not.toContain(installTime);
    }
    expect(shipped).toEqual([]);
    const patterns = ((await packagingConfig()).files ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));
    expect(patterns.filter((pattern) => pattern.includes('node_modules'))).toEqual([]);
  });

  it('bundles every package the desktop main process runs, so nothing is required from node_modules', async () => {
    const result = await build({
      ...mainBundleOptions,
      entryPoints: {
        'electron-main': path.join(root, 'main/electron/main.ts'),
        backend: path.join(root, 'main/backend/main.ts'),
        'export-worker': path.join(root, 'main/export/exportWorker.ts'),
        'text-worker': path.join(root, 'main/documents/textWorker.ts'),
      },
      outdir: path.join(root, '.build-cache', 'packaging-check'),
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const required = Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((entry) => entry.external).map((entry) => entry.path));
    // electron is the runtime; the package.json look-up only runs without an Electron build of the native module.
    const allowed = new Set(['electron', 'better-sqlite3-multiple-ciphers/package.json']);
    expect([...new Set(required.filter((name) => !builtins.has(name) && !allowed.has(name)))]).toEqual([]);
    expect(required).not.toContain('better-sqlite3-multiple-ciphers');
    expect(required).not.toContain('bindings');
  });
});
