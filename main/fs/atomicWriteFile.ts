import fs from 'node:fs';
import path from 'node:path';
import { truncateUtf8 } from './fileNameBytes';

/**
 * Replaces a file so that after a crash it holds either the old or the new content, never a mix:
 * write a temp file beside it, fsync, rename over, fsync the folder.
 */
export function atomicWriteFile(filePath: string, content: string | Uint8Array): void {
  const dir = path.dirname(filePath);
  // The temp name is bounded so a long file name still leaves room for it (workspace/crashLeftovers.ts knows it).
  const tempPath = path.join(dir, `.${truncateUtf8(path.basename(filePath), 180)}.${process.pid}.${Date.now()}.tmp`);
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
