import { fileNameWithin } from '../fs/fileNameBytes';
import { workspaceFolderName } from '../workspace/workspaceFiles';
import type { ServiceContext } from './serviceContext';

/**
 * "Riverbend County Coalition action items 2026-03-01.csv": the coalition, what the file holds and the day it was
 * made, in characters every platform accepts. `note` says what is special about this copy, e.g.
 * "includes confidential items".
 */
export function exportFileName(context: ServiceContext, what: string, extension: string, note?: string): string {
  return exportFileNameOf(context.session.require().meta.name, context.now(), what, extension, note);
}

/** The same name from the coalition's name as read on either storage engine. */
export function exportFileNameOf(coalitionName: string, now: Date, what: string, extension: string, note?: string): string {
  const coalition = workspaceFolderName(coalitionName).replace(/\.coalition$/, '');
  const safeWhat = workspaceFolderName(what).replace(/\.coalition$/, '');
  const marker = note ? ` (${note})` : '';
  return fileNameWithin(`${coalition} ${safeWhat}`, ` ${now.toISOString().slice(0, 10)}${marker}.${extension}`);
}
