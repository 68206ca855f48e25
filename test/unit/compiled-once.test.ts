import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { compiledOnce } from '../../main/db/engine/compiledOnce';
import type { StorageExecutor } from '../../main/db/engine/storageEngine';
import { describeEachEngine } from './support/eachEngine';

/** A probe table shaped like the app's (the same SQL on both engines, whatever the migrations do). */
type Probe = { probe_orgs: { id: string; name: string; notes: string | null } };
const probe = (db: StorageExecutor) => db.withTables<Probe>();

const insertOrganization = compiledOnce((db, row: { id: string; name: string; notes: string }) => probe(db).insertInto('probe_orgs').values(row));

/** Organizations by ids, with the builder's own constant (`<> ''`) among the call's values. */
const organizationsWithIds = compiledOnce((db, { ids }: { ids: readonly string[] }) =>
  probe(db).selectFrom('probe_orgs').select(['id', 'name', 'notes']).where('id', 'in', ids).where('name', '<>', '').orderBy('id'),
);

/** A null value is part of the shape: the builder may ask for IS NULL instead of a parameter. */
const organizationsWithNotes = compiledOnce((db, { notes }: { notes: string | null }) =>
  probe(db)
    .selectFrom('probe_orgs')
    .select('id')
    .where('notes', notes === null ? 'is' : '=', notes)
    .orderBy('id'),
);

describeEachEngine('a query compiled once per shape', (subject) => {
  const db = () => subject.engine.db;
  beforeEach(async () => {
    await sql`CREATE TABLE probe_orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL, notes TEXT)`.execute(db());
  });
  async function seed(count: number): Promise<void> {
    for (let index = 0; index < count; index += 1) {
      const id = `org-${index}`;
      await insertOrganization(db(), { id, name: `Agency ${index}`, notes: index % 2 ? 'odd' : '' });
    }
  }

  it('binds each call’s own values into the same SQL, for lists of any length', async () => {
    await seed(6);
    expect(await organizationsWithIds(db(), { ids: ['org-1', 'org-3'] })).toEqual([
      { id: 'org-1', name: 'Agency 1', notes: 'odd' },
      { id: 'org-3', name: 'Agency 3', notes: 'odd' },
    ]);
    // The same shape again with other values, then another length: each answer is its own.
    expect((await organizationsWithIds(db(), { ids: ['org-0', 'org-2'] })).map((row) => row.id)).toEqual(['org-0', 'org-2']);
    expect((await organizationsWithIds(db(), { ids: ['org-5', 'org-4', 'org-0'] })).map((row) => row.id)).toEqual(['org-0', 'org-4', 'org-5']);
    expect(await organizationsWithIds(db(), { ids: ['nobody'] })).toEqual([]);
  });

  it('gives the same rows as the query built afresh, on a value that looks like SQL', async () => {
    await seed(2);
    const hostile = "x' OR '1'='1";
    await insertOrganization(db(), { id: hostile, name: hostile, notes: hostile });
    const fresh = await probe(db()).selectFrom('probe_orgs').select(['id', 'name', 'notes']).where('id', 'in', [hostile]).execute();
    expect(await organizationsWithIds(db(), { ids: [hostile] })).toEqual(fresh);
    expect(fresh).toHaveLength(1);
  });

  it('takes which values are null as part of the shape', async () => {
    await seed(4);
    await sql`UPDATE probe_orgs SET notes = 'kept' WHERE id = 'org-0'`.execute(db());
    expect(await organizationsWithNotes(db(), { notes: 'odd' })).toEqual([{ id: 'org-1' }, { id: 'org-3' }]);
    expect(await organizationsWithNotes(db(), { notes: 'kept' })).toEqual([{ id: 'org-0' }]);
    expect(await organizationsWithNotes(db(), { notes: null })).toEqual([]);
  });

  it('runs inside a transaction, which rolls back what it wrote', async () => {
    await expect(
      subject.engine.transaction(async (trx) => {
        await insertOrganization(trx, { id: 'org-t', name: 'Inside', notes: '' });
        expect(await organizationsWithIds(trx, { ids: ['org-t'] })).toHaveLength(1);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await organizationsWithIds(db(), { ids: ['org-t'] })).toEqual([]);
  });

  it('refuses a builder that computes with a value instead of placing it', async () => {
    const computed = compiledOnce((db, { name }: { name: string }) => probe(db).selectFrom('probe_orgs').select('id').where('name', 'like', `${name}%`));
    await expect(computed(db(), { name: 'Agency' })).rejects.toThrow(/changed on its way into the query/);
    const dropped = compiledOnce((db, { name }: { name: string }) =>
      probe(db)
        .selectFrom('probe_orgs')
        .select('id')
        .where('name', '=', name.length > 0 ? 'Agency' : ''),
    );
    await expect(dropped(db(), { name: 'Agency' })).rejects.toThrow(/"name" is not placed into the query/);
  });
});
