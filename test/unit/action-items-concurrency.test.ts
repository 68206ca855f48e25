// Two people changing the same action item at the same moment (issue 12, "concurrent writers"): on PostgreSQL one of
// them gets CONFLICT and the other's change stands, never a lost update; on the desktop the workspace has one
// connection and the two changes simply run one after the other.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { StorageEngine } from '../../main/db/engine/storageEngine';
import { deskActionItems } from './support/deskActionItems';
import { describeEachDesk } from './support/eachDesk';

/** Waits until some session of this database waits for a row lock: the service's write is then blocked on ours. */
async function someoneWaitsForALock(engine: StorageEngine): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const { rows } = await sql<{
      waiting: number;
    }>`SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(engine.db);
    if ((rows[0]?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('No session ever waited for the row lock.');
}

describeEachDesk('two people change the same action item at once', (subject) => {
  if (subject.dialect === 'postgres') {
    it('gives the second writer CONFLICT and keeps the first change, never losing an update', async () => {
      const { t } = subject;
      await deskActionItems(subject);
      const item = await t.call('actions.create', { title: 'Book the training room', dueOn: '2026-03-20' });
      const engine = subject.serverEngine!;
      let second: ReturnType<typeof t.fail<'actions.setStatus'>> | null = null;
      // The first person: a transaction that has read and changed the item, not yet committed.
      await engine.transaction(async (trx) => {
        await trx.selectFrom('action_items').select('status').where('id', '=', item.id).executeTakeFirstOrThrow();
        await trx.updateTable('action_items').set({ status: 'in-progress', updated_at: '2026-03-04T17:00:01.000Z' }).where('id', '=', item.id).execute();
        // The second person, through the app, while the first has not committed.
        second = t.fail('actions.setStatus', { id: item.id, status: 'done', note: 'Booked' });
        await someoneWaitsForALock(engine);
      });
      expect(await second).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('at the same moment') });
      const { item: after, updates } = await t.call('actions.get', { id: item.id });
      expect(after).toMatchObject({ status: 'in-progress', completedOn: null });
      expect(updates.map((update) => update.toStatus)).toEqual(['open']);
    });
  }

  it('keeps both changes when they arrive together, in the order they ran', async () => {
    const { t } = subject;
    await deskActionItems(subject);
    const item = await t.call('actions.create', { title: 'Book the training room', dueOn: '2026-03-20' });
    const results = await Promise.allSettled([
      t.call('actions.setStatus', { id: item.id, status: 'in-progress', note: 'Asked the library' }),
      t.call('actions.update', { id: item.id, title: 'Book the training room for April', details: '', ownerId: null, dueOn: '2026-03-20', priority: 'high' }),
    ]);
    const { item: after, updates } = await t.call('actions.get', { id: item.id });
    // Each change either stands or was refused as a whole (CONFLICT on PostgreSQL); none is half-applied or lost.
    const [status, edit] = results;
    expect(after.status).toBe(status.status === 'fulfilled' ? 'in-progress' : 'open');
    expect(after.title).toBe(edit.status === 'fulfilled' ? 'Book the training room for April' : 'Book the training room');
    expect(updates).toHaveLength(status.status === 'fulfilled' ? 2 : 1);
    for (const result of results) if (result.status === 'rejected') expect(String(result.reason)).toContain('CONFLICT');
    if (subject.dialect === 'sqlcipher') expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
  });
});
