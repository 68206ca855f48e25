import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { BackupCheckFindings } from '../backup/checkBackupCopy';
import { extractPayload, verifyBackupChecksum } from '../backup/readBackup';
import { checkIntegrity } from '../db/integrity';
import { schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { type Db, openEncryptedDatabase } from '../db/openDatabase';
import type { KeySlotsFile, SlotKind } from './keySlots';
import { unlockDataKey } from './unlockDataKey';
import { type WorkspaceFiles, workspaceFiles } from './workspaceFiles';

export interface VerifyReport {
  ok: boolean;
  schemaVersion: number;
  pageCount: number;
  problems: string[];
}

export interface Secret {
  kind: SlotKind;
  value: string;
}

/** Opens read-only with the secret and runs both integrity checks. Changes nothing, migrates nothing. */
export async function verifyWorkspaceFolder(files: WorkspaceFiles, secret: Secret, nativeBinding?: string): Promise<VerifyReport> {
  const { dataKey, keySlots } = await unlockDataKey(files, secret.kind, secret.value);
  try {
    return withReadOnly(files.database, dataKey, keySlots, nativeBinding, inspect);
  } finally {
    dataKey.fill(0);
  }
}

/** Checks a backup's checksum, then opens a temporary copy of its database and checks it page by page. */
export async function verifyBackupFile(file: string, secret: Secret, nativeBinding?: string): Promise<VerifyReport> {
  const layout = verifyBackupChecksum(file);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-verify-'));
  try {
    const files = workspaceFiles(path.join(scratch, 'verify.coalition'));
    fs.mkdirSync(files.folder);
    fs.writeFileSync(files.keySlots, JSON.stringify(layout.header.keySlots), { mode: 0o600 });
    const { dataKey, keySlots } = await unlockDataKey(files, secret.kind, secret.value);
    extractPayload(file, layout, files.database);
    try {
      return withReadOnly(files.database, dataKey, keySlots, nativeBinding, inspect);
    } catch {
      throw new AppError('WORKSPACE_DAMAGED', 'This backup cannot be used: the key opens it but its database cannot be read.');
    } finally {
      dataKey.fill(0);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function withReadOnly<T>(file: string, dataKey: Buffer, keySlots: KeySlotsFile, nativeBinding: string | undefined, use: (db: Db) => T): T {
  const db = openEncryptedDatabase(file, dataKey, keySlots.database, { nativeBinding, readonly: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

function inspect(db: Db): VerifyReport {
  return verifyReportOf({ integrity: checkIntegrity(db), schemaVersion: schemaVersion(db), pageCount: db.pragma('page_count', { simple: true }) as number });
}

/** The report on what the checks found, with a schema newer than this app counted as a problem. */
export function verifyReportOf(findings: BackupCheckFindings): VerifyReport {
  const problems = [...findings.integrity.problems];
  const version = findings.schemaVersion;
  if (version > LATEST_SCHEMA_VERSION) problems.push(`Schema version ${version} is newer than this app (${LATEST_SCHEMA_VERSION}).`);
  return { ok: problems.length === 0, schemaVersion: version, pageCount: findings.pageCount, problems };
}

/** One calm sentence on what a verification checked and found, shared by Settings, the recovery screen and the CLI. */
export function describeVerification(report: VerifyReport, secretKind: SlotKind): string {
  const secret = secretKind === 'recovery' ? 'the recovery code' : 'the passphrase';
  if (report.ok) {
    return `This backup is sound: its checksum matches, ${secret} opens it, and its database passed SQLite's integrity checks. Nothing was restored.`;
  }
  return `This backup opens with ${secret} but its database failed SQLite's integrity checks (${report.problems.join(' ')}). Do not rely on it. Nothing was restored.`;
}
