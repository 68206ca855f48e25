import { fileNameWithin } from '../fs/fileNameBytes';
import { workspaceFolderName } from '../workspace/workspaceFiles';
import type { ServiceContext } from './serviceContext';

/**
 * "Riverbend County Coalition action items 2026-03-01.csv": the coalition, what the file holds and the day it was
 * made, in characters every platform accepts. `note` says what is special about this copy, e.g.
 * "includes confidential items".
 */
export function exportFileName(context: ServiceContext, what: string, extension: string, note?: string): string {
  const coalition = workspaceFolderName(context.session.require().meta.name).replace(/\.coalition$/, '');
  const safeWhat = workspaceFolderName(what).replace(/\.coalition$/, '');
  const marker = note ? ` (${note})` : '';
  return fileNameWithin(`${coalition} ${safeWhat}`, ` ${context.now().toISOString().slice(0, 10)}${marker}.${extension}`);
}
