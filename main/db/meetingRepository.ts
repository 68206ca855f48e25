import type { ChannelParsedInput, MeetingStatus, MeetingSummary } from '../../shared/contract';
import { insertSql, updateSql } from './columnList';
import { indexMeetingDocument } from './meetingSearchRepository';
import { shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';

/** The fields a person edits, with the start resolved to its UTC instant. */
export interface MeetingRecord {
  title: string;
  kind: MeetingSummary['kind'];
  workgroupId: string | null;
  startsAt: string;
  timeZone: string;
  startsAtUtc: string;
  durationMinutes: number;
  location: string;
  videoLink: string;
  facilitatorId: string | null;
  noteTakerId: string | null;
}

export interface NewMeeting extends MeetingRecord {
  seriesId: string | null;
  seriesIndex: number | null;
}

const recordFields = [
  'title', 'kind', 'workgroupId', 'startsAt', 'timeZone', 'startsAtUtc', 'durationMinutes', 'location', 'videoLink', 'facilitatorId', 'noteTakerId',
] as const;

export function insertMeeting(db: Db, id: string, meeting: NewMeeting, at: string): void {
  db.prepare(insertSql('meetings', [...recordFields, 'seriesId', 'seriesIndex', 'status'])).run({ ...meeting, status: 'planned', id, createdAt: at, updatedAt: at });
  indexMeeting(db, id);
}

export function updateMeetingRecord(db: Db, id: string, record: MeetingRecord, at: string): void {
  db.prepare(updateSql('meetings', recordFields)).run({ ...record, id, updatedAt: at });
  indexMeeting(db, id);
}

export interface StatusChange {
  approvedOn?: string | null;
  approvedAtMeetingId?: string | null;
  cancelledReason?: string | null;
}

export function setMeetingStatus(db: Db, id: string, status: MeetingStatus, change: StatusChange, at: string): void {
  db.prepare(
    `UPDATE meetings SET status = @status, approved_on = @approvedOn, approved_at_meeting_id = @approvedAtMeetingId,
            cancelled_reason = @cancelledReason, updated_at = @at WHERE id = @id`,
  ).run({ approvedOn: null, approvedAtMeetingId: null, cancelledReason: null, ...change, status, id, at });
}

export function setCurrentItem(db: Db, id: string, itemId: string | null, at: string): void {
  db.prepare('UPDATE meetings SET current_item_id = ?, current_item_started_at = ? WHERE id = ?').run(itemId, itemId === null ? null : at, id);
}

/** Marks the record as changed (an agenda, attendance or decision edit) without touching its fields. */
export function touchMeeting(db: Db, id: string, at: string): void {
  db.prepare('UPDATE meetings SET updated_at = ? WHERE id = ?').run(at, id);
}

/** Title, location and workgroup are what people search a meeting by. */
export function indexMeeting(db: Db, id: string): void {
  const row = db
    .prepare('SELECT m.title, m.location, w.name AS workgroupName FROM meetings m LEFT JOIN workgroups w ON w.id = m.workgroup_id WHERE m.id = ?')
    .get(id) as { title: string; location: string; workgroupName: string | null } | undefined;
  if (row) indexMeetingDocument(db, 'meeting', id, row.title, [row.location, row.workgroupName ?? '']);
}

export function findMeeting(db: Db, id: string): MeetingSummary | undefined {
  return db.prepare(summaryQuery('WHERE m.id = @id')).get({ id }) as MeetingSummary | undefined;
}

export function listMeetings(db: Db, options: ChannelParsedInput<'meetings.list'>): MeetingSummary[] {
  const where = [
    options.from === null ? '' : 'substr(m.starts_at, 1, 10) >= @from',
    options.to === null ? '' : 'substr(m.starts_at, 1, 10) <= @to',
    options.seriesId === null ? '' : 'm.series_id = @seriesId',
    options.statuses.length === 0 ? '' : `m.status IN (${options.statuses.map((_, index) => `@status${index}`).join(', ')})`,
  ].filter((clause) => clause !== '');
  const statuses = Object.fromEntries(options.statuses.map((status, index) => [`status${index}`, status]));
  const sql = summaryQuery(where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`);
  return db.prepare(sql).all({ from: options.from, to: options.to, seriesId: options.seriesId, ...statuses }) as MeetingSummary[];
}

/** Meetings of one workgroup, to reindex them when its name changes. */
export function meetingIdsOfWorkgroup(db: Db, workgroupId: string): string[] {
  return (db.prepare('SELECT id FROM meetings WHERE workgroup_id = ?').all(workgroupId) as Array<{ id: string }>).map((row) => row.id);
}

function summaryQuery(where: string): string {
  return `
    SELECT m.id, m.title, m.kind, m.workgroup_id AS workgroupId, m.starts_at AS startsAt, m.time_zone AS timeZone,
           m.starts_at_utc AS startsAtUtc, m.duration_minutes AS durationMinutes, m.location, m.video_link AS videoLink,
           m.facilitator_id AS facilitatorId, m.note_taker_id AS noteTakerId, m.status, m.series_id AS seriesId,
           m.series_index AS seriesIndex, w.name AS workgroupName, ${shownNameSql('f')} AS facilitatorName,
           ${shownNameSql('n')} AS noteTakerName,
           (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS agendaItemCount,
           (SELECT count(*) FROM attendees p WHERE p.meeting_id = m.id) AS attendeeCount,
           m.approved_on AS approvedOn, m.cancelled_reason AS cancelledReason, m.created_at AS createdAt, m.updated_at AS updatedAt
    FROM meetings m
    LEFT JOIN workgroups w ON w.id = m.workgroup_id
    LEFT JOIN members f ON f.id = m.facilitator_id
    LEFT JOIN members n ON n.id = m.note_taker_id
    ${where}
    ORDER BY m.starts_at_utc, m.id`;
}

/** What the editability rule (services/meetingEditability.ts) looks at: status, title, and whether an amendment is open. */
export interface MeetingState {
  meetingStatus: MeetingStatus;
  meetingTitle: string;
  amending: boolean;
}

/** The columns of a MeetingState, for a query that joins `meetings` as `alias` (the flag comes back as 0/1). */
export const meetingStateColumns = (alias: string): string =>
  `${alias}.status AS meetingStatus, ${alias}.title AS meetingTitle,
   EXISTS (SELECT 1 FROM meeting_amendments am WHERE am.meeting_id = ${alias}.id AND am.closed_at IS NULL) AS amending`;

export function findMeetingState(db: Db, id: string): MeetingState | undefined {
  const row = db.prepare(`SELECT ${meetingStateColumns('m')} FROM meetings m WHERE m.id = ?`).get(id) as (Omit<MeetingState, 'amending'> & { amending: number }) | undefined;
  return row && { ...row, amending: row.amending === 1 };
}

/** The item the facilitator is on in "Run meeting", and since when. */
export function findRunState(db: Db, id: string): { id: string; startedAt: string } | null {
  const row = db.prepare('SELECT current_item_id AS id, current_item_started_at AS startedAt FROM meetings WHERE id = ?').get(id) as
    | { id: string | null; startedAt: string | null }
    | undefined;
  return row?.id && row.startedAt ? { id: row.id, startedAt: row.startedAt } : null;
}
