import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessRunning } from '../fs/processRunning';

/**
 * The folder where this process's export files wait for their Save: in the temp folder, owner-only (mkdtemp makes
 * it 0700), named with the process id so a start-up sweep removes only the folders of processes that are gone.
 */
export const EXPORT_SCRATCH = /^coalition-desk-export-(\d+)-[A-Za-z0-9]{6}$/;

export const makeExportScratch = (): string => fs.mkdtempSync(path.join(os.tmpdir(), `coalition-desk-export-${process.pid}-`));

/** A scratch folder whose process still runs (another app instance, a parallel test) is in use. */
export function scratchInUse(name: string): boolean {
  const pid = Number(EXPORT_SCRATCH.exec(name)?.[1]);
  return pid > 0 && isProcessRunning(pid);
}
