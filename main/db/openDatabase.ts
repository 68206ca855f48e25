import Database from 'better-sqlite3-multiple-ciphers';
import type { DatabaseCipher } from '../workspace/keySlots';
import { withRawKeyText } from './rawKeyText';

export type Db = Database.Database;

export interface OpenOptions {
  /** The Electron-ABI build of the native module; Node uses the default build. */
  nativeBinding?: string | undefined;
  readonly?: boolean;
}

const CACHE_KIB = 64 * 1024;
const AUTO_CHECKPOINT_PAGES = 4096;
export const BUSY_TIMEOUT_MS = 5000;
/** What a WAL may keep on disk once its pages are in the database: a burst of writes does not leave 64 MiB behind. */
export const WAL_SIZE_LIMIT_BYTES = 4 * 1024 * 1024;

export const DEFAULT_CIPHER: DatabaseCipher = { cipher: 'sqlcipher', legacy: 4, pageSize: 16384 };

/**
 * Opens a SQLCipher-4-compatible database with a raw 256-bit key. A wrong key surfaces here
 * as an exception on the first read, before anything is written.
 */
export function openEncryptedDatabase(file: string, dataKey: Buffer, cipher: DatabaseCipher, options: OpenOptions = {}): Db {
  const db = new Database(file, databaseOptions(options));
  try {
    db.pragma(`cipher='${cipher.cipher}'`);
    db.pragma(`legacy=${cipher.legacy}`);
    db.pragma(`legacy_page_size=${cipher.pageSize}`);
    // The key goes in through sqlite3_key from a buffer that is zeroed after, never as SQL text (see rawKeyText.ts).
    withRawKeyText(dataKey, (keyText) => db.key(keyText));
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    applyConnectionPragmas(db, options);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The same connection settings without encryption: the bench's baseline. */
export function openPlainDatabase(file: string, pageSize: number, options: OpenOptions = {}): Db {
  const db = new Database(file, databaseOptions(options));
  db.pragma(`page_size=${pageSize}`);
  applyConnectionPragmas(db, options);
  return db;
}

function databaseOptions(options: OpenOptions): Database.Options {
  return {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  };
}

function applyConnectionPragmas(db: Db, options: OpenOptions): void {
  if (!options.readonly) db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  db.pragma('foreign_keys=ON');
  db.pragma(`busy_timeout=${BUSY_TIMEOUT_MS}`);
  // Decrypting a page costs more than copying one from the OS cache, so keep the working set in our own cache.
  db.pragma(`cache_size=-${CACHE_KIB}`);
  // Checkpoints run on the app's idle timer; this is only the ceiling for a long burst of writes.
  db.pragma(`wal_autocheckpoint=${AUTO_CHECKPOINT_PAGES}`);
  // SQLite cuts the WAL back to this size when it starts over after a complete checkpoint (see walCheckpoint.ts).
  db.pragma(`journal_size_limit=${WAL_SIZE_LIMIT_BYTES}`);
}
