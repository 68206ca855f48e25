import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ActionQuery, actionQuerySchema } from '../shared/contract';
import { queryActionItems } from '../main/db/actionItemQuery';
import { migrate } from '../main/db/migrate';
import { migrations } from '../main/db/migrations';
import { type StorageExecutor, sqlcipherEngine } from '../main/db/engine/storageEngine';
import { DEFAULT_CIPHER, openEncryptedDatabase } from '../main/db/openDatabase';
import { dueDatesOn } from '../main/services/actionItemsDueDates';
import { DATASET_TODAY, insertActionItemsDataset } from './actionItemsBench';
import { insertDirectoryDataset } from './directoryDataset';
import { type Row, medianMs } from './harness';

/** The sizes issue 11 measures: a coalition's year, five years, fifteen. */
export const ACTION_ITEM_SCALES = [20_000, 100_000, 300_000] as const;
const PAGES_BY_CURSOR = 50;

interface Case {
  operation: string;
  run: (db: StorageExecutor) => Promise<unknown>;
}

const due = dueDatesOn(DATASET_TODAY);
const page = (db: StorageExecutor, query: ActionQuery) => queryActionItems(db, actionQuerySchema.parse(query), due);

/** The first page of `query`, then the next pages by cursor. */
const byCursor = (query: ActionQuery) => async (db: StorageExecutor) => {
  let after = (await page(db, query)).next;
  for (let index = 0; index < PAGES_BY_CURSOR && after; index += 1) after = (await page(db, { ...query, after })).next;
};

const cases: Case[] = [
  { operation: 'opening view (every item by due date), first page of 100', run: (db) => page(db, {}) },
  { operation: `opening view, the next ${PAGES_BY_CURSOR} pages by cursor (per page)`, run: byCursor({}) },
  { operation: 'unfinished items by due date, first page', run: (db) => page(db, { statuses: ['open', 'in-progress', 'blocked'] }) },
  { operation: 'text filter, a common word ("runaway": 1 in 8 items)', run: (db) => page(db, { text: 'runaway' }) },
  { operation: `text filter, a common word, the next ${PAGES_BY_CURSOR} pages by cursor (per page)`, run: byCursor({ text: 'runaway' }) },
  { operation: 'text filter, a rare word typed so far ("4242")', run: (db) => page(db, { text: '4242' }) },
];

/**
 * The Action items page at 20k, 100k and 300k items (issue 11): each figure is one whole `actions.query` on an
 * encrypted workspace (total, page, rows read by id), median of `repeats`; the growth factor is 300k's over 20k's
 * (goal: within 3x).
 */
export async function actionItemScaleRows(repeats: number): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-bench-scale-'));
  const figures = new Map<string, number[]>();
  try {
    for (const count of ACTION_ITEM_SCALES) {
      const db = openEncryptedDatabase(path.join(dir, `${count}.db`), crypto.randomBytes(32), DEFAULT_CIPHER);
      try {
        migrate(db, migrations, { backupBeforeMigrating: () => undefined });
        const at = new Date().toISOString();
        const engine = sqlcipherEngine(db);
        await insertDirectoryDataset(engine, { organizations: 1000, members: 5000 }, at);
        insertActionItemsDataset(db, count, at);
        db.pragma('wal_checkpoint(TRUNCATE)');
        for (const { operation, run } of cases) {
          await run(engine.db);
          const perRun = await medianMs(repeats, () => run(engine.db));
          figures.set(operation, [...(figures.get(operation) ?? []), operation.includes('per page') ? perRun / PAGES_BY_CURSOR : perRun]);
        }
      } finally {
        db.close();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return [...figures].flatMap(([operation, byScale]) =>
    byScale.map((ms, index) => ({
      operation: `action items at ${ACTION_ITEM_SCALES[index]!.toLocaleString('en')}: ${operation}`,
      encryptedMs: ms,
      plainMs: null,
      ...(index === byScale.length - 1 ? { note: `growth 300k/20k: ${(ms / byScale[0]!).toFixed(2)}x (goal 3x)` } : {}),
    })),
  );
}
