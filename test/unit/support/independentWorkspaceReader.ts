// A second, independent reader of a Coalition Desk workspace, written from docs/workspace-format.md alone.
// It must not import anything from main/ or shared/: only Node's own modules and the SQLCipher binding
// (workspace-format.test.ts checks this), so that a change to the format that the document does not describe
// makes the test fail instead of being followed silently by shared code.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';

export interface ScryptParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
}

export interface Slot {
  kind: 'passphrase' | 'recovery';
  kdf: ScryptParams;
  iv: string;
  tag: string;
  wrappedKey: string;
}

export interface RetiredKey {
  generation: number;
  iv: string;
  tag: string;
  wrappedKey: string;
}

export interface KeySlotsDocument {
  format: 'coalition-desk-keyslots';
  version: 1;
  workspaceId: string;
  database: { cipher: 'sqlcipher'; legacy: 4; pageSize: number };
  slots: Slot[];
  updatedAt: string;
  generation?: number;
  retiredKeys?: RetiredKey[];
  pending?: { generation: number; databaseSalt: string; slots: Slot[]; retiredKeys: RetiredKey[] };
}

/** The slot set that opens a given database file, and the generation it belongs to (section "Which slots open which file"). */
export interface SlotSet {
  workspaceId: string;
  pageSize: number;
  generation: number;
  slots: Slot[];
  retiredKeys: RetiredKey[];
}

/** The texts used as AES-GCM additional data; the test replaces them once to show a wrong one fails. */
export const formatStrings = {
  slotAd: (workspaceId: string, kind: string) => `coalition-desk/keyslot/v1/${workspaceId}/${kind}`,
  retiredAd: (workspaceId: string, generation: number) => `coalition-desk/retired-key/v1/${workspaceId}/${generation}`,
  retiredInfo: 'coalition-desk/retired-keys/v1',
};

export function readKeySlotsDocument(folder: string): KeySlotsDocument {
  const document = JSON.parse(fs.readFileSync(path.join(folder, 'keyslots.json'), 'utf8')) as KeySlotsDocument;
  if (document.format !== 'coalition-desk-keyslots' || document.version !== 1) throw new Error('not a version 1 key slot file');
  if (document.database.cipher !== 'sqlcipher' || document.database.legacy !== 4) throw new Error('unknown database cipher');
  return document;
}

/** The first 16 bytes of a SQLCipher file (its salt, not secret), as lowercase hex. */
export function fileSalt(databaseFile: string): string {
  const fd = fs.openSync(databaseFile, 'r');
  try {
    const salt = Buffer.alloc(16);
    fs.readSync(fd, salt, 0, 16, 0);
    return salt.toString('hex');
  } finally {
    fs.closeSync(fd);
  }
}

export function slotSetFor(document: KeySlotsDocument, databaseFile: string): SlotSet {
  const common = { workspaceId: document.workspaceId, pageSize: document.database.pageSize };
  if (document.pending && fileSalt(databaseFile) === document.pending.databaseSalt) {
    return { ...common, generation: document.pending.generation, slots: document.pending.slots, retiredKeys: document.pending.retiredKeys };
  }
  return { ...common, generation: document.generation ?? 0, slots: document.slots, retiredKeys: document.retiredKeys ?? [] };
}

/** Recovery code as typed -> the 32 ASCII characters that are fed to scrypt (no base32 decoding). */
export function recoveryCodeText(typed: string): string {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (!/^[0-9A-HJKMNP-TV-Z]{32}$/.test(text)) throw new Error('not a recovery code');
  return text;
}

export function scryptKey(secret: string, kdf: ScryptParams): Buffer {
  if (kdf.name !== 'scrypt') throw new Error('unknown key derivation');
  return crypto.scryptSync(Buffer.from(secret.normalize('NFC'), 'utf8'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 128 * kdf.N * kdf.r * 2,
  });
}

function gcmOpen(key: Buffer, entry: { iv: string; tag: string; wrappedKey: string }, additionalData: string): Buffer {
  const iv = Buffer.from(entry.iv, 'base64');
  const tag = Buffer.from(entry.tag, 'base64');
  if (iv.length !== 12 || tag.length !== 16) throw new Error('unexpected nonce or tag length');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  decipher.setAAD(Buffer.from(additionalData, 'utf8'));
  decipher.setAuthTag(tag);
  const plain = Buffer.concat([decipher.update(Buffer.from(entry.wrappedKey, 'base64')), decipher.final()]);
  if (plain.length !== 32) throw new Error('the unwrapped key is not 32 bytes');
  return plain;
}

/** The 32-byte data key, from the slot of the given kind; throws when the secret is wrong. */
export function unwrapDataKey(set: SlotSet, kind: Slot['kind'], secret: string): Buffer {
  const slot = set.slots.find((candidate) => candidate.kind === kind);
  if (!slot) throw new Error(`no ${kind} slot`);
  const text = kind === 'recovery' ? recoveryCodeText(secret) : secret;
  return gcmOpen(scryptKey(text, slot.kdf), slot, formatStrings.slotAd(set.workspaceId, kind));
}

/** An earlier generation's data key, from the retired keys wrapped under the current data key. */
export function unwrapRetiredKey(set: SlotSet, entry: RetiredKey, currentDataKey: Buffer): Buffer {
  const key = Buffer.from(crypto.hkdfSync('sha256', currentDataKey, Buffer.from(set.workspaceId, 'utf8'), formatStrings.retiredInfo, 32));
  return gcmOpen(key, entry, formatStrings.retiredAd(set.workspaceId, entry.generation));
}

/**
 * SQLCipher 4 page 1, decrypted by hand: salt (16) | AES-256-CBC ciphertext | IV (16) | HMAC-SHA512 (64).
 * Returns the plaintext from offset 16, which is the SQLite header from its byte 16 on.
 */
export function decryptFirstPage(databaseFile: string, dataKey: Buffer, pageSize: number): Buffer {
  const page = Buffer.alloc(pageSize);
  const fd = fs.openSync(databaseFile, 'r');
  try {
    if (fs.readSync(fd, page, 0, pageSize, 0) !== pageSize) throw new Error('shorter than one page');
  } finally {
    fs.closeSync(fd);
  }
  const salt = page.subarray(0, 16);
  const ciphertext = page.subarray(16, pageSize - 80);
  const iv = page.subarray(pageSize - 80, pageSize - 64);
  const storedMac = page.subarray(pageSize - 64);
  const macKey = crypto.pbkdf2Sync(dataKey, Buffer.from(salt.map((byte) => byte ^ 0x3a)), 2, 32, 'sha512');
  const pageNumber = Buffer.alloc(4);
  pageNumber.writeUInt32LE(1);
  const mac = crypto.createHmac('sha512', macKey).update(ciphertext).update(iv).update(pageNumber).digest();
  if (!crypto.timingSafeEqual(mac, storedMac)) throw new Error('page 1 HMAC does not verify');
  const decipher = crypto.createDecipheriv('aes-256-cbc', dataKey, iv).setAutoPadding(false);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

/** Opens the database with SQLite3 Multiple Ciphers in its SQLCipher 4 mode and the raw key. */
export function openDatabase(databaseFile: string, dataKey: Buffer, pageSize: number): Database.Database {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.pragma(`legacy_page_size=${pageSize}`);
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export interface BackupContainer {
  header: {
    format: string;
    version: number;
    createdAt: string;
    reason: string;
    schemaVersion: number;
    payloadBytes: number;
    payloadSha256: string;
    keySlots: KeySlotsDocument;
  };
  payload: Buffer;
}

/** "CDBACKUP" | header length (uint32, big-endian) | header (UTF-8 JSON) | payload (the SQLCipher database). */
export function readBackupContainer(file: string): BackupContainer {
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(0, 8).toString('latin1') !== 'CDBACKUP') throw new Error('no CDBACKUP magic');
  const headerLength = bytes.readUInt32BE(8);
  const header = JSON.parse(bytes.subarray(12, 12 + headerLength).toString('utf8')) as BackupContainer['header'];
  if (header.format !== 'coalition-desk-backup' || header.version !== 1) throw new Error('not a version 1 backup');
  const payload = bytes.subarray(12 + headerLength);
  if (payload.length !== header.payloadBytes) throw new Error('payload length does not match the header');
  if (crypto.createHash('sha256').update(payload).digest('hex') !== header.payloadSha256) throw new Error('payload checksum does not match');
  return { header, payload };
}
