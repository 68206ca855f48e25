import { uuidv7 } from 'uuidv7';
import type { ChannelParsedInput, Decision } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { motionProblems } from '../../shared/motionRules';
import { findAgendaItem } from '../db/agendaItemRepository';
import { listAttendees } from '../db/attendeeRepository';
import { type DecisionFields, deleteDecision, findDecision, insertDecision, listRecentDecisions, updateDecision as writeDecision } from '../db/decisionRepository';
import type { Db } from '../db/openDatabase';
import { changedFields } from './directoryAudit';
import { recordMeetingChange } from './meetingAudit';
import { assertMeetingEditable } from './meetingEditability';
import { quorumAndPresence } from './meetingQuorum';
import { requireMeeting } from './meetingRecord';
import { readPreferences } from './preferences';
import { assertAvailable } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound, workspaceDb } from './workspaceTransaction';

export function recentDecisions(context: ServiceContext, input: { limit: number }): Decision[] {
  return listRecentDecisions(workspaceDb(context), input.limit);
}

export function recordDecision(context: ServiceContext, input: ChannelParsedInput<'decisions.record'>): Decision {
  const { meetingId, ...fields } = input;
  return inWorkspaceTransaction(context, (db, at) => {
    assertMeetingEditable(db, meetingId);
    assertDecisionReferences(db, meetingId, fields, null);
    const id = uuidv7();
    insertDecision(db, id, meetingId, fields, at);
    recordMeetingChange(context, db, at, { id: meetingId, action: 'decision recorded', changes: { decisionId: id, text: fields.text, outcome: fields.outcome } });
    return requireDecision(db, id);
  });
}

export function updateDecision(context: ServiceContext, input: ChannelParsedInput<'decisions.update'>): Decision {
  const { id, ...fields } = input;
  return inWorkspaceTransaction(context, (db, at) => {
    const before = requireDecision(db, id);
    assertMeetingEditable(db, before.meetingId);
    assertDecisionReferences(db, before.meetingId, fields, before);
    writeDecision(db, id, fields, at);
    const after = requireDecision(db, id);
    const shape = (decision: Decision) => ({ agendaItemId: decision.agendaItemId, text: decision.text, outcome: decision.outcome, motion: decision.motion });
    recordMeetingChange(context, db, at, { id: before.meetingId, action: 'decision updated', changes: { decisionId: id, ...changedFields(shape(before), shape(after)) } });
    return after;
  });
}

export function removeDecision(context: ServiceContext, { id }: { id: string }): { done: true } {
  return inWorkspaceTransaction(context, (db, at) => {
    const decision = requireDecision(db, id);
    assertMeetingEditable(db, decision.meetingId);
    deleteDecision(db, id);
    recordMeetingChange(context, db, at, { id: decision.meetingId, action: 'decision removed', changes: { decisionId: id, text: decision.text } });
    return { done: true as const };
  });
}

function requireDecision(db: Db, id: string): Decision {
  return requireFound(findDecision(db, id), 'decision');
}

/**
 * The agenda item is on this meeting's agenda; whoever moved or seconded the motion is a member at the meeting
 * (shared/motionRules.ts), and the votes cast are no more than the voting members present or represented.
 */
function assertDecisionReferences(db: Db, meetingId: string, fields: DecisionFields, before: Decision | null): void {
  if (fields.agendaItemId !== null && findAgendaItem(db, fields.agendaItemId)?.meetingId !== meetingId) {
    const message = 'That agenda item is not on this meeting’s agenda.';
    throw new AppError('VALIDATION', message, { fieldErrors: { agendaItemId: [message] } });
  }
  const current = [before?.motion?.movedById ?? null, before?.motion?.secondedById ?? null];
  assertAvailable(db, 'members', 'movedById', fields.motion?.movedById ?? null, current);
  assertAvailable(db, 'members', 'secondedById', fields.motion?.secondedById ?? null, current);
  if (fields.motion) assertMotionFits(db, meetingId, fields.motion, current);
}

function assertMotionFits(db: Db, meetingId: string, motion: NonNullable<DecisionFields['motion']>, current: readonly (string | null)[]): void {
  const attendees = listAttendees(db, meetingId);
  const { quorum } = quorumAndPresence(db, requireMeeting(db, meetingId), attendees, readPreferences(db).quorumRule);
  const problems = motionProblems(motion, { attendees, presentVoting: quorum.presentVoting }, current);
  const first = Object.values(problems)[0]?.[0];
  if (first) throw new AppError('VALIDATION', first, { fieldErrors: problems });
}
