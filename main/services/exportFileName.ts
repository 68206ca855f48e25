import type { StorageExecutor } from '../db/engine/storageEngine';
import { loadWorkspaceMeta } from '../db/workspaceMetaRepository';
import { fileNameWithin } from '../fs/fileNameBytes';
import { workspaceFolderName } from '../workspace/workspaceFiles';

/** The coalition's name as the exports print it, on either storage engine. */
export async function coalitionNameIn(db: StorageExecutor): Promise<string> {
  return (await loadWorkspaceMeta(db))?.name ?? '';
}

/**
 * "Riverbend County Coalition action items 2026-03-01.csv": the coalition, what the file holds and the day it was
 * made, in characters every platform accepts. `note` says what is special about this copy, e.g.
 * "includes confidential items".
 */
export function exportFileNameOf(coalitionName: string, now: Date, what: string, extension: string, note?: string): string {
  const coalition = workspaceFolderName(coalitionName).replace(/\.coalition$/, '');
  const safeWhat = workspaceFolderName(what).replace(/\.coalition$/, '');
  const marker = note ? ` (${note})` : '';
  return fileNameWithin(`${coalition} ${safeWhat}`, ` ${now.toISOString().slice(0, 10)}${marker}.${extension}`);
}

/** The same name, the coalition's read from the database. */
export async function exportFileNameIn(db: StorageExecutor, now: Date, what: string, extension: string, note?: string): Promise<string> {
  return exportFileNameOf(await coalitionNameIn(db), now, what, extension, note);
}
