import crypto from 'node:crypto';
import fs from 'node:fs';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../shared/errors';
import { recordAudit } from '../db/auditRepository';
import { migrate } from '../db/migrate';
import { TIME_ZONE_KEY } from '../db/meetingSettings';
import { migrations } from '../db/migrations';
import { DEFAULT_CIPHER, openEncryptedDatabase } from '../db/openDatabase';
import { writeSetting } from '../db/settingsRepository';
import { insertWorkspaceMeta } from '../db/workspaceMetaRepository';
import { createPrivateFile } from '../fs/privateFile';
import type { ScryptCost } from './kdf';
import { DATA_KEY_BYTES, type DatabaseCipher, type KeySlotsFile, sealSlot, writeKeySlots } from './keySlots';
import { type OpenWorkspace, type OpenWorkspaceOptions, openWorkspace } from './openWorkspace';
import { generateRecoveryCode } from './recoveryCodeGenerator';
import { secretForSlot } from './unlockDataKey';
import type { WorkspaceFiles } from './workspaceFiles';

export interface NewWorkspace {
  name: string;
  jurisdiction: { state: string; region: string };
  passphrase: string;
  /** The zone new meetings start in, as the computer creating the workspace reports it; null keeps the host's. */
  timeZone?: string | null;
}

export interface CreateOptions extends OpenWorkspaceOptions {
  kdfCost: ScryptCost;
  profile: string;
  /** Defaults to DEFAULT_CIPHER; the bench compares page sizes through this. */
  cipher?: DatabaseCipher;
}

/**
 * Makes a new workspace folder: random data key, database created and migrated, coalition record
 * written, key slots sealed. On any failure the half-made folder is removed, never left behind.
 */
export async function createWorkspace(
  files: WorkspaceFiles,
  input: NewWorkspace,
  options: CreateOptions,
): Promise<{ workspace: OpenWorkspace; recoveryCode: string }> {
  if (fs.existsSync(files.folder)) {
    throw new AppError('CONFLICT', 'A workspace with this name already exists in that folder.', {
      fieldErrors: { location: ['Choose another folder or another coalition name.'] },
    });
  }
  const workspaceId = uuidv7();
  const dataKey = crypto.randomBytes(DATA_KEY_BYTES);
  const recoveryCode = generateRecoveryCode();
  const keySlots: KeySlotsFile = {
    format: 'coalition-desk-keyslots',
    version: 1,
    workspaceId,
    database: options.cipher ?? DEFAULT_CIPHER,
    slots: [
      await sealSlot('passphrase', input.passphrase, dataKey, workspaceId, options.kdfCost),
      await sealSlot('recovery', secretForSlot('recovery', recoveryCode), dataKey, workspaceId, options.kdfCost),
    ],
    updatedAt: options.now().toISOString(),
  };

  // Not recursive: the caller has checked and made the parent (workspace/folderRules.ts).
  fs.mkdirSync(files.folder, { mode: 0o700 });
  try {
    fs.mkdirSync(files.backups, { mode: 0o700 });
    initialiseDatabase(files, keySlots, dataKey, input, workspaceId, options);
    writeKeySlots(files.keySlots, keySlots);
    return { workspace: openWorkspace(files, keySlots, Buffer.from(dataKey), options), recoveryCode };
  } catch (error) {
    fs.rmSync(files.folder, { recursive: true, force: true });
    throw error;
  } finally {
    dataKey.fill(0);
  }
}

function initialiseDatabase(
  files: WorkspaceFiles,
  keySlots: KeySlotsFile,
  dataKey: Buffer,
  input: NewWorkspace,
  workspaceId: string,
  options: CreateOptions,
): void {
  createPrivateFile(files.database);
  const db = openEncryptedDatabase(files.database, dataKey, keySlots.database, { nativeBinding: options.nativeBinding });
  try {
    migrate(db, migrations, { backupBeforeMigrating: () => undefined });
    const at = options.now().toISOString();
    db.transaction(() => {
      insertWorkspaceMeta(db, {
        id: workspaceId,
        name: input.name,
        jurisdictionState: input.jurisdiction.state,
        jurisdictionRegion: input.jurisdiction.region,
        createdAt: at,
      });
      recordAudit(
        db,
        {
          profile: options.profile,
          entity: 'workspace',
          entityId: workspaceId,
          action: 'created',
          changes: { name: input.name, jurisdiction: input.jurisdiction },
        },
        at,
      );
      if (input.timeZone) writeSetting(db, TIME_ZONE_KEY, input.timeZone, at);
    })();
  } finally {
    db.close();
  }
}
