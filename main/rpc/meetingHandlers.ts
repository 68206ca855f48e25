import { addAgendaItem, removeAgendaItem, reorderAgenda, setAgendaItemDone, updateAgendaItem } from '../services/agenda';
import { deleteTemplate, listTemplates, saveTemplateFromMeeting } from '../services/agendaTemplates';
import { addGuest, invite, markAttendance, removeAttendee, setSubstitute } from '../services/attendance';
import { recentDecisions, recordDecision, removeDecision, updateDecision } from '../services/decisions';
import { closeAmendment, openAmendment } from '../services/meetingAmendments';
import { getMeeting } from '../services/meetingDetail';
import { approveMinutes, cancelMeeting, finishMeeting, resumeMeeting, setCurrentItem, startMeeting } from '../services/meetingLifecycle';
import { saveNotes } from '../services/meetingNotes';
import { createMeeting, listMeetings, updateMeeting } from '../services/meetings';
import { addNextInSeries } from '../services/meetingSeries';
import { getPreferences, setDateStyle, setMyMember, setQuorumRule, setTimeZone } from '../services/preferences';
import type { ServiceContext } from '../services/serviceContext';
import { archiveWorkgroup, createWorkgroup, listWorkgroups, restoreWorkgroup, updateWorkgroup } from '../services/workgroups';
import type { Handlers } from './router';

export type MeetingHandlers = Pick<
  Handlers,
  | 'workgroups.list'
  | 'workgroups.create'
  | 'workgroups.update'
  | 'workgroups.archive'
  | 'workgroups.restore'
  | 'meetings.list'
  | 'meetings.get'
  | 'meetings.create'
  | 'meetings.update'
  | 'meetings.addNextInSeries'
  | 'meetings.start'
  | 'meetings.finish'
  | 'meetings.resume'
  | 'meetings.approveMinutes'
  | 'meetings.cancel'
  | 'meetings.openAmendment'
  | 'meetings.closeAmendment'
  | 'meetings.setCurrentItem'
  | 'agenda.addItem'
  | 'agenda.updateItem'
  | 'agenda.removeItem'
  | 'agenda.reorder'
  | 'agenda.setItemStatus'
  | 'agenda.saveNotes'
  | 'templates.list'
  | 'templates.saveFromMeeting'
  | 'templates.delete'
  | 'attendance.invite'
  | 'attendance.mark'
  | 'attendance.setSubstitute'
  | 'attendance.addGuest'
  | 'attendance.remove'
  | 'decisions.record'
  | 'decisions.update'
  | 'decisions.remove'
  | 'decisions.recent'
  | 'preferences.get'
  | 'preferences.setQuorumRule'
  | 'preferences.setMyMember'
  | 'preferences.setTimeZone'
  | 'preferences.setDateStyle'
>;

/** Workgroups, meetings, agendas, templates, attendance, decisions and preferences: one line per channel, the rules live in services. */
export function createMeetingHandlers(context: ServiceContext): MeetingHandlers {
  return {
    'workgroups.list': (input) => listWorkgroups(context, input),
    'workgroups.create': (input) => createWorkgroup(context, input),
    'workgroups.update': (input) => updateWorkgroup(context, input),
    'workgroups.archive': (input) => archiveWorkgroup(context, input),
    'workgroups.restore': (input) => restoreWorkgroup(context, input),
    'meetings.list': (input) => listMeetings(context, input),
    'meetings.get': (input) => getMeeting(context, input),
    'meetings.create': (input) => createMeeting(context, input),
    'meetings.update': (input) => updateMeeting(context, input),
    'meetings.addNextInSeries': (input) => addNextInSeries(context, input),
    'meetings.start': (input) => startMeeting(context, input),
    'meetings.finish': (input) => finishMeeting(context, input),
    'meetings.resume': (input) => resumeMeeting(context, input),
    'meetings.approveMinutes': (input) => approveMinutes(context, input),
    'meetings.cancel': (input) => cancelMeeting(context, input),
    'meetings.openAmendment': (input) => openAmendment(context, input),
    'meetings.closeAmendment': (input) => closeAmendment(context, input),
    'meetings.setCurrentItem': (input) => setCurrentItem(context, input),
    'agenda.addItem': (input) => addAgendaItem(context, input),
    'agenda.updateItem': (input) => updateAgendaItem(context, input),
    'agenda.removeItem': (input) => removeAgendaItem(context, input),
    'agenda.reorder': (input) => reorderAgenda(context, input),
    'agenda.setItemStatus': (input) => setAgendaItemDone(context, input),
    'agenda.saveNotes': (input) => saveNotes(context, input),
    'templates.list': () => listTemplates(context),
    'templates.saveFromMeeting': (input) => saveTemplateFromMeeting(context, input),
    'templates.delete': (input) => deleteTemplate(context, input),
    'attendance.invite': (input) => invite(context, input),
    'attendance.mark': (input) => markAttendance(context, input),
    'attendance.setSubstitute': (input) => setSubstitute(context, input),
    'attendance.addGuest': (input) => addGuest(context, input),
    'attendance.remove': (input) => removeAttendee(context, input),
    'decisions.record': (input) => recordDecision(context, input),
    'decisions.update': (input) => updateDecision(context, input),
    'decisions.remove': (input) => removeDecision(context, input),
    'decisions.recent': (input) => recentDecisions(context, input),
    'preferences.get': () => getPreferences(context),
    'preferences.setQuorumRule': (input) => setQuorumRule(context, input),
    'preferences.setMyMember': (input) => setMyMember(context, input),
    'preferences.setTimeZone': (input) => setTimeZone(context, input),
    'preferences.setDateStyle': (input) => setDateStyle(context, input),
  };
}
