import type { MeetingStatus, Recurrence } from '../../shared/contract';
import { recurrenceSchema } from '../../shared/contract';
import type { StorageExecutor } from './engine/storageEngine';

/** A series' rule, and where each meeting stands in it (series_index 1..n, in date order). */
export interface SeriesMeeting {
  id: string;
  title: string;
  startsAt: string;
  status: MeetingStatus;
  seriesIndex: number;
}

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
