import type { MeetingFields, MeetingSummary } from '../../shared/contract';
import type { StorageExecutor } from '../db/engine/storageEngine';
import type { MeetingRecord } from '../db/meetingRepository';
import { readMeeting } from '../db/meetingRepository';
import { resolveStart } from '../meetings/meetingTime';
import { requireAvailable } from './rosterReferences';
import { requireFound } from './workspaceTransaction';

/** The meeting, or NOT_FOUND. */
export async function loadMeeting(db: StorageExecutor, id: string): Promise<MeetingSummary> {
  return requireFound(await readMeeting(db, id), 'meeting');
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
export async function assertMeetingReferences(db: StorageExecutor, fields: MeetingFields, current: MeetingSummary | null): Promise<void> {
  await requireAvailable(db, 'workgroups', 'workgroupId', fields.workgroupId, [current?.workgroupId ?? null]);
  await requireAvailable(db, 'members', 'facilitatorId', fields.facilitatorId, [current?.facilitatorId ?? null]);
  await requireAvailable(db, 'members', 'noteTakerId', fields.noteTakerId, [current?.noteTakerId ?? null]);
}
