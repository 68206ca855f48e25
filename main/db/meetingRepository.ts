import type { ChannelParsedInput, MeetingStatus, MeetingSummary } from '../../shared/contract';
import { sql } from 'kysely';
import type { StorageExecutor } from './engine/storageEngine';
import { reindexMeeting } from './meetingSearchDocuments';
import { shownNameOf } from './memberShownName';

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

export interface StatusChange {
  approvedOn?: string | null;
  approvedAtMeetingId?: string | null;
  cancelledReason?: string | null;
}

/** What the editability rule (services/meetingEditability.ts) looks at: status, title, and whether an amendment is open. */
export interface MeetingState {
  meetingStatus: MeetingStatus;
  meetingTitle: string;
  amending: boolean;
}

export async function addMeeting(db: StorageExecutor, id: string, meeting: NewMeeting, at: string): Promise<void> {
  await db
    .insertInto('meetings')
    .values({
      id,
      ...meetingColumns(meeting),
      series_id: meeting.seriesId,
      series_index: meeting.seriesIndex,
      status: 'planned',
      created_at: at,
      updated_at: at,
    })
    .execute();
  await reindexMeeting(db, id);
}

export async function saveMeetingRecord(db: StorageExecutor, id: string, record: MeetingRecord, at: string): Promise<void> {
  await db
    .updateTable('meetings')
    .set({ ...meetingColumns(record), updated_at: at })
    .where('id', '=', id)
    .execute();
  await reindexMeeting(db, id);
}

function meetingColumns(record: MeetingRecord) {
  return {
    title: record.title,
    kind: record.kind,
    workgroup_id: record.workgroupId,
    starts_at: record.startsAt,
    time_zone: record.timeZone,
    starts_at_utc: record.startsAtUtc,
    duration_minutes: record.durationMinutes,
    location: record.location,
    video_link: record.videoLink,
    facilitator_id: record.facilitatorId,
    note_taker_id: record.noteTakerId,
  };
}

export async function changeMeetingStatus(db: StorageExecutor, id: string, status: MeetingStatus, change: StatusChange, at: string): Promise<void> {
  await db
    .updateTable('meetings')
    .set({
      status,
      approved_on: change.approvedOn ?? null,
      approved_at_meeting_id: change.approvedAtMeetingId ?? null,
      cancelled_reason: change.cancelledReason ?? null,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function storeCurrentItem(db: StorageExecutor, id: string, itemId: string | null, at: string): Promise<void> {
  await db
    .updateTable('meetings')
    .set({ current_item_id: itemId, current_item_started_at: itemId === null ? null : at })
    .where('id', '=', id)
    .execute();
}

/** Marks the record as changed (an agenda, attendance or decision edit) without touching its fields. */
export async function markMeetingChanged(db: StorageExecutor, id: string, at: string): Promise<void> {
  await db.updateTable('meetings').set({ updated_at: at }).where('id', '=', id).execute();
}

export async function readMeeting(db: StorageExecutor, id: string): Promise<MeetingSummary | undefined> {
  return (await summaries(db, { id })).at(0);
}

export function readMeetings(db: StorageExecutor, options: ChannelParsedInput<'meetings.list'>): Promise<MeetingSummary[]> {
  return summaries(db, options);
}

interface SummaryFilter {
  id?: string;
  from?: string | null;
  to?: string | null;
  seriesId?: string | null;
  statuses?: readonly MeetingStatus[];
}

async function summaries(db: StorageExecutor, filter: SummaryFilter): Promise<MeetingSummary[]> {
  const { from = null, to = null, seriesId = null, statuses = [] } = filter;
  const localDay = sql<string>`substr(${sql.ref('m.starts_at')}, 1, 10)`;
  return db
    .selectFrom('meetings as m')
    .leftJoin('workgroups as w', 'w.id', 'm.workgroup_id')
    .leftJoin('members as f', 'f.id', 'm.facilitator_id')
    .leftJoin('members as n', 'n.id', 'm.note_taker_id')
    .select([
      'm.id',
      'm.title',
      'm.kind',
      'm.workgroup_id as workgroupId',
      'm.starts_at as startsAt',
      'm.time_zone as timeZone',
      'm.starts_at_utc as startsAtUtc',
    ])
    .select([
      'm.duration_minutes as durationMinutes',
      'm.location',
      'm.video_link as videoLink',
      'm.facilitator_id as facilitatorId',
      'm.note_taker_id as noteTakerId',
    ])
    .select(['m.status', 'm.series_id as seriesId', 'm.series_index as seriesIndex', 'w.name as workgroupName'])
    .select([shownNameOrNull('f').as('facilitatorName'), shownNameOrNull('n').as('noteTakerName')])
    .select((eb) => [
      eb
        .selectFrom('agenda_items as a')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('a.meeting_id', '=', 'm.id')
        .$asScalar()
        .$notNull()
        .as('agendaItemCount'),
      eb.selectFrom('attendees as p').select(eb.fn.countAll<number>().as('n')).whereRef('p.meeting_id', '=', 'm.id').$asScalar().$notNull().as('attendeeCount'),
    ])
    .select(['m.approved_on as approvedOn', 'm.cancelled_reason as cancelledReason', 'm.created_at as createdAt', 'm.updated_at as updatedAt'])
    .$if(filter.id !== undefined, (query) => query.where('m.id', '=', filter.id ?? ''))
    .$if(from !== null, (query) => query.where(localDay, '>=', from ?? ''))
    .$if(to !== null, (query) => query.where(localDay, '<=', to ?? ''))
    .$if(seriesId !== null, (query) => query.where('m.series_id', '=', seriesId))
    .$if(statuses.length > 0, (query) => query.where('m.status', 'in', statuses))
    .orderBy('m.starts_at_utc')
    .orderBy('m.id')
    .execute();
}

/** A member's shown name through a LEFT JOIN: null when nobody is set. */
const shownNameOrNull = (alias: string) => sql<string | null>`${shownNameOf(alias)}`;

/** The meeting's state for the editability rule (services/meetingEditability.ts). */
export async function readMeetingState(db: StorageExecutor, id: string): Promise<MeetingState | undefined> {
  const row = await db
    .selectFrom('meetings as m')
    .select(['m.status as meetingStatus', 'm.title as meetingTitle', amendingOf('m').as('amending')])
    .where('m.id', '=', id)
    .executeTakeFirst();
  return row && { ...row, amending: Boolean(row.amending) };
}

/** Whether the meeting joined as `alias` has an open amendment (0/1 on SQLite, a boolean on PostgreSQL). */
export function amendingOf(alias: string) {
  return sql<number | boolean>`EXISTS (SELECT 1 FROM meeting_amendments am WHERE am.meeting_id = ${sql.ref(`${alias}.id`)} AND am.closed_at IS NULL)`;
}

/** The item the facilitator is on in "Run meeting", and since when. */
export async function readRunState(db: StorageExecutor, id: string): Promise<{ id: string; startedAt: string } | null> {
  const row = await db.selectFrom('meetings').select(['current_item_id as id', 'current_item_started_at as startedAt']).where('id', '=', id).executeTakeFirst();
  return row?.id && row.startedAt ? { id: row.id, startedAt: row.startedAt } : null;
}
