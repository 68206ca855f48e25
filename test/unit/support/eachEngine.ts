// Runs a suite on both storage engines: a real encrypted SQLCipher database with the app's migrations, and a fresh
// PostgreSQL database copied from the run's template (postgresGlobalSetup.ts). Each test gets a new one of each.
// The engine's name is in the suite's name, which is how test/support/engineCountReporter.ts counts the runs.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe } from 'vitest';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { DEFAULT_CIPHER, openEncryptedDatabase } from '../../../main/db/openDatabase';
import { createPostgresPool } from '../../../main/db/engine/postgresPool';
import { postgresEngine, sqlcipherEngine, type StorageDialect, type StorageEngine } from '../../../main/db/engine/storageEngine';
import { ENGINE_TAGS } from '../../support/engineTags';
import { freshPostgresDatabase } from './postgresDatabase';

export const DIALECTS: readonly StorageDialect[] = ['sqlcipher', 'postgres'];

export interface EngineUnderTest {
  readonly dialect: StorageDialect;
  /** This test's engine (valid inside tests and hooks). */
  readonly engine: StorageEngine;
}

interface OpenedEngine {
  engine: StorageEngine;
  dispose(): Promise<void>;
}

/** `describe(name)` once per engine, each test with a fresh database of that engine. */
export function describeEachEngine(name: string, body: (subject: EngineUnderTest) => void): void {
  for (const dialect of DIALECTS) {
    describe(`${name} ${ENGINE_TAGS[dialect]}`, () => {
      let opened: OpenedEngine | null = null;
      beforeEach(async () => {
        opened = await openTestEngine(dialect);
      });
      afterEach(async () => {
        await opened?.dispose();
        opened = null;
      });
      body({
        dialect,
        get engine() {
          if (!opened) throw new Error('The engine exists only inside a test or hook.');
          return opened.engine;
        },
      });
    });
  }
}

export async function openTestEngine(dialect: StorageDialect): Promise<OpenedEngine> {
  return dialect === 'sqlcipher' ? openSqlcipherTestEngine() : openPostgresTestEngine();
}

function openSqlcipherTestEngine(): OpenedEngine {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-engine-'));
  const database = openEncryptedDatabase(path.join(folder, 'workspace.db'), randomBytes(32), DEFAULT_CIPHER);
  migrate(database, migrations, { backupBeforeMigrating: () => undefined });
  const engine = sqlcipherEngine(database);
  return {
    engine,
    async dispose() {
      await engine.close();
      database.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function openPostgresTestEngine(): Promise<OpenedEngine> {
  const database = await freshPostgresDatabase();
  const engine = postgresEngine(createPostgresPool(database.connectionString, { max: 4 }));
  return { engine, dispose: () => engine.close() };
}
