import type { ChannelParsedInput, Decision } from '../../shared/contract';
import { insertSql, toFlag, updateSql } from './columnList';
import { indexMeetingDocument, removeMeetingDocument } from './meetingSearchRepository';
import { shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';

export type DecisionFields = Omit<ChannelParsedInput<'decisions.record'>, 'meetingId'>;

const storedFields = ['agendaItemId', 'text', 'outcome', 'hasMotion', 'movedById', 'secondedById', 'votesFor', 'votesAgainst', 'votesAbstain'] as const;

type DecisionRow = Omit<Decision, 'motion'> & {
  hasMotion: number;
  movedById: string | null;
  secondedById: string | null;
  movedByName: string | null;
  secondedByName: string | null;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
};

export function insertDecision(db: Db, id: string, meetingId: string, fields: DecisionFields, at: string): void {
  db.prepare(insertSql('decisions', [...storedFields, 'meetingId'])).run({ ...toParams(fields), meetingId, id, createdAt: at, updatedAt: at });
  indexDecision(db, id);
}

export function updateDecision(db: Db, id: string, fields: DecisionFields, at: string): void {
  db.prepare(updateSql('decisions', storedFields)).run({ ...toParams(fields), id, updatedAt: at });
  indexDecision(db, id);
}

export function deleteDecision(db: Db, id: string): void {
  db.prepare('DELETE FROM decisions WHERE id = ?').run(id);
  removeMeetingDocument(db, id);
}

export function findDecision(db: Db, id: string): Decision | undefined {
  const row = db.prepare(`${decisionQuery('WHERE d.id = @id')}`).get({ id }) as DecisionRow | undefined;
  return row && toDecision(row);
}

export function listDecisionsOfMeeting(db: Db, meetingId: string): Decision[] {
  return (db.prepare(`${decisionQuery('WHERE d.meeting_id = @meetingId')} ORDER BY d.created_at, d.id`).all({ meetingId }) as DecisionRow[]).map(toDecision);
}

/** The newest decisions of meetings that were not cancelled. */
export function listRecentDecisions(db: Db, limit: number): Decision[] {
  return (db.prepare(`${decisionQuery("WHERE mt.status <> 'cancelled'")} ORDER BY d.created_at DESC, d.id DESC LIMIT @limit`).all({ limit }) as DecisionRow[]).map(toDecision);
}

/** A decision is found by its text and by the title of its meeting. */
export function reindexDecisionsOfMeeting(db: Db, meetingId: string): void {
  for (const { id } of db.prepare('SELECT id FROM decisions WHERE meeting_id = ?').all(meetingId) as Array<{ id: string }>) indexDecision(db, id);
}

function indexDecision(db: Db, id: string): void {
  const row = db.prepare('SELECT d.text, m.title FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = ?').get(id) as { text: string; title: string } | undefined;
  if (row) indexMeetingDocument(db, 'decision', id, row.text, [row.title]);
}

function decisionQuery(where: string): string {
  return `
    SELECT d.id, d.meeting_id AS meetingId, mt.title AS meetingTitle, mt.starts_at AS meetingStartsAt, d.agenda_item_id AS agendaItemId,
           ai.title AS agendaItemTitle, d.text, d.outcome, d.has_motion AS hasMotion, d.moved_by_id AS movedById,
           d.seconded_by_id AS secondedById, ${shownNameSql('mv')} AS movedByName, ${shownNameSql('sc')} AS secondedByName,
           d.votes_for AS votesFor, d.votes_against AS votesAgainst, d.votes_abstain AS votesAbstain, d.created_at AS createdAt
    FROM decisions d
    JOIN meetings mt ON mt.id = d.meeting_id
    LEFT JOIN agenda_items ai ON ai.id = d.agenda_item_id
    LEFT JOIN members mv ON mv.id = d.moved_by_id
    LEFT JOIN members sc ON sc.id = d.seconded_by_id
    ${where}`;
}

function toDecision(row: DecisionRow): Decision {
  const { hasMotion, movedById, secondedById, movedByName, secondedByName, votesFor, votesAgainst, votesAbstain, ...decision } = row;
  const motion = hasMotion === 1 ? { movedById, secondedById, movedByName, secondedByName, votesFor, votesAgainst, votesAbstain } : null;
  return { ...decision, motion };
}

function toParams(fields: DecisionFields) {
  const motion = fields.motion;
  return {
    agendaItemId: fields.agendaItemId,
    text: fields.text,
    outcome: fields.outcome,
    hasMotion: toFlag(motion !== null),
    movedById: motion?.movedById ?? null,
    secondedById: motion?.secondedById ?? null,
    votesFor: motion?.votesFor ?? 0,
    votesAgainst: motion?.votesAgainst ?? 0,
    votesAbstain: motion?.votesAbstain ?? 0,
  };
}
