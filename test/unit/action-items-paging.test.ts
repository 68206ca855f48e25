import crypto from 'node:crypto';
import path from 'node:path';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { type ActionQuery, actionQuerySchema, actionSortFields } from '../../shared/contract';
import { queryActionItems, readActionItemIds } from '../../main/db/actionItemQuery';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { migrate } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { DEFAULT_CIPHER, type Db, openEncryptedDatabase } from '../../main/db/openDatabase';
import { dueDatesOn } from '../../main/services/actionItemsDueDates';
import { coalitionWithItems } from './support/actionItemRows';
import { deskWithItems } from './support/deskActionItems';
import { describeEachDesk } from './support/eachDesk';
import { withStoredDatabase } from './support/directoryInputs';
import { tempDir } from './support/testDesk';

const due = dueDatesOn('2026-03-04');

/** Every statement a list query prepares on the connection (through a new storage engine over it), to read the query plans it ran. */
async function preparedDuring(db: Db, options: ActionQuery): Promise<string[]> {
  const statements: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    statements.push(sql);
    return prepare(sql);
  }) as Db['prepare'];
  try {
    await queryActionItems(sqlcipherEngine(db).db, actionQuerySchema.parse(options), due);
  } finally {
    db.prepare = prepare;
  }
  return statements;
}

/** The plan does not depend on the values bound, so each parameter is bound to null. */
function planOf(db: Db, sql: string): string {
  const params = [...sql.matchAll(/\?/g)].map(() => null);
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((step) => step.detail).join('\n');
}

describe('the action items list pages through the index (issue 11)', () => {
  it('reads the opening view (every item, by due date) in index order: no statement sorts the rows', async () => {
    const { t, workspace } = await coalitionWithItems();
    await withStoredDatabase(t, workspace.path, async (db) => {
      for (const options of [{}, { statuses: ['open', 'in-progress', 'blocked'] }] satisfies ActionQuery[]) {
        const pageReads = (await preparedDuring(db, { ...options, limit: 3 })).filter((sql) => sql.includes('ORDER BY'));
        expect(pageReads.length, 'the page is read in order').toBeGreaterThan(0);
        for (const sql of pageReads) {
          const plan = planOf(db, sql);
          expect(plan, sql).not.toMatch(/TEMP B-TREE/);
          expect(plan, sql).toMatch(/action_items_by_due_id/);
        }
      }
    });
  });

  it('filters by text through the full-text index, never by reading every item', async () => {
    const { t, workspace } = await coalitionWithItems();
    await withStoredDatabase(t, workspace.path, async (db) => {
      const reads = (await preparedDuring(db, { text: 'report', limit: 3 })).filter((sql) => sql.includes('MATCH'));
      expect(reads.length, 'the total and the page').toBeGreaterThanOrEqual(2);
      for (const sql of reads) {
        const plan = planOf(db, sql);
        expect(plan, sql).toMatch(/SCAN s VIRTUAL TABLE INDEX/);
        expect(plan, sql).not.toMatch(/SCAN a\b(?! USING (COVERING )?INDEX action_items_by_due_id)/);
      }
    });
  });

  it('exports in the same order as the pages', async () => {
    const { t, workspace, members } = await coalitionWithItems();
    const query = { sort: { field: 'dueOn', direction: 'desc' }, mineFirst: members.ben.id } satisfies ActionQuery;
    const shown = (await t.call('actions.query', query)).rows.map((row) => row.id);
    const exported = await withStoredDatabase(t, workspace.path, (db) => readActionItemIds(sqlcipherEngine(db).db, actionQuerySchema.parse(query), due));
    expect(exported).toEqual(shown);
  });
});

describeEachDesk('the action items list pages by cursor', (subject) => {
  it('pages by cursor in exactly the order of one long read, for every sort, direction and "my items first"', async () => {
    const { t, members } = await deskWithItems(subject);
    for (const field of actionSortFields) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const mineFirst of [null, members.rosa.id]) {
          const query = { sort: { field, direction }, mineFirst } satisfies ActionQuery;
          const whole = await t.call('actions.query', query);
          expect(whole.next).toBeNull();
          const paged: string[] = [];
          let after: string | null = null;
          let offset = 0;
          do {
            const page: Awaited<ReturnType<typeof t.call<'actions.query'>>> = await t.call('actions.query', { ...query, limit: 3, after });
            const byOffset = await t.call('actions.query', { ...query, limit: 3, offset });
            expect(
              page.rows.map((row) => row.id),
              `${field} ${direction} from ${offset}`,
            ).toEqual(byOffset.rows.map((row) => row.id));
            expect(page.total).toBe(whole.total);
            paged.push(...page.rows.map((row) => row.id));
            after = page.next;
            offset += 3;
          } while (after !== null);
          expect(paged, `${field} ${direction}${mineFirst ? ', mine first' : ''}`).toEqual(whole.rows.map((row) => row.id));
        }
      }
    }
  });

  it('refuses a cursor it did not write, with a message, and changes nothing', async () => {
    const { t } = await deskWithItems(subject);
    for (const after of ['not json', '[99, null, "x"]', '{"a":1}', '[0]', '[-1, "2026-01-01", "x"]']) {
      const error = await t.fail('actions.query', { after });
      expect(error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('first page') });
    }
    expect((await t.call('actions.query', {})).total).toBe(8);
  });
});

describeEachDesk('the action items text filter uses the full-text index', (subject) => {
  it('finds words by their start, without accents or capitals, in title and details', async () => {
    const { t, ids } = await deskWithItems(subject);
    const titles = async (text: string) => (await t.call('actions.query', { text, sort: { field: 'title', direction: 'asc' } })).rows.map((row) => row.title);
    await t.call('actions.create', { title: 'Résumé workshop for foster youth', ownerId: null, dueOn: null, status: 'open', details: 'Ask the Muñoz family' });
    expect(await titles('fost')).toEqual(['Résumé workshop for foster youth']);
    expect(await titles('RESUME')).toEqual(['Résumé workshop for foster youth']);
    expect(await titles('munoz')).toEqual(['Résumé workshop for foster youth']);
    expect(await titles('sessions')).toEqual(['Youth panel']);
    expect(await titles('youth')).toEqual(['Résumé workshop for foster youth', 'Youth panel']);
    expect(await titles('youth panel')).toEqual(['Youth panel']);

    // Edits replace the item's document in the same transaction.
    const before = (await t.call('actions.get', { id: ids.far })).item;
    await t.call('actions.update', {
      id: ids.far,
      title: 'Survivor advisory board',
      details: '',
      ownerId: before.ownerId,
      dueOn: before.dueOn,
      priority: before.priority,
    });
    expect(await titles('panel')).toEqual([]);
    expect(await titles('sessions')).toEqual([]);
    expect(await titles('advis')).toEqual(['Survivor advisory board']);
  });

  it('returns nothing for input that is not words, and never fails on query syntax', async () => {
    const { t } = await deskWithItems(subject);
    for (const text of [
      '%',
      '"',
      '*',
      '(',
      ')',
      '"report',
      'report"',
      'NEAR(report',
      'title:report AND',
      'OR',
      '-report',
      '^',
      "'; DROP TABLE action_items; --",
      '\u0000',
      '💥',
    ]) {
      const result = await t.call('actions.query', { text });
      expect(result.rows.every((row) => /report/i.test(row.title)) || result.rows.length === 0, text).toBe(true);
    }
    expect((await t.call('actions.query', { text: '%' })).total).toBe(0);
    expect((await t.call('actions.query', { text: 'NEAR(report' })).total).toBe(0);
    expect((await t.call('actions.query', { text: 'OR' })).total).toBe(0);
    expect((await t.call('actions.query', { text: '"report' })).total).toBe(2);
  });
});

describe('the desktop text filter index after an upgrade', () => {
  it('indexes the items a workspace already had when it upgrades to step 70', async () => {
    const db = openEncryptedDatabase(path.join(tempDir(), 'workspace.db'), crypto.randomBytes(32), DEFAULT_CIPHER);
    try {
      const upgradeStep = migrations.findIndex((migration) => migration.version === 70);
      migrate(db, migrations.slice(0, upgradeStep), { backupBeforeMigrating: () => undefined });
      const insert = db.prepare(
        `INSERT INTO action_items (id, title, details, priority, status, due_on, created_at, updated_at) VALUES (?, ?, ?, 'normal', 'open', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
      );
      insert.run(uuidv7(), 'Call the foster care liaison', '', '2026-02-01');
      insert.run(uuidv7(), 'Book a room', 'Near the Señora Café', null);
      migrate(db, migrations, { backupBeforeMigrating: () => undefined });
      const engine = sqlcipherEngine(db).db;
      const titles = async (text: string) => (await queryActionItems(engine, actionQuerySchema.parse({ text }), due)).rows.map((row) => row.title);
      expect(await titles('fost')).toEqual(['Call the foster care liaison']);
      expect(await titles('senora cafe')).toEqual(['Book a room']);
      expect(await titles('')).toEqual(['Call the foster care liaison', 'Book a room']);
    } finally {
      db.close();
    }
  });
});
