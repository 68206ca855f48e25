import { uuidv7 } from 'uuidv7';
import type { AttendanceStatus, Attendee, ChannelParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import {
  activeMemberIdsFor,
  addGuestAttendee,
  deleteAttendee,
  findAttendee,
  inviteMembers,
  markAttendee,
  readAttendees,
  setAttendeeSubstitute,
} from '../db/attendeeRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { recordMeetingChange } from './meetingAudit';
import { requireEditable } from './meetingEditability';
import { requireAllExist, requireAvailable } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound } from './workspaceTransaction';

async function requireAttendee(db: StorageExecutor, id: string): Promise<Attendee> {
  return requireFound(await findAttendee(db, id), 'attendee');
}

/** Attendance is part of the meeting's record: changed only while the meeting is editable. */
async function editableAttendee(db: StorageExecutor, id: string): Promise<Attendee> {
  const attendee = await requireAttendee(db, id);
  await requireEditable(db, attendee.meetingId);
  return attendee;
}

/** Expands the choice to active members (archived people are skipped); people already on the list stay as they are. */
export function invite(context: ServiceContext, input: ChannelParsedInput<'attendance.invite'>): Promise<Attendee[]> {
  return inTransaction(context, async (trx, at) => {
    await requireEditable(trx, input.meetingId);
    await requireAllExist(trx, 'members', 'memberIds', input.memberIds);
    await requireAllExist(trx, 'organizations', 'organizationIds', input.organizationIds);
    await requireAllExist(trx, 'workgroups', 'workgroupIds', input.workgroupIds);
    const added = await inviteMembers(trx, input.meetingId, await activeMemberIdsFor(trx, input), at);
    if (added > 0) {
      await recordMeetingChange(context, trx, at, { id: input.meetingId, action: 'people invited', changes: { added } });
    }
    return readAttendees(trx, input.meetingId);
  });
}

export function markAttendance(context: ServiceContext, input: { id: string; status: AttendanceStatus }): Promise<Attendee> {
  return inTransaction(context, async (trx, at) => {
    const attendee = await editableAttendee(trx, input.id);
    if (attendee.status === input.status) return attendee;
    await markAttendee(trx, input.id, input.status, at);
    await recordMeetingChange(context, trx, at, {
      id: attendee.meetingId,
      action: 'attendance marked',
      changes: { attendee: attendee.shownName, status: { from: attendee.status, to: input.status } },
    });
    return requireAttendee(trx, input.id);
  });
}

/** Someone standing in for a member who is absent or excused: a roster member, or a name. */
export function setSubstitute(context: ServiceContext, input: ChannelParsedInput<'attendance.setSubstitute'>): Promise<Attendee> {
  return inTransaction(context, async (trx, at) => {
    const attendee = await editableAttendee(trx, input.id);
    const substitute = input.substitute;
    if (substitute !== null) {
      if (attendee.guest) throw new AppError('CONFLICT', `${attendee.shownName} is a guest; only a member can send a substitute.`);
      if (attendee.status !== 'absent' && attendee.status !== 'excused') {
        throw new AppError('CONFLICT', `Mark ${attendee.shownName} absent or excused first: a substitute stands in for someone who is not there.`);
      }
      if (substitute.memberId === attendee.memberId)
        throw new AppError('VALIDATION', 'A person cannot stand in for themselves.', {
          fieldErrors: { memberId: ['A person cannot stand in for themselves.'] },
        });
      await requireAvailable(trx, 'members', 'memberId', substitute.memberId);
    }
    await setAttendeeSubstitute(trx, input.id, substitute, at);
    const updated = await requireAttendee(trx, input.id);
    await recordMeetingChange(context, trx, at, {
      id: attendee.meetingId,
      action: 'substitute set',
      changes: { attendee: attendee.shownName, substitute: updated.substitute?.shownName ?? null },
    });
    return updated;
  });
}

export function addGuest(context: ServiceContext, input: ChannelParsedInput<'attendance.addGuest'>): Promise<Attendee> {
  return inTransaction(context, async (trx, at) => {
    await requireEditable(trx, input.meetingId);
    const id = uuidv7();
    await addGuestAttendee(trx, id, input, at);
    await recordMeetingChange(context, trx, at, {
      id: input.meetingId,
      action: 'guest added',
      changes: { name: input.name, organization: input.organization, sector: input.sector },
    });
    return requireAttendee(trx, id);
  });
}

export function removeAttendee(context: ServiceContext, { id }: { id: string }): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    const attendee = await editableAttendee(trx, id);
    await deleteAttendee(trx, id);
    await recordMeetingChange(context, trx, at, { id: attendee.meetingId, action: 'attendee removed', changes: { attendee: attendee.shownName } });
    return { done: true as const };
  });
}
