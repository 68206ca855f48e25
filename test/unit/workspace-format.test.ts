import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoalitionDesk } from '../../main/app/createCoalitionDesk';
import { browserHostServices } from '../../main/app/hostServices';
import { createWorkspace } from '../../main/workspace/createWorkspace';
import { FAST_TEST_SCRYPT_COST } from '../../main/workspace/kdf';
import { closeWorkspace } from '../../main/workspace/openWorkspace';
import { type RekeyStep, applyRekey, prepareRekey } from '../../main/workspace/rekeyWorkspace';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import {
  type SlotSet,
  decryptFirstPage,
  fileSalt,
  formatStrings,
  openDatabase,
  readBackupContainer,
  readKeySlotsDocument,
  recoveryCodeText,
  slotSetFor,
  unwrapDataKey,
  unwrapRetiredKey,
} from './support/independentWorkspaceReader';
import { NEW_PASSPHRASE, PASSPHRASE, createTestWorkspace, tempDir, testDesk } from './support/testDesk';

// The app makes the workspaces (its own services); everything that reads them comes from the independent reader,
// written from docs/workspace-format.md without the app's code.

const COALITION = 'Riverside Youth Safety Coalition';

interface CoalitionRecord {
  id: string;
  name: string;
  jurisdiction_state: string;
  jurisdiction_region: string;
}

/** The coalition record, read with the documented cipher settings, after checking page 1 by hand. */
function readCoalition(databaseFile: string, dataKey: Buffer, set: SlotSet): CoalitionRecord {
  const header = decryptFirstPage(databaseFile, dataKey, set.pageSize);
  // SQLite header bytes 16..23: page size (big-endian; 1 means 65536), file format versions, reserved bytes per page, payload fractions.
  const pageSize = header.readUInt16BE(0);
  expect(pageSize === 1 ? 65536 : pageSize).toBe(set.pageSize);
  expect(header[4]).toBe(80);
  expect([...header.subarray(5, 8)]).toEqual([64, 32, 32]);
  const db = openDatabase(databaseFile, dataKey, set.pageSize);
  try {
    return db.prepare('SELECT id, name, jurisdiction_state, jurisdiction_region FROM workspace_meta').get() as CoalitionRecord;
  } finally {
    db.close();
  }
}

describe('the workspace format, read by an independent implementation of docs/workspace-format.md', () => {
  it('the reader imports nothing of the app', () => {
    const source = fs.readFileSync(path.join(__dirname, 'support', 'independentWorkspaceReader.ts'), 'utf8');
    const imported = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(imported.sort()).toEqual(['better-sqlite3-multiple-ciphers', 'node:crypto', 'node:fs', 'node:path']);
  });

  it('opens a new workspace with its passphrase and with its recovery code, typed loosely', async () => {
    const t = testDesk();
    const { workspace, recoveryCode } = await createTestWorkspace(t, COALITION);
    await t.call('workspace.lock', {});

    const document = readKeySlotsDocument(workspace.path);
    expect(document.generation ?? 0).toBe(0);
    expect(document.database).toEqual({ cipher: 'sqlcipher', legacy: 4, pageSize: 16384 });
    const database = path.join(workspace.path, 'workspace.db');
    const set = slotSetFor(document, database);
    for (const slot of set.slots) {
      expect(slot.kdf).toMatchObject({ name: 'scrypt', ...FAST_TEST_SCRYPT_COST });
      expect(Buffer.from(slot.kdf.salt, 'base64')).toHaveLength(16);
    }

    const byPassphrase = unwrapDataKey(set, 'passphrase', PASSPHRASE);
    const loosely = recoveryCode.toLowerCase().replaceAll('-', ' ').replaceAll('1', 'l').replaceAll('0', 'o');
    const byRecoveryCode = unwrapDataKey(set, 'recovery', loosely);
    expect(byRecoveryCode.equals(byPassphrase)).toBe(true);
    expect(recoveryCodeText(loosely)).toBe(recoveryCode.replaceAll('-', ''));

    const record = readCoalition(database, byPassphrase, set);
    expect(record).toEqual({ id: document.workspaceId, name: COALITION, jurisdiction_state: 'Oregon', jurisdiction_region: 'Lane County' });
    expect(() => unwrapDataKey(set, 'passphrase', `${PASSPHRASE} `)).toThrow();
  });

  it('a passphrase is taken in Unicode NFC: a decomposed spelling opens what a composed one sealed', async () => {
    const t = testDesk();
    const composed = 'Café de la Paix, salle 2';
    const { workspace } = await t.call('workspace.create', {
      name: COALITION,
      jurisdiction: { state: 'Oregon', region: '' },
      passphrase: composed,
      location: null,
    });
    const folder = workspace.path;
    await t.call('workspace.lock', {});
    const set = slotSetFor(readKeySlotsDocument(folder), path.join(folder, 'workspace.db'));
    expect(unwrapDataKey(set, 'passphrase', composed.normalize('NFD'))).toHaveLength(32);
  });

  it('the additional data binds each slot to its workspace and kind: another AD does not open it', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t, COALITION);
    await t.call('workspace.lock', {});
    const set = slotSetFor(readKeySlotsDocument(workspace.path), path.join(workspace.path, 'workspace.db'));
    expect(() => unwrapDataKey({ ...set, workspaceId: `${set.workspaceId}x` }, 'passphrase', PASSPHRASE)).toThrow();
    const swapped = set.slots.map((slot) => ({ ...slot, kind: slot.kind === 'passphrase' ? ('recovery' as const) : ('passphrase' as const) }));
    expect(() => unwrapDataKey({ ...set, slots: swapped }, 'recovery', PASSPHRASE)).toThrow();
  });

  it('after a re-key: the new generation opens the file, the retired key opens a backup made before', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t, COALITION);
    const backup = await t.call('workspace.backupNow', {});
    const { recoveryCode } = await t.call('settings.changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE, reEncrypt: true });
    await t.call('workspace.lock', {});

    const document = readKeySlotsDocument(workspace.path);
    expect(document.generation).toBe(1);
    expect(document.pending).toBeUndefined();
    const database = path.join(workspace.path, 'workspace.db');
    const set = slotSetFor(document, database);
    const dataKey = unwrapDataKey(set, 'passphrase', NEW_PASSPHRASE);
    expect(unwrapDataKey(set, 'recovery', recoveryCode!).equals(dataKey)).toBe(true);
    expect(readCoalition(database, dataKey, set).name).toBe(COALITION);

    // The backup made before carries the generation-0 slots; the old passphrase opens them.
    const container = readBackupContainer(backup.file);
    expect(container.header).toMatchObject({ format: 'coalition-desk-backup', version: 1, reason: 'manual', payloadBytes: container.payload.length });
    expect(container.header.keySlots).not.toHaveProperty('retiredKeys');
    expect(container.header.keySlots).not.toHaveProperty('pending');
    const payload = path.join(tempDir(), 'payload.db');
    fs.writeFileSync(payload, container.payload);
    const backupSet = slotSetFor(container.header.keySlots, payload);
    expect(backupSet.generation).toBe(0);
    const oldKey = unwrapDataKey(backupSet, 'passphrase', PASSPHRASE);
    expect(readCoalition(payload, oldKey, backupSet).name).toBe(COALITION);

    // Whoever holds the new secrets gets the old key from the retired keys, without the old passphrase.
    expect(set.retiredKeys.map((entry) => entry.generation)).toEqual([0]);
    expect(unwrapRetiredKey(set, set.retiredKeys[0]!, dataKey).equals(oldKey)).toBe(true);
  });

  it('a backup says what it is: magic, big-endian header length, JSON header, checksummed payload', async () => {
    const t = testDesk();
    await createTestWorkspace(t, COALITION);
    const backup = await t.call('workspace.backupNow', {});
    const bytes = fs.readFileSync(backup.file);
    expect(bytes.subarray(0, 8).toString('ascii')).toBe('CDBACKUP');
    const container = readBackupContainer(backup.file);
    expect(12 + bytes.readUInt32BE(8) + container.header.payloadBytes).toBe(bytes.length);
    expect(Object.keys(container.header).sort()).toEqual([
      'createdAt',
      'format',
      'keySlots',
      'payloadBytes',
      'payloadSha256',
      'reason',
      'schemaVersion',
      'version',
    ]);

    const damaged = path.join(tempDir(), 'damaged.cdbackup');
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 1]! ^= 1;
    fs.writeFileSync(damaged, flipped);
    expect(() => readBackupContainer(damaged)).toThrow(/checksum/);
  });

  it('during an interrupted re-key, the database salt tells which slot set opens workspace.db', async () => {
    const parent = tempDir();
    const files = workspaceFiles(path.join(parent, 'Riverside.coalition'));
    const options = { kdfCost: FAST_TEST_SCRYPT_COST, profile: 'tester', now: () => new Date('2026-03-01T12:00:00Z') };
    const created = await createWorkspace(files, { name: COALITION, jurisdiction: { state: 'Oregon', region: '' }, passphrase: PASSPHRASE }, options);
    const { workspace } = created;
    // What a power cut would leave at two moments: copies of the whole folder taken there.
    const leftAt = new Map<RekeyStep, string>();
    const prepared = await prepareRekey(workspace, { passphrase: NEW_PASSPHRASE, recoveryCode: created.recoveryCode }, FAST_TEST_SCRYPT_COST);
    applyRekey(workspace, prepared, {
      ...options,
      audit: () => undefined,
      onStep: (step) => {
        if (step !== 'pending-written' && step !== 'swapped') return;
        const copy = path.join(parent, `at-${step}`);
        fs.cpSync(files.folder, copy, { recursive: true });
        leftAt.set(step, copy);
      },
    });
    closeWorkspace(workspace);

    for (const [step, folder, generation, passphrase] of [
      ['pending-written', leftAt.get('pending-written')!, 0, PASSPHRASE],
      ['swapped', leftAt.get('swapped')!, 1, NEW_PASSPHRASE],
    ] as const) {
      const document = readKeySlotsDocument(folder);
      expect(document.pending?.generation, step).toBe(1);
      const database = path.join(folder, 'workspace.db');
      expect(fileSalt(database) === document.pending!.databaseSalt, step).toBe(generation === 1);
      const set = slotSetFor(document, database);
      expect(set.generation, step).toBe(generation);
      expect(readCoalition(database, unwrapDataKey(set, 'passphrase', passphrase), set).name, step).toBe(COALITION);
    }
  });

  it('opens a workspace made with the app’s default scrypt cost (N = 2^17, r = 8, p = 1)', async () => {
    const dataDir = tempDir();
    const desk = createCoalitionDesk({ dataDir, host: browserHostServices, warmExportWorker: false });
    try {
      const created = await desk.router.invoke('workspace.create', {
        name: COALITION,
        jurisdiction: { state: 'Oregon', region: '' },
        passphrase: PASSPHRASE,
        location: null,
      });
      if (!created.ok) throw new Error(created.error.message);
      await desk.router.invoke('workspace.lock', {});
      const folder = (created.value as { workspace: { path: string } }).workspace.path;
      const set = slotSetFor(readKeySlotsDocument(folder), path.join(folder, 'workspace.db'));
      expect(set.slots.map((slot) => [slot.kdf.N, slot.kdf.r, slot.kdf.p])).toEqual([
        [131072, 8, 1],
        [131072, 8, 1],
      ]);
      expect(readCoalition(path.join(folder, 'workspace.db'), unwrapDataKey(set, 'passphrase', PASSPHRASE), set).name).toBe(COALITION);
    } finally {
      desk.close();
    }
  });

  it('the format strings are the documented ones', () => {
    expect(formatStrings.slotAd('W', 'passphrase')).toBe('coalition-desk/keyslot/v1/W/passphrase');
    expect(formatStrings.retiredAd('W', 3)).toBe('coalition-desk/retired-key/v1/W/3');
  });
});
