import path from 'node:path';

/**
 * Worker threads and the files they read cannot be loaded from inside app.asar, so electron-builder keeps them
 * unpacked beside it (`asarUnpack` in electron-builder.yml); this maps a path in the archive to that copy.
 */
export function unpackedPath(filePath: string): string {
  const inArchive = `${path.sep}app.asar${path.sep}`;
  return filePath.includes(inArchive) ? filePath.replace(inArchive, `${path.sep}app.asar.unpacked${path.sep}`) : filePath;
}

/**
 * The folder of the running bundle (dist/main), where the worker bundles sit beside it. Run from source under tsx
 * (an ES module, which has no __dirname: the bench), the build's own dist/main in the working folder.
 */
export const bundleDir = (): string => (typeof __dirname === 'string' ? __dirname : path.resolve('dist', 'main'));

/** A worker bundle beside the running bundle (dist/main/<name>.cjs), outside app.asar when packaged. */
export const bundledWorkerFile = (name: string): string => unpackedPath(path.join(bundleDir(), name));
