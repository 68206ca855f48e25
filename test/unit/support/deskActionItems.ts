// Action items on either engine, for tests of what links to them (the plan). On SQLCipher they are made through the
// action items' channels. Their services do not run on PostgreSQL yet (branch actions-engine is moving them), so
// there the same rows are written directly; when they move, both engines take the channel path.
import { uuidv7 } from 'uuidv7';
import type { ActionStatus } from '../../../shared/contract';
import type { DeskUnderTest } from './eachDesk';

const AT = new Date('2026-03-01T12:00:00Z').toISOString();

export async function addDeskActionItem(subject: DeskUnderTest, title: string, status: ActionStatus = 'open'): Promise<{ id: string }> {
  if (!subject.serverEngine) return subject.t.call('actions.create', { title, status });
  const id = uuidv7();
  await subject.serverEngine.db
    .insertInto('action_items')
    .values({ id, title, owner_id: null, due_on: null, priority: 'normal', status, source_meeting_id: null, source_agenda_item_id: null, completed_on: status === 'done' ? AT.slice(0, 10) : null, created_at: AT, updated_at: AT })
    .execute();
  return { id };
}

export async function setDeskActionStatus(subject: DeskUnderTest, id: string, status: ActionStatus): Promise<void> {
  if (!subject.serverEngine) {
    await subject.t.call('actions.setStatus', { id, status });
    return;
  }
  await subject.serverEngine.db.updateTable('action_items').set({ status, updated_at: AT }).where('id', '=', id).execute();
}
