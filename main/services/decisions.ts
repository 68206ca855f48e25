import { uuidv7 } from 'uuidv7';
import type { ChannelParsedInput, Decision } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { motionProblems } from '../../shared/motionRules';
import { findAgendaItem } from '../db/agendaItemRepository';
import { readAttendees } from '../db/attendeeRepository';
import { type DecisionFields, addDecision, deleteDecision, findDecision, listRecentDecisions, updateDecision as writeDecision } from '../db/decisionRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { loadQuorumRule } from '../db/meetingSettings';
import { changedFields } from './directoryAudit';
import { recordMeetingChange } from './meetingAudit';
import { requireEditable } from './meetingEditability';
import { countQuorum } from './meetingQuorum';
import { loadMeeting } from './meetingRecord';
import { requireAvailable } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

export function recentDecisions(context: ServiceContext, input: { limit: number }): Promise<Decision[]> {
  return listRecentDecisions(storage(context), input.limit);
}

export function recordDecision(context: ServiceContext, input: ChannelParsedInput<'decisions.record'>): Promise<Decision> {
  const { meetingId, ...fields } = input;
  return inTransaction(context, async (trx, at) => {
    await requireEditable(trx, meetingId);
    await assertDecisionReferences(trx, meetingId, fields, null);
    const id = uuidv7();
    await addDecision(trx, id, meetingId, fields, at);
    await recordMeetingChange(context, trx, at, {
      id: meetingId,
      action: 'decision recorded',
      changes: { decisionId: id, text: fields.text, outcome: fields.outcome },
    });
    return requireDecision(trx, id);
  });
}

export function updateDecision(context: ServiceContext, input: ChannelParsedInput<'decisions.update'>): Promise<Decision> {
  const { id, ...fields } = input;
  return inTransaction(context, async (trx, at) => {
    const before = await requireDecision(trx, id);
    await requireEditable(trx, before.meetingId);
    await assertDecisionReferences(trx, before.meetingId, fields, before);
    await writeDecision(trx, id, fields, at);
    const after = await requireDecision(trx, id);
    const shape = (decision: Decision) => ({ agendaItemId: decision.agendaItemId, text: decision.text, outcome: decision.outcome, motion: decision.motion });
    await recordMeetingChange(context, trx, at, {
      id: before.meetingId,
      action: 'decision updated',
      changes: { decisionId: id, ...changedFields(shape(before), shape(after)) },
    });
    return after;
  });
}

export function removeDecision(context: ServiceContext, { id }: { id: string }): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    const decision = await requireDecision(trx, id);
    await requireEditable(trx, decision.meetingId);
    await deleteDecision(trx, id);
    await recordMeetingChange(context, trx, at, { id: decision.meetingId, action: 'decision removed', changes: { decisionId: id, text: decision.text } });
    return { done: true as const };
  });
}

async function requireDecision(db: StorageExecutor, id: string): Promise<Decision> {
  return requireFound(await findDecision(db, id), 'decision');
}

/**
 * The agenda item is on this meeting's agenda; whoever moved or seconded the motion is a member at the meeting
 * (shared/motionRules.ts), and the votes cast are no more than the voting members present or represented.
 */
async function assertDecisionReferences(db: StorageExecutor, meetingId: string, fields: DecisionFields, before: Decision | null): Promise<void> {
  if (fields.agendaItemId !== null && (await findAgendaItem(db, fields.agendaItemId))?.meetingId !== meetingId) {
    const message = 'That agenda item is not on this meeting’s agenda.';
    throw new AppError('VALIDATION', message, { fieldErrors: { agendaItemId: [message] } });
  }
  const current = [before?.motion?.movedById ?? null, before?.motion?.secondedById ?? null];
  await requireAvailable(db, 'members', 'movedById', fields.motion?.movedById ?? null, current);
  await requireAvailable(db, 'members', 'secondedById', fields.motion?.secondedById ?? null, current);
  if (fields.motion) await assertMotionFits(db, meetingId, fields.motion, current);
}

async function assertMotionFits(
  db: StorageExecutor,
  meetingId: string,
  motion: NonNullable<DecisionFields['motion']>,
  current: readonly (string | null)[],
): Promise<void> {
  const attendees = await readAttendees(db, meetingId);
  const { quorum } = await countQuorum(db, await loadMeeting(db, meetingId), attendees, await loadQuorumRule(db));
  const problems = motionProblems(motion, { attendees, presentVoting: quorum.presentVoting }, current);
  const first = Object.values(problems)[0]?.[0];
  if (first) throw new AppError('VALIDATION', first, { fieldErrors: problems });
}
