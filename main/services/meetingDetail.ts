import { meetingRecordLock } from '../../shared/meetingEditability';
import type { MeetingDetail } from '../../shared/contract';
import { readAgenda } from '../db/agendaItemRepository';
import { readAttendees } from '../db/attendeeRepository';
import { loadAuditFor } from '../db/auditRepository';
import { readDecisionsOfMeeting } from '../db/decisionRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { readAmendments } from '../db/meetingAmendmentRepository';
import { readRecordSnapshot } from '../db/meetingRecordSnapshotRepository';
import { readRunState } from '../db/meetingRepository';
import { nearestInSeries } from '../db/meetingSeriesRepository';
import { loadQuorumRule } from '../db/meetingSettings';
import { readActionItemIdsOfMeeting, readActionUpdatesAtMeeting } from '../db/meetingOutcomesRepository';
import { attendanceFactsOf, sectorPresenceOf } from '../meetings/quorumMath';
import { countQuorum } from './meetingQuorum';
import { loadMeeting } from './meetingRecord';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

export function getMeeting(context: ServiceContext, { id }: { id: string }): Promise<MeetingDetail> {
  return loadMeetingDetail(storage(context), id);
}

type SeriesNeighbour = { id: string; title: string; startsAt: string; status: MeetingDetail['meeting']['status'] };
const neighbour = (found: SeriesNeighbour | undefined) => (found ? { id: found.id, title: found.title, startsAt: found.startsAt, status: found.status } : null);

/**
 * Everything the meeting page shows, in a fixed handful of queries whatever the size of the agenda. Approved
 * minutes (not open for an amendment) show the attendance and quorum stored at approval, not today's roster.
 */
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
