import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentKindExtensions, type DocumentKind } from '../../shared/documentFiles';
import { fileNameWithin } from '../fs/fileNameBytes';
import { isProcessRunning } from '../fs/processRunning';
import { PRIVATE_FILE_MODE } from '../fs/privateFile';

/**
 * Where this process puts the copies of documents it hands to the system's viewer: in the temp folder, owner-only
 * (mkdtemp makes it 0700), named with the process id so a start-up sweep removes only folders of processes that are
 * gone (main/workspace/crashLeftovers.ts). Each copy is 0600, in a folder of its own per document so the viewer
 * shows the document's own name.
 */
export const VIEWING_SCRATCH = /^coalition-desk-view-(\d+)-[A-Za-z0-9]{6}$/;

export const makeViewingScratch = (): string => fs.mkdtempSync(path.join(os.tmpdir(), `coalition-desk-view-${process.pid}-`));

export function viewingScratchInUse(name: string): boolean {
  const pid = Number(VIEWING_SCRATCH.exec(name)?.[1]);
  return pid > 0 && isProcessRunning(pid);
}

/** A file name the viewer shows: the document's name without path separators or control characters, and its kind's extension. */
export function viewingFileName(name: string, kind: DocumentKind): string {
  const extension = documentKindExtensions[kind][0] ?? '';
  const stem = name
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(/^[.\s]+/, '')
    .trim();
  const withoutExtension = stem.toLowerCase().endsWith(extension) ? stem.slice(0, -extension.length) : stem;
  return fileNameWithin(withoutExtension === '' ? 'document' : withoutExtension, extension);
}

/** Writes pieces into a new private file; removes it again if anything fails. */
export async function writePrivateCopy(file: string, pieces: AsyncIterable<Uint8Array>): Promise<void> {
  fs.mkdirSync(path.dirname(file), { mode: 0o700, recursive: false });
  const handle = await fs.promises.open(file, 'wx', PRIVATE_FILE_MODE);
  try {
    for await (const piece of pieces) await handle.write(piece);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    throw error;
  }
}
