import fs from 'node:fs';
import path from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { truncateUtf8 } from './fileNameBytes';

/**
 * Replaces a file so that after a crash it holds either the old or the new content, never a mix:
 * write a temp file beside it, fsync, rename over, fsync the folder.
 */
export function atomicWriteFile(filePath: string, content: string | Uint8Array): void {
  const dir = path.dirname(filePath);
  const tempPath = atomicTempPath(filePath);
  try {
    const fd = fs.openSync(tempPath, 'w', 0o600);
    try {
      fs.writeFileSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tempPath, filePath);
  } catch (error) {
    // Whatever failed (open, write, fsync, close, rename), no temp file is left behind.
    fs.rmSync(tempPath, { force: true });
    throw error;
  }
  syncDirectory(dir);
}

/** The temp name beside a file, bounded so a long file name still leaves room for it (crashLeftovers.ts knows it). */
const atomicTempPath = (filePath: string) =>
  path.join(path.dirname(filePath), `.${truncateUtf8(path.basename(filePath), 180)}.${process.pid}.${Date.now()}.tmp`);

/** As atomicWriteFile, for content that streams from `source` (through `transform`, when given) without being held whole. */
export async function atomicWriteStream(filePath: string, source: Readable, transform?: Transform): Promise<void> {
  const tempPath = atomicTempPath(filePath);
  try {
    const out = fs.createWriteStream(tempPath, { mode: 0o600 });
    await (transform ? pipeline(source, transform, out) : pipeline(source, out));
    fsyncFile(tempPath);
    fs.renameSync(tempPath, filePath);
  } catch (error) {
    source.destroy();
    fs.rmSync(tempPath, { force: true });
    throw error;
  }
  syncDirectory(path.dirname(filePath));
}

export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a file written by someone else (SQLite, for a copy made with VACUUM INTO) to the disk. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
