import type { MeetingDetail } from '../../shared/contract';
import { listAgenda } from '../db/agendaItemRepository';
import { listAttendees } from '../db/attendeeRepository';
import { listAuditFor } from '../db/auditRepository';
import { listDecisionsOfMeeting } from '../db/decisionRepository';
import { listAmendments } from '../db/meetingAmendmentRepository';
import { findRecordSnapshot } from '../db/meetingRecordSnapshotRepository';
import { findRunState } from '../db/meetingRepository';
import { nextInSeries, previousInSeries } from '../db/meetingSeriesRepository';
import { actionItemIdsOfMeeting, actionUpdatesAtMeeting } from '../db/meetingOutcomesRepository';
import type { Db } from '../db/openDatabase';
import { attendanceFactsOf, sectorPresenceOf } from '../meetings/quorumMath';
import { readPreferences } from './preferences';
import { quorumAndPresence } from './meetingQuorum';
import { requireMeeting } from './meetingRecord';
import type { ServiceContext } from './serviceContext';
import { workspaceDb } from './workspaceTransaction';

export function getMeeting(context: ServiceContext, { id }: { id: string }): MeetingDetail {
  return readMeetingDetail(workspaceDb(context), id);
}

/**
 * Everything the meeting page shows, in a fixed handful of queries whatever the size of the agenda. Approved
 * minutes (not open for an amendment) show the attendance and quorum stored at approval, not today's roster.
 */
export function readMeetingDetail(db: Db, id: string): MeetingDetail {
  const meeting = requireMeeting(db, id);
  const agenda = listAgenda(db, id);
  const amendments = listAmendments(db, id);
  const amending = amendments.some((amendment) => amendment.closedAt === null);
  const stored = meeting.status === 'approved' && !amending ? findRecordSnapshot(db, id) : undefined;
  const attendees = stored?.attendees ?? listAttendees(db, id);
  const counts = stored
    ? { quorum: stored.quorum, sectorPresence: sectorPresenceOf(stored.attendees.map(attendanceFactsOf)) }
    : quorumAndPresence(db, meeting, attendees, readPreferences(db).quorumRule);
  const neighbour = (found: { id: string; title: string; startsAt: string; status: MeetingDetail['meeting']['status'] } | undefined) =>
    found ? { id: found.id, title: found.title, startsAt: found.startsAt, status: found.status } : null;
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
