import { describe, expect, it } from 'vitest';
import { createPostgresPool } from '../../main/db/engine/postgresPool';
import { postgresEngine } from '../../main/db/engine/storageEngine';
import { parseDatabaseUrl } from '../../main/db/server/databaseUrl';
import { prepareServerDatabase } from '../../main/db/server/prepareServerDatabase';
import { SAMPLE_COALITION } from '../../main/sample/sampleOrganizations';
import { loadSampleAtStart } from '../../main/web/loadSampleAtStart';
import { parseWebArgs } from '../../main/web/webArgs';
import { freshPostgresDatabase } from './support/postgresDatabase';
import { testDesk } from './support/testDesk';

describe('--sample', () => {
  it('goes with --database only, and instead of --coalition', () => {
    expect(parseWebArgs(['--database', 'postgres://ann@db.example.org/coalition', '--sample'])).toMatchObject({ sample: true, coalitionName: undefined });
    expect(parseWebArgs(['--database', 'postgres://ann@db.example.org/coalition']).sample).toBe(false);
    expect(() => parseWebArgs(['--sample'])).toThrow(/--sample loads the sample coalition into a new --database/);
    expect(() => parseWebArgs(['--database', 'postgres://ann@h/db', '--sample', '--coalition', 'Lane'])).toThrow(/leave out --coalition/);
  });

  it('creates the sample coalition in a new database and loads its records once; a second start opens them as they are', async () => {
    const database = await freshPostgresDatabase('empty');
    const target = parseDatabaseUrl(database.connectionString);
    await prepareServerDatabase(target, { coalitionName: SAMPLE_COALITION.name });
    const engine = postgresEngine(createPostgresPool(target.url, { max: 2 }));
    const t = testDesk(undefined, undefined, { serverDatabase: engine, serverDatabaseAddress: target.address });
    try {
      const said: string[] = [];
      await loadSampleAtStart(t.desk.router, (line) => said.push(line));
      expect(said[1]).toMatch(
        /^Loaded the sample coalition in [\d.]+ s: 40 organizations, \d+ members, 13 meetings, 24 action items, 5 protocols and agreements, 8 trainings\.$/,
      );
      const { session } = await t.call('app.status', {});
      expect(session).toMatchObject({
        state: 'unlocked',
        storage: 'postgres',
        workspace: { name: SAMPLE_COALITION.name, jurisdiction: SAMPLE_COALITION.jurisdiction },
      });

      const again: string[] = [];
      await loadSampleAtStart(t.desk.router, (line) => again.push(line));
      expect(again[1]).toMatch(
        /^The sample coalition was not loaded: this coalition already holds records \(40 organizations, \d+ members, 13 meetings\).*Nothing was changed\./,
      );
      expect((await t.call('meetings.list', {})).length).toBe(13);
    } finally {
      t.desk.close();
      await engine.close();
    }
  }, 240_000);
});
