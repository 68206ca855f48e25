import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../services/serviceContext';
import type { Handlers } from './router';

export type MeetingHandlers = Pick<Handlers, 'workgroups.list' | 'workgroups.create' | 'workgroups.update' | 'workgroups.archive' | 'workgroups.restore' | 'meetings.list' | 'meetings.get' | 'meetings.create' | 'meetings.update' | 'meetings.addNextInSeries' | 'meetings.start' | 'meetings.finish' | 'meetings.resume' | 'meetings.approveMinutes' | 'meetings.cancel' | 'meetings.openAmendment' | 'meetings.closeAmendment' | 'meetings.setCurrentItem' | 'agenda.addItem' | 'agenda.updateItem' | 'agenda.removeItem' | 'agenda.reorder' | 'agenda.setItemStatus' | 'agenda.saveNotes' | 'templates.list' | 'templates.saveFromMeeting' | 'templates.delete' | 'attendance.invite' | 'attendance.mark' | 'attendance.setSubstitute' | 'attendance.addGuest' | 'attendance.remove' | 'decisions.record' | 'decisions.update' | 'decisions.remove' | 'decisions.recent' | 'preferences.get' | 'preferences.setQuorumRule' | 'preferences.setMyMember' | 'preferences.setTimeZone'>;

/** Workgroups, meetings, agendas, templates, attendance, decisions and preferences: one line per channel, the rules live in services. */
export function createMeetingHandlers(context: ServiceContext): MeetingHandlers {
  void context;
  const notYet = () => {
    throw new AppError('UNSUPPORTED', 'This part of the app is not ready yet.');
  };
  return {
    'workgroups.list': notYet,
    'workgroups.create': notYet,
    'workgroups.update': notYet,
    'workgroups.archive': notYet,
    'workgroups.restore': notYet,
    'meetings.list': notYet,
    'meetings.get': notYet,
    'meetings.create': notYet,
    'meetings.update': notYet,
    'meetings.addNextInSeries': notYet,
    'meetings.start': notYet,
    'meetings.finish': notYet,
    'meetings.resume': notYet,
    'meetings.approveMinutes': notYet,
    'meetings.cancel': notYet,
    'meetings.openAmendment': notYet,
    'meetings.closeAmendment': notYet,
    'meetings.setCurrentItem': notYet,
    'agenda.addItem': notYet,
    'agenda.updateItem': notYet,
    'agenda.removeItem': notYet,
    'agenda.reorder': notYet,
    'agenda.setItemStatus': notYet,
    'agenda.saveNotes': notYet,
    'templates.list': notYet,
    'templates.saveFromMeeting': notYet,
    'templates.delete': notYet,
    'attendance.invite': notYet,
    'attendance.mark': notYet,
    'attendance.setSubstitute': notYet,
    'attendance.addGuest': notYet,
    'attendance.remove': notYet,
    'decisions.record': notYet,
    'decisions.update': notYet,
    'decisions.remove': notYet,
    'decisions.recent': notYet,
    'preferences.get': notYet,
    'preferences.setQuorumRule': notYet,
    'preferences.setMyMember': notYet,
    'preferences.setTimeZone': notYet,
  };
}
