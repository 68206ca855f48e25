import type { MeetingFields, MeetingSummary } from '../../shared/contract';
import type { MeetingRecord } from '../db/meetingRepository';
import { findMeeting } from '../db/meetingRepository';
import type { Db } from '../db/openDatabase';
import { resolveStart } from '../meetings/meetingTime';
import { assertAvailable } from './rosterReferences';
import { requireFound } from './workspaceTransaction';

export function requireMeeting(db: Db, id: string): MeetingSummary {
  return requireFound(findMeeting(db, id), 'meeting');
}

/** The fields as stored: the wall-clock start resolved in its zone (see meetings/meetingTime.ts). */
export function toMeetingRecord(fields: MeetingFields): MeetingRecord {
  return { ...fields, ...resolveStart(fields.startsAt, fields.timeZone) };
}

export function recordOf(meeting: MeetingSummary): MeetingRecord {
  const { title, kind, workgroupId, startsAt, timeZone, startsAtUtc, durationMinutes, location, videoLink, facilitatorId, noteTakerId } = meeting;
  return { title, kind, workgroupId, startsAt, timeZone, startsAtUtc, durationMinutes, location, videoLink, facilitatorId, noteTakerId };
}

/** The workgroup, facilitator and note-taker exist and are active (or were already on the record). */
export function assertMeetingReferences(db: Db, fields: MeetingFields, current: MeetingSummary | null): void {
  assertAvailable(db, 'workgroups', 'workgroupId', fields.workgroupId, [current?.workgroupId ?? null]);
  assertAvailable(db, 'members', 'facilitatorId', fields.facilitatorId, [current?.facilitatorId ?? null]);
  assertAvailable(db, 'members', 'noteTakerId', fields.noteTakerId, [current?.noteTakerId ?? null]);
}
