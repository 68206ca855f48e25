import { AppError } from '../../shared/errors';

/**
 * Faults of the disk or the folder, told as what happened and what to do. One mapping for the router's error
 * boundary and for opening a workspace, so a full disk is never "something went wrong" and a read-only folder is
 * never "the database may be damaged".
 */
export const ioMessages = {
  diskFull: 'The disk is full. Free some space and try again; nothing was saved.',
  readOnly:
    'The workspace folder or its disk is read-only, so nothing can be saved. Move the workspace to a folder you can change (or make the disk writable) and open it again.',
  notAllowed: "Coalition Desk is not allowed to change files in that folder. Check the folder's permissions or choose another folder; nothing was saved.",
  nameTooLong: 'A file name or path is too long for this disk. Use a shorter name, or a folder nearer the top of the drive.',
  cannotOpen: "The workspace's database file could not be opened. Check that the drive is connected and that you may change the folder, then try again.",
  diskError: 'The disk reported an error while reading or writing. Check that the drive is connected and working, then try again.',
  systemFolder: 'That folder belongs to the operating system, not to files you keep. Choose a folder of your own for backups in Settings.',
} as const;

const byErrno: Record<string, string> = {
  ENOSPC: ioMessages.diskFull,
  EDQUOT: ioMessages.diskFull,
  EROFS: ioMessages.readOnly,
  EACCES: ioMessages.notAllowed,
  EPERM: ioMessages.notAllowed,
  ENAMETOOLONG: ioMessages.nameTooLong,
  EIO: ioMessages.diskError,
  ESYSTEMFOLDER: ioMessages.systemFolder,
};

/** better-sqlite3's SqliteError codes, by their primary code (SQLITE_IOERR_WRITE is an SQLITE_IOERR). */
const bySqliteCode: Array<[string, string]> = [
  ['SQLITE_FULL', ioMessages.diskFull],
  ['SQLITE_READONLY', ioMessages.readOnly],
  ['SQLITE_CANTOPEN', ioMessages.cannotOpen],
  ['SQLITE_PERM', ioMessages.notAllowed],
  ['SQLITE_IOERR', ioMessages.diskError],
];

/** The IO error a fault of the disk or folder should answer, or null when the error is something else. */
export function ioAppError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const message = byErrno[code] ?? bySqliteCode.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1];
  return message === undefined ? null : new AppError('IO', message);
}
