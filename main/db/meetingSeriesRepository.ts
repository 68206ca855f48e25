import type { MeetingStatus, Recurrence } from '../../shared/contract';
import { recurrenceSchema } from '../../shared/contract';
import type { StorageExecutor } from './engine/storageEngine';
import type { Db } from './openDatabase';

/** A series' rule, and where each meeting stands in it (series_index 1..n, in date order). */
export interface SeriesMeeting {
  id: string;
  title: string;
  startsAt: string;
  status: MeetingStatus;
  seriesIndex: number;
}

const seriesMeetingColumns = 'id, title, starts_at AS startsAt, status, series_index AS seriesIndex';

export function insertSeries(db: Db, id: string, rule: Recurrence, at: string): void {
  db.prepare('INSERT INTO meeting_series (id, rule, created_at) VALUES (?, ?, ?)').run(id, JSON.stringify(rule), at);
}

export function findSeriesRule(db: Db, seriesId: string): Recurrence | undefined {
  const row = db.prepare('SELECT rule FROM meeting_series WHERE id = ?').get(seriesId) as { rule: string } | undefined;
  return row && recurrenceSchema.parse(JSON.parse(row.rule));
}

export function previousInSeries(db: Db, seriesId: string, seriesIndex: number): SeriesMeeting | undefined {
  return db
    .prepare(`SELECT ${seriesMeetingColumns} FROM meetings WHERE series_id = ? AND series_index < ? ORDER BY series_index DESC LIMIT 1`)
    .get(seriesId, seriesIndex) as SeriesMeeting | undefined;
}

export function nextInSeries(db: Db, seriesId: string, seriesIndex: number): SeriesMeeting | undefined {
  return db
    .prepare(`SELECT ${seriesMeetingColumns} FROM meetings WHERE series_id = ? AND series_index > ? ORDER BY series_index LIMIT 1`)
    .get(seriesId, seriesIndex) as SeriesMeeting | undefined;
}

export function lastInSeries(db: Db, seriesId: string): SeriesMeeting | undefined {
  return db.prepare(`SELECT ${seriesMeetingColumns} FROM meetings WHERE series_id = ? ORDER BY series_index DESC LIMIT 1`).get(seriesId) as
    SeriesMeeting | undefined;
}

/** The planned meetings after `seriesIndex`, in order. */
export function laterPlannedInSeries(db: Db, seriesId: string, seriesIndex: number): SeriesMeeting[] {
  return db
    .prepare(`SELECT ${seriesMeetingColumns} FROM meetings WHERE series_id = ? AND series_index > ? AND status = 'planned' ORDER BY series_index`)
    .all(seriesId, seriesIndex) as SeriesMeeting[];
}

/** The last meeting of the series that was not cancelled: the one whose minutes the next meeting approves. */
export function lastNotCancelledInSeries(db: Db, seriesId: string): SeriesMeeting | undefined {
  return db
    .prepare(`SELECT ${seriesMeetingColumns} FROM meetings WHERE series_id = ? AND status <> 'cancelled' ORDER BY series_index DESC LIMIT 1`)
    .get(seriesId) as SeriesMeeting | undefined;
}

export function nextPlannedInSeries(db: Db, seriesId: string, seriesIndex: number): SeriesMeeting | undefined {
  return laterPlannedInSeries(db, seriesId, seriesIndex)[0];
}

// ---------- The storage-engine forms. previousInSeries and nextInSeries above serve the exports' synchronous
// meeting detail until the exports move.

export async function addSeries(db: StorageExecutor, id: string, rule: Recurrence, at: string): Promise<void> {
  await db
    .insertInto('meeting_series')
    .values({ id, rule: JSON.stringify(rule), created_at: at })
    .execute();
}

export async function readSeriesRule(db: StorageExecutor, seriesId: string): Promise<Recurrence | undefined> {
  const row = await db.selectFrom('meeting_series').select('rule').where('id', '=', seriesId).executeTakeFirst();
  return row && recurrenceSchema.parse(JSON.parse(row.rule));
}

/** Where to look in the series from `seriesIndex`, and which way. */
type SeriesStep = { after: number } | { before: number } | 'last';

/** The meetings of a series one step from a position (or the last ones), nearest first. */
export function seriesMeetings(
  db: StorageExecutor,
  seriesId: string,
  step: SeriesStep,
  only: { planned?: boolean; notCancelled?: boolean } = {},
): Promise<SeriesMeeting[]> {
  const backwards = step === 'last' || 'before' in step;
  return db
    .selectFrom('meetings')
    .select(['id', 'title', 'starts_at as startsAt', 'status', 'series_index as seriesIndex'])
    .$narrowType<{ seriesIndex: number }>()
    .where('series_id', '=', seriesId)
    .$if(step !== 'last' && 'after' in step, (query) => query.where('series_index', '>', step !== 'last' && 'after' in step ? step.after : 0))
    .$if(step !== 'last' && 'before' in step, (query) => query.where('series_index', '<', step !== 'last' && 'before' in step ? step.before : 0))
    .$if(only.planned === true, (query) => query.where('status', '=', 'planned'))
    .$if(only.notCancelled === true, (query) => query.where('status', '<>', 'cancelled'))
    .orderBy('series_index', backwards ? 'desc' : 'asc')
    .execute();
}

export async function nearestInSeries(
  db: StorageExecutor,
  seriesId: string,
  step: SeriesStep,
  only: { planned?: boolean; notCancelled?: boolean } = {},
): Promise<SeriesMeeting | undefined> {
  return (await seriesMeetings(db, seriesId, step, only)).at(0);
}
