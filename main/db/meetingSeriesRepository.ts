import type { MeetingStatus, Recurrence } from '../../shared/contract';
import { recurrenceSchema } from '../../shared/contract';
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
  return db
    .prepare(`SELECT ${seriesMeetingColumns} FROM meetings WHERE series_id = ? ORDER BY series_index DESC LIMIT 1`)
    .get(seriesId) as SeriesMeeting | undefined;
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
