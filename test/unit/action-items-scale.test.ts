import { describe, expect, it } from 'vitest';
import { ACTION_ITEMS, DATASET_TODAY, insertActionItemsDataset, twoFilterQuery } from '../../bench/actionItemsBench';
import { insertDirectoryDataset } from '../../bench/directoryDataset';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { withStoredDatabase } from './support/directoryInputs';
import { withRows } from './support/meetingRows';
import { createTestWorkspace, testDesk } from './support/testDesk';

const UNFINISHED = "('open', 'in-progress', 'blocked')";

describe('100,000 action items', () => {
  it('answers filtered, grouped, paged queries with the same totals as a plain count, and changes 10,000 at once', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    t.clock.now = new Date(`${DATASET_TODAY}T12:00:00Z`);
    await t.call('preferences.setTimeZone', { timeZone: 'UTC' });
    const dataset = await withStoredDatabase(t, workspace.path, async (db) => {
      await insertDirectoryDataset(sqlcipherEngine(db), { organizations: 1000, members: 5000 }, t.clock.now.toISOString());
      insertActionItemsDataset(db, ACTION_ITEMS, t.clock.now.toISOString());
      const query = twoFilterQuery(db);
      const plainCount = (sql: string, ...params: unknown[]) =>
        db
          .prepare(sql)
          .pluck()
          .get(...params) as number;
      return {
        query,
        all: plainCount('SELECT count(*) FROM action_items'),
        twoFilters: plainCount(
          `SELECT count(*) FROM action_items a JOIN members m ON m.id = a.owner_id WHERE m.organization_id = ? AND a.status IN ('open', 'in-progress')`,
          query.organizationId,
        ),
        openOverdue: plainCount(`SELECT count(*) FROM action_items WHERE status = 'open' AND due_on < ?`, DATASET_TODAY),
        noOwnerOpenOverdue: plainCount(`SELECT count(*) FROM action_items WHERE status = 'open' AND due_on < ? AND owner_id IS NULL`, DATASET_TODAY),
        unfinished: plainCount(`SELECT count(*) FROM action_items WHERE status IN ${UNFINISHED}`),
        openIds: db.prepare(`SELECT id FROM action_items WHERE status = 'open' ORDER BY id LIMIT 10000`).pluck().all() as string[],
      };
    });
    expect(dataset.all).toBe(ACTION_ITEMS);

    const grouped = await t.call('actions.query', { ...dataset.query, groupBy: 'owner', limit: 1000 });
    expect(grouped.total).toBe(dataset.twoFilters);
    expect(grouped.total).toBeGreaterThan(0);
    expect(grouped.rows).toHaveLength(Math.min(1000, dataset.twoFilters));
    expect(grouped.groups.reduce((sum, group) => sum + group.count, 0)).toBe(dataset.twoFilters);
    expect(grouped.rows.every((row) => row.organizationId === dataset.query.organizationId && ['open', 'in-progress'].includes(row.status))).toBe(true);

    const overdue = await t.call('actions.query', { statuses: ['open'], overdue: true, groupBy: 'organization', offset: 500, limit: 200 });
    expect(overdue.total).toBe(dataset.openOverdue);
    expect(overdue.rows).toHaveLength(200);
    expect(overdue.groups.reduce((sum, group) => sum + group.overdue, 0)).toBe(dataset.openOverdue);
    const groupIndex = new Map(overdue.groups.map((group, index) => [group.key, index]));
    const rowGroups = overdue.rows.map((row) => groupIndex.get(row.organizationId)!);
    expect(rowGroups).toEqual([...rowGroups].sort((a, b) => a - b));
    expect(overdue.groups.at(-1)).toMatchObject({ key: null, label: 'No organization', count: dataset.noOwnerOpenOverdue });
    expect((await t.call('actions.counts', {})).open).toBe(dataset.unfinished);

    expect(await t.call('actions.bulkSetStatus', { ids: dataset.openIds, status: 'done', note: 'Closed in the yearly review' })).toEqual({ changed: 10_000 });
    expect((await t.call('actions.counts', {})).open).toBe(dataset.unfinished - 10_000);
    const changed = await withRows(t, workspace.path, (db) => ({
      done: db.prepare(`SELECT count(*) FROM action_item_updates WHERE note = 'Closed in the yearly review' AND to_status = 'done'`).pluck().get(),
      completed: db
        .prepare(`SELECT count(*) FROM action_items WHERE completed_on = ? AND id IN (SELECT value FROM json_each(?))`)
        .pluck()
        .get(DATASET_TODAY, JSON.stringify(dataset.openIds)),
    }));
    expect(changed).toEqual({ done: 10_000, completed: 10_000 });
  }, 180_000);
});
