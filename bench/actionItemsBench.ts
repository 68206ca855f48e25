import { uuidv7 } from 'uuidv7';
import { type ActionQuery, actionPriorities, actionQuerySchema, actionStatuses } from '../shared/contract';
import { queryActionItems } from '../main/db/actionItemQuery';
import { sqlcipherEngine } from '../main/db/engine/storageEngine';
import { insertActionItems } from '../main/db/actionItemRepository';
import type { Db } from '../main/db/openDatabase';
import { addDays, dueDatesOn } from '../main/services/actionItemsDueDates';
import { insertDirectoryDataset } from './directoryDataset';
import { type Row, medianMs } from './harness';

export const ACTION_ITEMS = 100_000;
/** The day the dataset's due dates are spread around: half a year before and after. */
export const DATASET_TODAY = '2026-03-04';

const verbs = ['Draft', 'Review', 'Send', 'Schedule', 'Call', 'Update', 'Collect', 'Share'];
const topics = [
  'runaway protocol',
  'screening form',
  'shelter referrals',
  'training dates',
  'court liaison list',
  'data sharing MOU',
  'survivor panel',
  'hotline script',
];
const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

/**
 * `count` action items owned round-robin by the workspace's members (every 21st has no owner, every 50th no due
 * date), in every status and priority, written through the repository's bulk path in one transaction.
 */
export function insertActionItemsDataset(db: Db, count: number, at: string): void {
  const memberIds = db.prepare('SELECT id FROM members ORDER BY id').pluck().all() as string[];
  const items = Array.from({ length: count }, (_, index) => {
    const status = pick(actionStatuses, index * 3 + Math.floor(index / 7));
    return {
      id: uuidv7(),
      title: `${pick(verbs, index)} ${pick(topics, index * 7 + 3)} ${index}`,
      details: index % 4 === 0 ? `Follow up with ${pick(topics, index)} partners before the next meeting.` : '',
      ownerId: index % 21 === 0 || memberIds.length === 0 ? null : pick(memberIds, index * 7919),
      dueOn: index % 50 === 0 ? null : addDays(DATASET_TODAY, ((index * 37) % 361) - 180),
      priority: pick(actionPriorities, index * 5),
      status,
      sourceMeetingId: null,
      sourceAgendaItemId: null,
      completedOn: status === 'done' ? DATASET_TODAY : null,
    };
  });
  db.transaction(() => insertActionItems(db, items, 'bench', at))();
}

/** The organization whose members own the most items, and two statuses: the filters people use most together. */
export function twoFilterQuery(db: Db): ActionQuery {
  const organizationId = db
    .prepare(
      'SELECT m.organization_id FROM action_items a JOIN members m ON m.id = a.owner_id WHERE m.organization_id IS NOT NULL GROUP BY m.organization_id ORDER BY count(*) DESC, m.organization_id LIMIT 1',
    )
    .pluck()
    .get() as string;
  return { organizationId, statuses: ['open', 'in-progress'] };
}

/** The action items page's query (two filters; and grouped by owner) over 100,000 items, encrypted and plain. */
export async function actionItemRows(dbs: { encrypted: Db; plain: Db }, repeats: number): Promise<Row[]> {
  for (const db of Object.values(dbs)) {
    if ((db.prepare('SELECT count(*) FROM members').pluck().get() as number) === 0) {
      await insertDirectoryDataset(sqlcipherEngine(db), { organizations: 1000, members: 5000 }, new Date().toISOString());
    }
    insertActionItemsDataset(db, ACTION_ITEMS, new Date().toISOString());
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  const due = dueDatesOn(DATASET_TODAY);
  const label = ACTION_ITEMS.toLocaleString('en');
  const cases: Array<{ operation: string; queryFor: (db: Db) => ActionQuery; note?: string }> = [
    { operation: `action items: organization + 2 statuses over ${label}, page of 100`, queryFor: twoFilterQuery },
    { operation: 'action items: same, grouped by owner', queryFor: (db) => ({ ...twoFilterQuery(db), groupBy: 'owner' }) },
    {
      operation: `action items: open + overdue over ${label}, grouped by organization`,
      queryFor: () => ({ statuses: ['open'], overdue: true, groupBy: 'organization' }),
      note: 'the widest common filter',
    },
  ];
  const rows: Row[] = [];
  for (const { operation, queryFor, note } of cases) {
    // The query's ids are looked up before timing: each side has its own generated ids.
    const time = (db: Db) => {
      const options = actionQuerySchema.parse(queryFor(db));
      const engine = sqlcipherEngine(db).db;
      return medianMs(repeats, () => queryActionItems(engine, options, due));
    };
    rows.push({ operation, encryptedMs: await time(dbs.encrypted), plainMs: await time(dbs.plain), ...(note ? { note } : {}) });
  }
  return rows;
}
