import type { MeetingDetail } from '../../shared/contract';
import { listAgenda } from '../db/agendaItemRepository';
import { listAttendees } from '../db/attendeeRepository';
import { listAuditFor } from '../db/auditRepository';
import { listDecisionsOfMeeting } from '../db/decisionRepository';
import { listAmendments } from '../db/meetingAmendmentRepository';
import { findRunState } from '../db/meetingRepository';
import { nextInSeries, previousInSeries } from '../db/meetingSeriesRepository';
import { actionItemIdsOfMeeting, actionUpdatesAtMeeting } from '../db/meetingOutcomesRepository';
import type { Db } from '../db/openDatabase';
import { readPreferences } from './preferences';
import { quorumAndPresence } from './meetingQuorum';
import { requireMeeting } from './meetingRecord';
import type { ServiceContext } from './serviceContext';
import { workspaceDb } from './workspaceTransaction';

export function getMeeting(context: ServiceContext, { id }: { id: string }): MeetingDetail {
  return readMeetingDetail(workspaceDb(context), id);
}

/** Everything the meeting page shows, in a fixed handful of queries whatever the size of the agenda. */
export function readMeetingDetail(db: Db, id: string): MeetingDetail {
  const meeting = requireMeeting(db, id);
  const agenda = listAgenda(db, id);
  const attendees = listAttendees(db, id);
  const amendments = listAmendments(db, id);
  const neighbour = (found: { id: string; title: string; startsAt: string; status: MeetingDetail['meeting']['status'] } | undefined) =>
    found ? { id: found.id, title: found.title, startsAt: found.startsAt, status: found.status } : null;
  const inSeries = meeting.seriesId !== null && meeting.seriesIndex !== null;
  return {
    meeting,
    agenda,
    agendaMinutes: agenda.reduce((sum, item) => sum + item.timeboxMinutes, 0),
    attendees,
    ...quorumAndPresence(db, meeting, attendees, readPreferences(db).quorumRule),
    decisions: listDecisionsOfMeeting(db, id),
    actionItemIds: actionItemIdsOfMeeting(db, id),
    actionUpdates: actionUpdatesAtMeeting(db, id),
    previousInSeries: inSeries ? neighbour(previousInSeries(db, meeting.seriesId ?? '', meeting.seriesIndex ?? 0)) : null,
    nextInSeries: inSeries ? neighbour(nextInSeries(db, meeting.seriesId ?? '', meeting.seriesIndex ?? 0)) : null,
    currentItem: findRunState(db, id),
    amending: amendments.some((amendment) => amendment.closedAt === null),
    amendments,
    history: listAuditFor(db, 'meeting', id).map(({ at, profile, action, changes }) => ({ at, profile, action, changes })),
  };
}
