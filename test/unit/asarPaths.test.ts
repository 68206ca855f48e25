import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpackedPath } from '../../main/fs/asarPaths';

describe('unpacked paths', () => {
  it('points a file inside app.asar at its unpacked copy and leaves other paths alone', () => {
    const inArchive = path.join('/opt/Coalition Desk/resources/app.asar', 'dist', 'main', 'export-worker.cjs');
    expect(unpackedPath(inArchive)).toBe(path.join('/opt/Coalition Desk/resources/app.asar.unpacked', 'dist', 'main', 'export-worker.cjs'));
    expect(unpackedPath('/work/coalition-desk/dist/main/export-worker.cjs')).toBe('/work/coalition-desk/dist/main/export-worker.cjs');
  });
});
