import { describe, expect, it } from 'vitest';
import { type ActionQuery, actionQuerySchema } from '../../shared/contract';
import { queryActionItems } from '../../main/db/actionItemQuery';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import type { Db } from '../../main/db/openDatabase';
import { dueDatesOn } from '../../main/services/actionItemsDueDates';
import { coalitionWithItems } from './support/actionItemRows';
import { deskWithItems } from './support/deskActionItems';
import { withStoredDatabase } from './support/directoryInputs';
import { describeEachDesk } from './support/eachDesk';

const due = dueDatesOn('2026-03-04');

/** Every statement a list query prepares through a storage engine over `db`, but the rows read by id, with its plan (each parameter bound to null: the plan does not depend on values). */
async function statementsOf(db: Db, query: ActionQuery): Promise<Array<{ sql: string; plan: string }>> {
  const statements: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    statements.push(sql);
    return prepare(sql);
  }) as Db['prepare'];
  try {
    await queryActionItems(sqlcipherEngine(db).db, actionQuerySchema.parse(query), due);
  } finally {
    db.prepare = prepare;
  }
  return statements
    .filter((sql) => !/"a"\."id" in \(/.test(sql))
    .map((sql) => {
      const params = [...sql.matchAll(/\?/g)].map(() => null);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((step) => step.detail).join('\n');
      return { sql, plan };
    });
}

/** The coalition's 8 items and 60 more, one in three about a runaway shelter, due dates spread (some none). */
async function withManyItems<Coalition extends Awaited<ReturnType<typeof deskWithItems>>>(coalition: Coalition): Promise<Coalition> {
  const { t, members } = coalition;
  const owners = [members.rosa.id, members.ben.id, null];
  for (let index = 0; index < 60; index += 1) {
    const dueOn = index % 7 === 0 ? null : `2026-0${1 + (index % 9)}-${String(10 + (index % 17)).padStart(2, '0')}`;
    const title = index % 3 === 0 ? `Call the runaway shelter, round ${index}` : `Order supplies, batch ${index}`;
    await t.call('actions.create', { title, ownerId: owners[index % 3]!, dueOn, status: index % 5 === 0 ? 'done' : 'open' });
  }
  return coalition;
}

describe('the text filter of a word many items share (issue 11)', () => {
  it('counts from the full-text index alone and reads a page along the due-date index, sorting nothing', async () => {
    const { t, workspace } = await withManyItems(await coalitionWithItems());
    await withStoredDatabase(t, workspace.path, async (db) => {
      const statements = await statementsOf(db, { text: 'runaway', limit: 5 });
      const counts = statements.filter(({ sql }) => /count\(\*\)/.test(sql) && sql.includes('MATCH'));
      expect(counts.length, 'the total').toBe(1);
      expect(counts[0]!.sql, 'no item is read to count').not.toMatch(/action_items\b/);
      const pageReads = statements.filter(({ sql }) => sql.includes('ORDER BY'));
      expect(pageReads.length).toBeGreaterThan(0);
      for (const { sql, plan } of pageReads) {
        expect(plan, sql).toMatch(/action_items_by_due_id/);
        expect(plan, sql).not.toMatch(/TEMP B-TREE/);
      }
    });
  });
});

describe('the next pages of a search (issue 11)', () => {
  it('read the kept matches of the search, not the full-text index again, along the due-date index', async () => {
    const { t, workspace } = await withManyItems(await coalitionWithItems());
    await withStoredDatabase(t, workspace.path, async (db) => {
      const query = { text: 'runaway', limit: 5 } satisfies ActionQuery;
      const pageAfter = async (after: string | null) =>
        (await queryActionItems(sqlcipherEngine(db).db, actionQuerySchema.parse({ ...query, after }), due)).next;
      const second = await pageAfter(null);
      const fillingStatements = await statementsOf(db, { ...query, after: second });
      expect(fillingStatements.filter(({ sql }) => sql.includes('MATCH')).length, 'the matches are read once, when paging starts').toBe(1);
      const third = await pageAfter(second);
      expect(third).not.toBeNull();
      const statements = await statementsOf(db, { ...query, after: third });
      expect(
        statements.filter(({ sql }) => sql.includes('MATCH')),
        'no full-text read',
      ).toEqual([]);
      const pageReads = statements.filter(({ sql }) => sql.includes('ORDER BY'));
      expect(pageReads.length).toBeGreaterThan(0);
      for (const { sql, plan } of pageReads) {
        expect(plan, sql).toMatch(/action_items_by_due_id/);
        expect(plan, sql).toMatch(/SEARCH k (EXISTS )?USING INTEGER PRIMARY KEY/);
        expect(plan, sql).not.toMatch(/TEMP B-TREE|LIST SUBQUERY/);
      }
    });
  });
});

describeEachDesk('the text filter of a word many items share pages like any other', (subject) => {
  it('pages by cursor in the order and with the total of one long read, for both directions and "my items first"', async () => {
    const { t, members } = await withManyItems(await deskWithItems(subject));
    for (const text of ['runaway', 'shelter', 'batch', 'round 42']) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const mineFirst of [null, members.rosa.id]) {
          const query = { text, sort: { field: 'dueOn', direction }, mineFirst } satisfies ActionQuery;
          const whole = await t.call('actions.query', { ...query, limit: 500 });
          const byOffset = await t.call('actions.query', { ...query, limit: 500, offset: 0, groupBy: 'owner' });
          expect(whole.total).toBe(byOffset.total);
          const paged: string[] = [];
          let after: string | null = null;
          do {
            const page: Awaited<ReturnType<typeof t.call<'actions.query'>>> = await t.call('actions.query', { ...query, limit: 4, after });
            expect(page.total).toBe(whole.total);
            paged.push(...page.rows.map((row) => row.id));
            after = page.next;
          } while (after !== null);
          expect(paged, `${text} ${direction}${mineFirst ? ', mine first' : ''}`).toEqual(whole.rows.map((row) => row.id));
          expect(new Set(paged).size).toBe(whole.total);
        }
      }
    }
    expect((await t.call('actions.query', { text: 'runaway' })).total).toBe(20);
    expect((await t.call('actions.query', { text: 'runaway', statuses: ['done'] })).total).toBe(4);
  });

  it('shows an item written between two pages of a search, and forgets one that no longer matches', async () => {
    const { t } = await withManyItems(await deskWithItems(subject));
    const query = { text: 'runaway', limit: 4 } satisfies ActionQuery;
    const first = await t.call('actions.query', query);
    const second = await t.call('actions.query', { ...query, after: first.next });
    expect(second.total).toBe(20);
    const early = await t.call('actions.create', { title: 'Runaway shelter tour, first of all', ownerId: null, dueOn: '2025-01-01', status: 'open' });
    const afterWrite = await t.call('actions.query', { ...query, after: second.next });
    expect(afterWrite.total).toBe(21);
    await t.call('actions.update', {
      id: early.id,
      title: 'Shelter tour, first of all',
      details: '',
      ownerId: null,
      dueOn: '2025-01-01',
      priority: early.priority,
    });
    const third = await t.call('actions.query', { ...query, after: afterWrite.next });
    expect(third.total).toBe(20);
    const everyPage: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof t.call<'actions.query'>>> = await t.call('actions.query', { ...query, after });
      everyPage.push(...page.rows.map((row) => row.id));
      after = page.next;
    } while (after !== null);
    expect(everyPage).not.toContain(early.id);
    expect(everyPage).toHaveLength(20);
  });
});
