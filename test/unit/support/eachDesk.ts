// Runs a suite of service tests through the real router on both storage engines: a new encrypted workspace, and a
// new PostgreSQL database (copied from the run's migrated template) opened as a server database. The engine's name is
// in the suite's name, which is how test/support/engineCountReporter.ts counts the runs.
import { uuidv7 } from 'uuidv7';
import { afterEach, beforeEach, describe } from 'vitest';
import { createPostgresPool } from '../../../main/db/engine/postgresPool';
import { type StorageDialect, type StorageEngine, postgresEngine } from '../../../main/db/engine/storageEngine';
import { ENGINE_TAGS } from '../../support/engineTags';
import { DIALECTS } from './eachEngine';
import { freshPostgresDatabase } from './postgresDatabase';
import { type TestDesk, createTestWorkspace, testDesk } from './testDesk';

export interface DeskUnderTest {
  readonly dialect: StorageDialect;
  /** This test's desk, its coalition open (valid inside tests and hooks). */
  readonly t: TestDesk;
  /** The PostgreSQL engine the desk runs on; null on SQLCipher, where the workspace is reached through channels. */
  readonly serverEngine: StorageEngine | null;
}

export const TEST_COALITION = 'Riverside Youth Safety Coalition';

/** `describe(name)` once per engine, each test with a new desk whose coalition is open. */
export function describeEachDesk(name: string, body: (subject: DeskUnderTest) => void): void {
  for (const dialect of DIALECTS) {
    describe(`${name} ${ENGINE_TAGS[dialect]}`, () => {
      let opened: { t: TestDesk; serverEngine: StorageEngine | null } | null = null;
      beforeEach(async () => {
        opened = dialect === 'sqlcipher' ? await workspaceDesk() : await serverDesk();
      });
      afterEach(async () => {
        // The desk first (testDesk.ts closes it again, harmlessly): its background reader of document texts stops
        // before the pool ends under it. The desk ends its pool on close; waiting for it here keeps the file's
        // DROP DATABASE from cutting connections that are still ending.
        opened?.t.desk.close();
        await opened?.serverEngine?.close();
        opened = null;
      });
      const current = () => {
        if (!opened) throw new Error('The desk exists only inside a test or hook.');
        return opened;
      };
      body({
        dialect,
        get t() {
          return current().t;
        },
        get serverEngine() {
          return current().serverEngine;
        },
      });
    });
  }
}

async function workspaceDesk() {
  const t = testDesk();
  await createTestWorkspace(t, TEST_COALITION);
  return { t, serverEngine: null };
}

/** testDesk closes the desk after the test, and the desk ends the pool. */
async function serverDesk() {
  const database = await freshPostgresDatabase('migrated');
  const serverEngine = postgresEngine(createPostgresPool(database.connectionString, { max: 4 }));
  const at = new Date('2026-03-01T12:00:00Z').toISOString();
  await serverEngine.db
    .insertInto('workspace_meta')
    .values({ id: uuidv7(), name: TEST_COALITION, jurisdiction_state: 'Oregon', jurisdiction_region: 'Lane County', created_at: at, updated_at: at })
    .execute();
  return { t: testDesk(undefined, undefined, { serverDatabase: serverEngine }), serverEngine };
}
