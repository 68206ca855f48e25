import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { folderMessages, isSystemFolder, realFolderPath } from './folderRules';

export const workspaceLocationMessages = {
  missing: 'That folder does not exist.',
  systemFileSystem: folderMessages.systemFileSystem,
} as const;

/** The folder a new workspace goes into, chosen by a person: it must exist and be a folder of their own. */
export function checkedWorkspaceLocation(location: string): string {
  const folder = path.resolve(location);
  if (isSystemFolder(realFolderPath(folder))) refuse(workspaceLocationMessages.systemFileSystem);
  if (!isDirectory(folder)) refuse(workspaceLocationMessages.missing);
  return folder;
}

function refuse(message: string): never {
  throw new AppError('VALIDATION', message, { fieldErrors: { location: [message] } });
}

function isDirectory(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}
