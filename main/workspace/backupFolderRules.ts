import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { folderMessages, isSystemFolder, isWithin, makeFolder, nearestExistingAncestor, realFolderPath, systemPlaces } from './folderRules';
import type { WorkspaceFiles } from './workspaceFiles';

export interface FolderPlaces {
  workspaceFolder: string;
  /** Places the computer may empty (temp folders). */
  transientPlaces: readonly string[];
  /** Places that belong to the operating system. */
  systemPlaces: readonly string[];
}

export const backupFolderMessages = {
  notAbsolute: 'Enter the full path of the folder, starting from the drive or from "/".',
  system: 'That is a system folder. Choose a folder of your own, such as one in your documents or on a backup drive.',
  transient: 'That is a temporary folder, which the computer may empty. Choose a folder that is kept.',
  insideWorkspace: 'That folder is inside the workspace. Choose one outside it, or use the built-in backups folder.',
  isFile: 'That is a file, not a folder.',
  cannotCreate: 'That folder does not exist and could not be created. Check the path.',
  atTopOfDrive: 'Coalition Desk does not make new folders at the top of a drive. Choose an existing folder, or one inside a folder you already have.',
  notWritable: 'Coalition Desk cannot save files in that folder. Choose another folder or check its permissions.',
  systemFileSystem: folderMessages.systemFileSystem,
} as const;

/** What is wrong with a backup folder judged by its path alone, or null. Pure: the places are given. */
export function backupFolderProblem(candidate: string, places: FolderPlaces): string | null {
  if (!path.isAbsolute(candidate)) return backupFolderMessages.notAbsolute;
  const folder = path.resolve(candidate);
  const backupsFolder = path.join(places.workspaceFolder, 'backups');
  if (isWithin(folder, places.workspaceFolder) && !isWithin(folder, backupsFolder)) return backupFolderMessages.insideWorkspace;
  if (isWithin(folder, backupsFolder)) return null;
  if (path.parse(folder).root === folder || places.systemPlaces.some((place) => isWithin(folder, place))) return backupFolderMessages.system;
  const transient = places.transientPlaces.filter((place) => !isWithin(places.workspaceFolder, place));
  if (transient.some((place) => isWithin(folder, place))) return backupFolderMessages.transient;
  return null;
}

/**
 * Checks a folder chosen for backups and makes it if needed: path rules first, then that it is a
 * folder (or can be made) and that a file can be written in it. Answers with a VALIDATION error on `folder`.
 */
export function prepareBackupFolder(candidate: string, files: WorkspaceFiles, places = currentPlaces(files)): string {
  const problem = backupFolderProblem(candidate, places) ?? realPathProblem(candidate, places) ?? writableProblem(path.resolve(candidate));
  if (problem) throw new AppError('VALIDATION', problem, { fieldErrors: { folder: [problem] } });
  return path.resolve(candidate);
}

/** The same rules on the folder a symlink leads to, so a link cannot reach a system or virtual file system. */
function realPathProblem(candidate: string, places: FolderPlaces): string | null {
  const real = realFolderPath(candidate);
  if (isSystemFolder(real)) return backupFolderMessages.systemFileSystem;
  return backupFolderProblem(real, { ...places, workspaceFolder: realFolderPath(places.workspaceFolder) });
}

function writableProblem(folder: string): string | null {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(folder, { throwIfNoEntry: false });
  } catch {
    return backupFolderMessages.cannotCreate;
  }
  if (stat && !stat.isDirectory()) return backupFolderMessages.isFile;
  // A mistyped path must not scatter new folders over the top of a disk.
  if (!stat && nearestExistingAncestor(folder) === path.parse(folder).root) return backupFolderMessages.atTopOfDrive;
  if (!stat) {
    try {
      makeFolder(folder);
    } catch {
      return backupFolderMessages.cannotCreate;
    }
  }
  const probe = path.join(folder, `.coalition-desk-write-test-${crypto.randomUUID()}`);
  try {
    fs.writeFileSync(probe, '', { mode: 0o600 });
    return null;
  } catch {
    return backupFolderMessages.notWritable;
  } finally {
    fs.rmSync(probe, { force: true });
  }
}

export function currentPlaces(files: WorkspaceFiles): FolderPlaces {
  return {
    workspaceFolder: files.folder,
    transientPlaces: [os.tmpdir(), '/tmp', '/var/tmp', '/dev/shm', '/private/tmp', '/private/var/folders'],
    systemPlaces: systemPlaces(),
  };
}
