// Where SQLite and PostgreSQL differ, the storage layer gives the app one behaviour: each difference is checked on
// both engines. The tables here are small probes shaped like the app's (same SQL on both), so these tests do not
// depend on the PostgreSQL translation of the migrations.
import { type Generated, sql } from 'kysely';
import { expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { jsonTextField, nameOrder } from '../../main/db/engine/dialectSql';
import type { StorageEngine } from '../../main/db/engine/storageEngine';
import { describeEachEngine } from './support/eachEngine';

type ProbeTables = {
  probe_people: { id: string; name: string; email: Generated<string> };
  probe_members: { id: string; organization_id: string; representative_role: string; archived_at: string | null };
  probe_audit: { id: string; changes: string };
  probe_counters: { id: string; value: number };
  probe_meetings: { id: string; starts_at: string; time_zone: string; starts_at_utc: string; due_on: string | null };
};

const probe = (engine: StorageEngine) => engine.db.withTables<ProbeTables>();

async function createProbeTables(engine: StorageEngine): Promise<void> {
  for (const statement of [
    sql`CREATE TABLE probe_people (id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '')`,
    // Case-insensitive uniqueness of emails, as an expression index both engines understand; empty means "none".
    sql`CREATE UNIQUE INDEX probe_people_email ON probe_people (lower(email)) WHERE email <> ''`,
    sql`CREATE TABLE probe_members (id TEXT PRIMARY KEY, organization_id TEXT NOT NULL, representative_role TEXT NOT NULL, archived_at TEXT)`,
    // The app's members_one_active_primary (migration 0020), verbatim.
    sql`CREATE UNIQUE INDEX probe_members_one_active_primary ON probe_members (organization_id) WHERE representative_role = 'primary' AND archived_at IS NULL`,
    sql`CREATE TABLE probe_audit (id TEXT PRIMARY KEY, changes TEXT NOT NULL DEFAULT '{}')`,
    sql`CREATE TABLE probe_counters (id TEXT PRIMARY KEY, value INTEGER NOT NULL)`,
    // As the app's meetings: wall-clock start in its zone, the same instant in UTC for ordering, dates as ISO text.
    sql`CREATE TABLE probe_meetings (id TEXT PRIMARY KEY, starts_at TEXT NOT NULL, time_zone TEXT NOT NULL, starts_at_utc TEXT NOT NULL, due_on TEXT)`,
  ]) {
    await statement.execute(engine.db);
  }
}

async function conflictOf(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: 'CONFLICT' });
  return error as AppError;
}

/** Two parties wait for each other here, so both have read before either writes. */
function meetingPoint(parties: number): () => Promise<void> {
  let arrived = 0;
  let release: () => void = () => undefined;
  const allHere = new Promise<void>((resolve) => (release = resolve));
  return () => {
    arrived += 1;
    if (arrived === parties) release();
    return allHere;
  };
}

describeEachEngine('engine differences', (subject) => {
  it('sorts names with accents and capitals as people expect', async () => {
    const { engine, dialect } = subject;
    await createProbeTables(engine);
    const names = ['Zoe', 'Émile', 'alba', 'Muñoz', 'Alba', 'Álvaro', 'eve', 'Munoz', 'Øyvind', 'oscar', 'Łucja', 'luis'];
    await probe(engine)
      .insertInto('probe_people')
      .values(names.map((name, index) => ({ id: `p${index}`, name })))
      .execute();
    const sorted = await probe(engine)
      .selectFrom('probe_people')
      .select('name')
      .orderBy(nameOrder(dialect, sql.ref('name')))
      .execute();
    expect(sorted.map((row) => row.name)).toEqual(['alba', 'Alba', 'Álvaro', 'Émile', 'eve', 'Łucja', 'luis', 'Munoz', 'Muñoz', 'oscar', 'Øyvind', 'Zoe']);
  });

  it('refuses a second person with the same email in other capitals, as CONFLICT', async () => {
    const { engine } = subject;
    await createProbeTables(engine);
    const people = probe(engine);
    await people.insertInto('probe_people').values({ id: 'a', name: 'Maria', email: 'Maria.Lopez@Example.org' }).execute();
    await people
      .insertInto('probe_people')
      .values([
        { id: 'b', name: 'No email' },
        { id: 'c', name: 'No email either' },
      ])
      .execute();
    await conflictOf(
      engine.transaction((trx) =>
        trx.withTables<ProbeTables>().insertInto('probe_people').values({ id: 'd', name: 'Maria L', email: 'maria.lopez@EXAMPLE.ORG' }).execute(),
      ),
    );
    const emails = await people.selectFrom('probe_people').select('email').where('email', '<>', '').execute();
    expect(emails).toEqual([{ email: 'Maria.Lopez@Example.org' }]);
  });

  it('keeps one active primary representative per organization, and lets an archived one be replaced', async () => {
    const { engine } = subject;
    await createProbeTables(engine);
    const insert = (id: string, organization: string, role: string) =>
      engine.transaction((trx) =>
        trx
          .withTables<ProbeTables>()
          .insertInto('probe_members')
          .values({ id, organization_id: organization, representative_role: role, archived_at: null })
          .execute(),
      );
    await insert('m1', 'org-a', 'primary');
    await insert('m2', 'org-a', 'alternate');
    await insert('m3', 'org-b', 'primary');
    await conflictOf(insert('m4', 'org-a', 'primary'));
    await probe(engine).updateTable('probe_members').set({ archived_at: '2026-03-01T12:00:00.000Z' }).where('id', '=', 'm1').execute();
    await insert('m5', 'org-a', 'primary');
    const primaries = await probe(engine)
      .selectFrom('probe_members')
      .select('id')
      .where('representative_role', '=', 'primary')
      .where('archived_at', 'is', null)
      .orderBy('id')
      .execute();
    expect(primaries.map((row) => row.id)).toEqual(['m3', 'm5']);
  });

  it('stores JSON as text that reads back the same and can be filtered by a field', async () => {
    const { engine, dialect } = subject;
    await createProbeTables(engine);
    const changes = [
      { name: { from: 'Muñoz', to: 'Muñoz-Ortiz' }, note: 'line\nbreak "quoted" \\ back' },
      { name: { from: 'A', to: 'B' }, emoji: '🧭', count: 3 },
      { status: 'archived' },
    ];
    await probe(engine)
      .insertInto('probe_audit')
      .values(changes.map((change, index) => ({ id: `a${index}`, changes: JSON.stringify(change) })))
      .execute();
    const stored = await probe(engine).selectFrom('probe_audit').select(['id', 'changes']).orderBy('id').execute();
    expect(stored.map((row) => JSON.parse(row.changes))).toEqual(changes);
    const archived = await probe(engine)
      .selectFrom('probe_audit')
      .select('id')
      .where(jsonTextField(dialect, sql.ref('changes'), 'status'), '=', 'archived')
      .execute();
    expect(archived).toEqual([{ id: 'a2' }]);
    expect(() => jsonTextField(dialect, sql.ref('changes'), "x') OR 1=1 --")).toThrow(/plain JSON field/);
  });

  it('keeps dates and instants as the text the app wrote, ordered by the UTC instant whatever the server time zone', async () => {
    const { engine, dialect } = subject;
    await createProbeTables(engine);
    // Around the US spring-forward night and a half-hour zone; the local clock order differs from the real order.
    const meetings = [
      { id: 'kolkata', starts_at: '2026-03-08T15:00', time_zone: 'Asia/Kolkata', starts_at_utc: '2026-03-08T09:30:00.000Z', due_on: '2026-03-08' },
      { id: 'denver-after', starts_at: '2026-03-08T03:30', time_zone: 'America/Denver', starts_at_utc: '2026-03-08T09:30:00.001Z', due_on: '2026-03-09' },
      { id: 'la-before', starts_at: '2026-03-08T01:59', time_zone: 'America/Los_Angeles', starts_at_utc: '2026-03-08T09:59:00.000Z', due_on: null },
      { id: 'la-after', starts_at: '2026-03-08T03:00', time_zone: 'America/Los_Angeles', starts_at_utc: '2026-03-08T10:00:00.000Z', due_on: '2026-02-28' },
    ];
    await engine.transaction(async (trx) => {
      // A PostgreSQL server's own zone must change nothing the app stores or reads.
      if (dialect === 'postgres') await sql`SET LOCAL TIME ZONE 'Pacific/Chatham'`.execute(trx);
      await trx.withTables<ProbeTables>().insertInto('probe_meetings').values(meetings).execute();
    });
    const ordered = await probe(engine).selectFrom('probe_meetings').selectAll().orderBy('starts_at_utc').execute();
    expect(ordered).toEqual(meetings);
    const dueByMarch = await probe(engine).selectFrom('probe_meetings').select('id').where('due_on', '<=', '2026-03-08').orderBy('due_on').execute();
    expect(dueByMarch.map((row) => row.id)).toEqual(['la-after', 'kolkata']);
  });

  it('never loses an update when two writers change the same row at once', async () => {
    const { engine, dialect } = subject;
    await createProbeTables(engine);
    await probe(engine).insertInto('probe_counters').values({ id: 'c', value: 0 }).execute();
    // PostgreSQL runs the two at once; both read before either writes. The SQLCipher connection runs one
    // transaction after the other (one writer), so there they cannot meet in the middle.
    const bothHaveRead = dialect === 'postgres' ? meetingPoint(2) : () => Promise.resolve();
    const increment = () =>
      engine.transaction(async (trx) => {
        const counters = trx.withTables<ProbeTables>();
        const { value } = await counters.selectFrom('probe_counters').select('value').where('id', '=', 'c').executeTakeFirstOrThrow();
        await bothHaveRead();
        await counters
          .updateTable('probe_counters')
          .set({ value: value + 1 })
          .where('id', '=', 'c')
          .execute();
      });
    const outcomes = await Promise.allSettled([increment(), increment()]);
    const succeeded = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ name: 'AppError', code: 'CONFLICT' });
    }
    const { value } = await probe(engine).selectFrom('probe_counters').select('value').where('id', '=', 'c').executeTakeFirstOrThrow();
    expect(value).toBe(succeeded);
    expect(succeeded).toBe(dialect === 'postgres' ? 1 : 2);
  });
});
