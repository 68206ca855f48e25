import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { atomicWriteStream } from '../fs/atomicWriteFile';

/**
 * A finished export waits for its Save as a file in the export scratch folder, never whole in memory. It holds
 * workspace content, so it is sealed (AES-256-GCM) with a key made for that one file and kept only in this
 * process's memory: what a crash leaves in the temp folder is unreadable, and a changed file is refused on saving.
 */
export interface Seal {
  key: Uint8Array;
  iv: Uint8Array;
}

export interface SealedFile extends Seal {
  path: string;
  tag: Uint8Array;
  /** The file's size once unsealed (GCM adds nothing to the length). */
  size: number;
}

const CIPHER = 'aes-256-gcm';

export const newSeal = (): Seal => ({ key: crypto.randomBytes(32), iv: crypto.randomBytes(12) });

/** Where a renderer writes: a stream that seals into `file` (made new, owner-only); `sealed` settles when it is on disk. */
export function sealingWriter(file: string, seal: Seal): { stream: Writable; sealed: Promise<{ tag: Uint8Array; size: number }> } {
  const cipher = crypto.createCipheriv(CIPHER, seal.key, seal.iv);
  const out = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
  const sealed = pipeline(cipher, out).then(() => ({ tag: Uint8Array.from(cipher.getAuthTag()), size: out.bytesWritten }));
  return { stream: cipher, sealed };
}

const unsealing = (file: SealedFile) => crypto.createDecipheriv(CIPHER, file.key, file.iv).setAuthTag(file.tag);

/** Writes the unsealed file to `destination` atomically (temp file beside it, fsync, rename). */
export function saveUnsealed(file: SealedFile, destination: string): Promise<void> {
  return atomicWriteStream(destination, fs.createReadStream(file.path), unsealing(file));
}

/** The unsealed bytes, for browser mode's download (the file goes to the browser in one answer). */
export async function readUnsealed(file: SealedFile): Promise<Buffer> {
  const decipher = unsealing(file);
  return Buffer.concat([decipher.update(await fs.promises.readFile(file.path)), decipher.final()]);
}
