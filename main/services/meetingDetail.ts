import { meetingRecordLock } from '../../shared/meetingEditability';
import type { MeetingDetail } from '../../shared/contract';
import { listAgenda, readAgenda } from '../db/agendaItemRepository';
import { listAttendees, readAttendees } from '../db/attendeeRepository';
import { listAuditFor, loadAuditFor } from '../db/auditRepository';
import { listDecisionsOfMeeting, readDecisionsOfMeeting } from '../db/decisionRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { listAmendments, readAmendments } from '../db/meetingAmendmentRepository';
import { findRecordSnapshot, readRecordSnapshot } from '../db/meetingRecordSnapshotRepository';
import { findRunState, readRunState } from '../db/meetingRepository';
import { nearestInSeries, nextInSeries, previousInSeries } from '../db/meetingSeriesRepository';
import { loadQuorumRule } from '../db/meetingSettings';
import { actionItemIdsOfMeeting, actionUpdatesAtMeeting, readActionItemIdsOfMeeting, readActionUpdatesAtMeeting } from '../db/meetingOutcomesRepository';
import type { Db } from '../db/openDatabase';
import { attendanceFactsOf, sectorPresenceOf } from '../meetings/quorumMath';
import { readPreferences } from './preferences';
import { countQuorum, quorumAndPresence } from './meetingQuorum';
import { loadMeeting, requireMeeting } from './meetingRecord';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

export function getMeeting(context: ServiceContext, { id }: { id: string }): Promise<MeetingDetail> {
  return loadMeetingDetail(storage(context), id);
}

type SeriesNeighbour = { id: string; title: string; startsAt: string; status: MeetingDetail['meeting']['status'] };
const neighbour = (found: SeriesNeighbour | undefined) => (found ? { id: found.id, title: found.title, startsAt: found.startsAt, status: found.status } : null);

/** The storage-engine form of readMeetingDetail: the same page, the same fixed handful of queries. */
export async function loadMeetingDetail(db: StorageExecutor, id: string): Promise<MeetingDetail> {
  const meeting = await loadMeeting(db, id);
  const agenda = await readAgenda(db, id);
  const amendments = await readAmendments(db, id);
  const amending = amendments.some((amendment) => amendment.closedAt === null);
  const stored = meetingRecordLock(meeting.status, amending) === 'approved' ? await readRecordSnapshot(db, id) : undefined;
  const attendees = stored?.attendees ?? (await readAttendees(db, id));
  const counts = stored
    ? { quorum: stored.quorum, sectorPresence: sectorPresenceOf(stored.attendees.map(attendanceFactsOf)) }
    : await countQuorum(db, meeting, attendees, await loadQuorumRule(db));
  const { seriesId, seriesIndex } = meeting;
  const around = async (step: { before: number } | { after: number }) => (seriesId !== null ? neighbour(await nearestInSeries(db, seriesId, step)) : null);
  return {
    meeting,
    agenda,
    agendaMinutes: agenda.reduce((sum, item) => sum + item.timeboxMinutes, 0),
    attendees,
    ...counts,
    decisions: await readDecisionsOfMeeting(db, id),
    actionItemIds: await readActionItemIdsOfMeeting(db, id),
    actionUpdates: await readActionUpdatesAtMeeting(db, id),
    previousInSeries: seriesIndex !== null ? await around({ before: seriesIndex }) : null,
    nextInSeries: seriesIndex !== null ? await around({ after: seriesIndex }) : null,
    currentItem: await readRunState(db, id),
    amending,
    amendments,
    history: (await loadAuditFor(db, 'meeting', id)).map(({ at, profile, action, changes }) => ({ at, profile, action, changes })),
  };
}

/**
 * The synchronous form, for the meeting record export and the bench until they move.
 * Everything the meeting page shows, in a fixed handful of queries whatever the size of the agenda. Approved
 * minutes (not open for an amendment) show the attendance and quorum stored at approval, not today's roster.
 */
export function readMeetingDetail(db: Db, id: string): MeetingDetail {
  const meeting = requireMeeting(db, id);
  const agenda = listAgenda(db, id);
  const amendments = listAmendments(db, id);
  const amending = amendments.some((amendment) => amendment.closedAt === null);
  const stored = meetingRecordLock(meeting.status, amending) === 'approved' ? findRecordSnapshot(db, id) : undefined;
  const attendees = stored?.attendees ?? listAttendees(db, id);
  const counts = stored
    ? { quorum: stored.quorum, sectorPresence: sectorPresenceOf(stored.attendees.map(attendanceFactsOf)) }
    : quorumAndPresence(db, meeting, attendees, readPreferences(db).quorumRule);
  const inSeries = meeting.seriesId !== null && meeting.seriesIndex !== null;
  return {
    meeting,
    agenda,
    agendaMinutes: agenda.reduce((sum, item) => sum + item.timeboxMinutes, 0),
    attendees,
    ...counts,
    decisions: listDecisionsOfMeeting(db, id),
    actionItemIds: actionItemIdsOfMeeting(db, id),
    actionUpdates: actionUpdatesAtMeeting(db, id),
    previousInSeries: inSeries ? neighbour(previousInSeries(db, meeting.seriesId ?? '', meeting.seriesIndex ?? 0)) : null,
    nextInSeries: inSeries ? neighbour(nextInSeries(db, meeting.seriesId ?? '', meeting.seriesIndex ?? 0)) : null,
    currentItem: findRunState(db, id),
    amending,
    amendments,
    history: listAuditFor(db, 'meeting', id).map(({ at, profile, action, changes }) => ({ at, profile, action, changes })),
  };
}
