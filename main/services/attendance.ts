import { uuidv7 } from 'uuidv7';
import type { AttendanceStatus, Attendee, ChannelParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import {
  activeMemberIdsFor,
  addGuestAttendee,
  addMemberAttendees,
  deleteAttendee,
  findAttendee,
  listAttendees,
  setAttendanceStatus,
  setAttendeeSubstitute,
} from '../db/attendeeRepository';
import type { Db } from '../db/openDatabase';
import { recordMeetingChange } from './meetingAudit';
import { assertMeetingEditable } from './meetingEditability';
import { assertAllExist, assertAvailable } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound } from './workspaceTransaction';

/** Attendance is part of the meeting's record: changed only while the meeting is editable. */
function editableAttendee(db: Db, id: string): Attendee {
  const attendee = requireFound(findAttendee(db, id), 'attendee');
  assertMeetingEditable(db, attendee.meetingId);
  return attendee;
}

/** Expands the choice to active members (archived people are skipped); people already on the list stay as they are. */
export function invite(context: ServiceContext, input: ChannelParsedInput<'attendance.invite'>): Attendee[] {
  return inWorkspaceTransaction(context, (db, at) => {
    assertMeetingEditable(db, input.meetingId);
    assertAllExist(db, 'members', 'memberIds', input.memberIds);
    assertAllExist(db, 'organizations', 'organizationIds', input.organizationIds);
    assertAllExist(db, 'workgroups', 'workgroupIds', input.workgroupIds);
    const added = addMemberAttendees(db, input.meetingId, activeMemberIdsFor(db, input), at);
    if (added > 0) {
      recordMeetingChange(context, db, at, { id: input.meetingId, action: 'people invited', changes: { added } });
    }
    return listAttendees(db, input.meetingId);
  });
}

export function markAttendance(context: ServiceContext, input: { id: string; status: AttendanceStatus }): Attendee {
  return inWorkspaceTransaction(context, (db, at) => {
    const attendee = editableAttendee(db, input.id);
    if (attendee.status === input.status) return attendee;
    setAttendanceStatus(db, input.id, input.status, at);
    recordMeetingChange(context, db, at, { id: attendee.meetingId, action: 'attendance marked', changes: { attendee: attendee.shownName, status: { from: attendee.status, to: input.status } } });
    return requireFound(findAttendee(db, input.id), 'attendee');
  });
}

/** Someone standing in for a member who is absent or excused: a roster member, or a name. */
export function setSubstitute(context: ServiceContext, input: ChannelParsedInput<'attendance.setSubstitute'>): Attendee {
  return inWorkspaceTransaction(context, (db, at) => {
    const attendee = editableAttendee(db, input.id);
    const substitute = input.substitute;
    if (substitute !== null) {
      if (attendee.guest) throw new AppError('CONFLICT', `${attendee.shownName} is a guest; only a member can send a substitute.`);
      if (attendee.status !== 'absent' && attendee.status !== 'excused') {
        throw new AppError('CONFLICT', `Mark ${attendee.shownName} absent or excused first: a substitute stands in for someone who is not there.`);
      }
      if (substitute.memberId === attendee.memberId) throw new AppError('VALIDATION', 'A person cannot stand in for themselves.', { fieldErrors: { memberId: ['A person cannot stand in for themselves.'] } });
      assertAvailable(db, 'members', 'memberId', substitute.memberId);
    }
    setAttendeeSubstitute(db, input.id, substitute, at);
    const updated = requireFound(findAttendee(db, input.id), 'attendee');
    recordMeetingChange(context, db, at, { id: attendee.meetingId, action: 'substitute set', changes: { attendee: attendee.shownName, substitute: updated.substitute?.shownName ?? null } });
    return updated;
  });
}

export function addGuest(context: ServiceContext, input: ChannelParsedInput<'attendance.addGuest'>): Attendee {
  return inWorkspaceTransaction(context, (db, at) => {
    assertMeetingEditable(db, input.meetingId);
    const id = uuidv7();
    addGuestAttendee(db, id, input, at);
    recordMeetingChange(context, db, at, { id: input.meetingId, action: 'guest added', changes: { name: input.name, organization: input.organization, sector: input.sector } });
    return requireFound(findAttendee(db, id), 'attendee');
  });
}

export function removeAttendee(context: ServiceContext, { id }: { id: string }): { done: true } {
  return inWorkspaceTransaction(context, (db, at) => {
    const attendee = editableAttendee(db, id);
    deleteAttendee(db, id);
    recordMeetingChange(context, db, at, { id: attendee.meetingId, action: 'attendee removed', changes: { attendee: attendee.shownName } });
    return { done: true as const };
  });
}
