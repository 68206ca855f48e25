import fs from 'node:fs';
import path from 'node:path';

/**
 * The rules every folder a person names (a workspace's location, a backup folder) passes before the app makes
 * or writes anything in it. Judged on the real path, so a symlink cannot lead around them, and folders are made
 * one level at a time: Node's recursive mkdir never returns on some virtual file systems (/proc).
 */
export const folderMessages = {
  systemFileSystem: 'That folder belongs to the operating system, not to files you keep. Choose a folder of your own, such as one in your documents.',
} as const;

/** The path with every symlink in its existing part resolved; the part that does not exist yet is kept as written. */
export function realFolderPath(candidate: string): string {
  const folder = path.resolve(candidate);
  const existing = nearestExistingAncestor(folder);
  let real = existing;
  try {
    real = fs.realpathSync.native(existing);
  } catch {
    // An ancestor that cannot be resolved (no permission) is judged as written.
  }
  return path.join(real, path.relative(existing, folder));
}

export function nearestExistingAncestor(folder: string): string {
  let current = path.resolve(folder);
  while (!fs.existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

const LINUX_VIRTUAL = ['/proc', '/sys', '/dev', '/run'];
const MAC_SYSTEM = ['/dev', '/System', '/private/etc', '/private/var/run'];
const WINDOWS_DEVICE_PREFIXES = ['\\\\.\\', '\\\\?\\', '//./', '//?/'];

/** Folders the operating system owns: virtual file systems, device paths and system folders. */
export function systemPlaces(platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'win32') {
    const windows = [process.env.SystemRoot, process.env.ProgramFiles, process.env['ProgramFiles(x86)'], process.env.ProgramData];
    return windows.filter((place): place is string => place !== undefined && place !== '');
  }
  return [...LINUX_VIRTUAL, ...MAC_SYSTEM, '/bin', '/boot', '/etc', '/lib', '/lib64', '/sbin', '/usr', '/Library', '/Applications'];
}

/** Whether a folder is the operating system's; `real` must come from realFolderPath. */
export function isSystemFolder(real: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32' && WINDOWS_DEVICE_PREFIXES.some((prefix) => real.startsWith(prefix))) return true;
  return systemPlaces(platform).some((place) => isWithin(real, place, platform));
}

/**
 * Makes a folder and any missing parents, one level at a time, after checking its real path is not the
 * operating system's. Throws the file system's error (or a SystemFolderError) rather than ever spinning.
 */
export function makeFolder(folder: string, mode = 0o700): void {
  const target = path.resolve(folder);
  if (isSystemFolder(realFolderPath(target))) throw new SystemFolderError(target);
  const missing: string[] = [];
  for (let current = target; !fs.existsSync(current) && path.dirname(current) !== current; current = path.dirname(current)) {
    missing.unshift(current);
  }
  for (const level of missing) {
    try {
      fs.mkdirSync(level, { mode });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

export class SystemFolderError extends Error {
  readonly code = 'ESYSTEMFOLDER';
  constructor(folder: string) {
    super(`Refused to make a folder in a system place: ${path.basename(folder)}`);
    this.name = 'SystemFolderError';
  }
}

export function isWithin(child: string, parent: string, platform: NodeJS.Platform = process.platform): boolean {
  const relative = path.relative(comparable(parent, platform), comparable(child, platform));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function comparable(folder: string, platform: NodeJS.Platform): string {
  const resolved = path.resolve(folder);
  return platform === 'win32' || platform === 'darwin' ? resolved.toLowerCase() : resolved;
}
