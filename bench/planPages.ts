// The Six duties checklist and the Plan page over a five-year workspace (issue 13), encrypted vs plain: the same
// reads the pages' channels run (`reviewDuties`, `readPlan`) on a workspace holding five years of weekly meetings,
// 5,000 action items, 250 trainings, 40 protocols with versions and a plan of 30 objectives with 1,500 updates.
// `npx tsx bench/planPages.ts` runs these rows alone; `npm run bench` includes them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uuidv7 } from 'uuidv7';
import { dutyIds } from '../shared/childWelfareDuties';
import { type StorageEngine, sqlcipherEngine } from '../main/db/engine/storageEngine';
import { migrate } from '../main/db/migrate';
import { migrations } from '../main/db/migrations';
import { type Db, DEFAULT_CIPHER, openEncryptedDatabase, openPlainDatabase } from '../main/db/openDatabase';
import { reviewDuties } from '../main/services/dutyChecklist';
import { readPlan } from '../main/services/plan';
import type { ServiceContext } from '../main/services/serviceContext';
import { type Row, medianMs, printReport } from './harness';

const YEARS = 5;
const TODAY = '2026-06-30';
const at = `${TODAY}T12:00:00.000Z`;
const dayBefore = (days: number) => new Date(Date.parse(`${TODAY}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const duty = (index: number) => dutyIds[index % dutyIds.length]!;

/** Five years of a busy coalition, written in one transaction per table. */
async function fiveYears(engine: StorageEngine): Promise<void> {
  await engine.transaction(async (trx) => {
    const meetings = Array.from({ length: YEARS * 52 }, (_, index) => {
      const day = dayBefore(index * 7);
      return {
        id: uuidv7(),
        series_id: null,
        series_index: null,
        title: `Coalition meeting ${index}`,
        kind: 'full-coalition' as const,
        workgroup_id: null,
        starts_at: `${day}T09:30`,
        time_zone: 'America/Los_Angeles',
        starts_at_utc: `${day}T16:30:00.000Z`,
        duration_minutes: 90,
        facilitator_id: null,
        note_taker_id: null,
        status: index === 0 ? ('planned' as const) : ('approved' as const),
        approved_on: null,
        approved_at_meeting_id: null,
        cancelled_reason: null,
        current_item_id: null,
        current_item_started_at: null,
        created_at: at,
        updated_at: at,
      };
    });
    for (let start = 0; start < meetings.length; start += 100)
      await trx
        .insertInto('meetings')
        .values(meetings.slice(start, start + 100))
        .execute();
    const items = Array.from({ length: 5000 }, (_, index) => ({
      id: uuidv7(),
      title: `Follow-up ${index} on the runaway protocol`,
      owner_id: null,
      due_on: dayBefore(index % (YEARS * 365)),
      priority: 'normal' as const,
      status: index % 3 === 0 ? ('open' as const) : ('done' as const),
      source_meeting_id: null,
      source_agenda_item_id: null,
      completed_on: null,
      created_at: at,
      updated_at: at,
    }));
    for (let start = 0; start < items.length; start += 200)
      await trx
        .insertInto('action_items')
        .values(items.slice(start, start + 200))
        .execute();
    const trainings = Array.from({ length: 250 }, (_, index) => ({
      id: uuidv7(),
      held_on: dayBefore(index * 7),
      title: `Training ${index}`,
      trainer_organization_id: null,
      number_trained: 20 + (index % 30),
      acknowledgment_count: null,
      created_at: at,
      updated_at: at,
    }));
    await trx.insertInto('trainings').values(trainings).execute();
    const links = [
      ...trainings.map((training, index) => ({ duty: duty(index), subject_kind: 'training' as const, subject_id: training.id, created_at: at })),
      ...meetings.slice(0, 120).map((meeting, index) => ({ duty: duty(index), subject_kind: 'meeting' as const, subject_id: meeting.id, created_at: at })),
      ...items.slice(0, 600).map((item, index) => ({ duty: duty(index), subject_kind: 'action-item' as const, subject_id: item.id, created_at: at })),
    ];
    for (let start = 0; start < links.length; start += 200)
      await trx
        .insertInto('duty_links')
        .values(links.slice(start, start + 200))
        .execute();
    for (let index = 0; index < 40; index += 1) {
      const protocolId = uuidv7();
      await trx
        .insertInto('protocols')
        .values({
          id: protocolId,
          title: `Protocol ${index}`,
          kind: 'protocol',
          subtype: null,
          review_months: 12,
          renewal_on: null,
          last_reviewed_on: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const adoptedOn = dayBefore(30 + index * 40);
      await trx
        .insertInto('protocol_versions')
        .values({
          id: uuidv7(),
          protocol_id: protocolId,
          label: '1',
          state: 'adopted',
          effective_on: adoptedOn,
          adopted_on: adoptedOn,
          adopted_meeting_id: null,
          adopted_decision_id: null,
          ended_on: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await trx
        .insertInto('protocol_duties')
        .values({ protocol_id: protocolId, duty: duty(index) })
        .execute();
    }
    for (let goalIndex = 0; goalIndex < 6; goalIndex += 1) {
      const goalId = uuidv7();
      await trx
        .insertInto('plan_goals')
        .values({ id: goalId, title: `Goal ${goalIndex}`, position: goalIndex, deleted_at: null, created_at: at, updated_at: at })
        .execute();
      for (let position = 0; position < 5; position += 1) {
        const objectiveId = uuidv7();
        await trx
          .insertInto('plan_objectives')
          .values({
            id: objectiveId,
            goal_id: goalId,
            position,
            title: `Objective ${goalIndex}.${position}`,
            owner_member_id: null,
            owner_workgroup_id: null,
            baseline: 10,
            target: 90,
            target_date: dayBefore(-365),
            status: 'on-track',
            progress_mode: position % 2 === 0 ? 'linked-actions' : 'manual',
            deleted_at: null,
            deleted_with_goal: 0,
            created_at: at,
            updated_at: at,
          })
          .execute();
        const updates = Array.from({ length: 50 }, (_, index) => ({
          id: uuidv7(),
          objective_id: objectiveId,
          recorded_on: dayBefore(index * 36),
          value: 10 + index,
          status: 'on-track' as const,
          recorded_by_id: null,
          created_at: at,
        }));
        await trx.insertInto('plan_progress_updates').values(updates).execute();
        const linked = items.slice((goalIndex * 5 + position) * 40, (goalIndex * 5 + position + 1) * 40);
        await trx
          .insertInto('plan_objective_actions')
          .values(linked.map((item) => ({ objective_id: objectiveId, action_item_id: item.id, created_at: at })))
          .execute();
      }
    }
  });
}

export async function planPageRows(dbs: { encrypted: Db; plain: Db }, repeats: number): Promise<Row[]> {
  const context = { now: () => new Date(at) } as ServiceContext;
  const measure = async (db: Db) => {
    const engine = sqlcipherEngine(db);
    await fiveYears(engine);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const duties = await medianMs(repeats, async () => {
      const reviews = await reviewDuties(engine.db, { from: dayBefore(364), to: TODAY });
      if (reviews.length !== 6) throw new Error('the checklist did not read six duties');
    });
    const plan = await medianMs(repeats, async () => {
      const read = await readPlan(context, engine.db);
      if (read.goals.length !== 6) throw new Error('the plan did not read its six goals');
    });
    await engine.close();
    return { duties, plan };
  };
  const encrypted = await measure(dbs.encrypted);
  const plain = await measure(dbs.plain);
  return [
    {
      operation: 'six duties checklist over a 5-year workspace (260 meetings, 5,000 action items, 250 trainings, 40 protocols)',
      encryptedMs: encrypted.duties,
      plainMs: plain.duties,
    },
    { operation: 'plan page over a 5-year workspace (6 goals, 30 objectives, 1,500 updates, 1,200 links)', encryptedMs: encrypted.plan, plainMs: plain.plan },
  ];
}

async function alone(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-plan-bench-'));
  const encrypted = openEncryptedDatabase(path.join(dir, 'encrypted.db'), crypto.randomBytes(32), DEFAULT_CIPHER);
  const plain = openPlainDatabase(path.join(dir, 'plain.db'), DEFAULT_CIPHER.pageSize);
  try {
    for (const db of [encrypted, plain]) migrate(db, migrations, { backupBeforeMigrating: () => undefined });
    printReport('The plan and the six duties', await planPageRows({ encrypted, plain }, 5), { pageSize: DEFAULT_CIPHER.pageSize });
  } finally {
    encrypted.close();
    plain.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith(`bench${path.sep}planPages.ts`)) {
  alone().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
