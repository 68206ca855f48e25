import type { ChannelParsedInput, Decision } from '../../shared/contract';
import { insertSql, toFlag } from './columnList';
import { sql } from 'kysely';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { searchIndexFor } from './engine/search/searchIndexFor';
import { indexMeetingDocument } from './meetingSearchRepository';
import { shownNameOf, shownNameSql } from './memberShownName';
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

export function listDecisionsOfMeeting(db: Db, meetingId: string): Decision[] {
  return (db.prepare(`${decisionQuery('WHERE d.meeting_id = @meetingId')} ORDER BY d.created_at, d.id`).all({ meetingId }) as DecisionRow[]).map(toDecision);
}

function indexDecision(db: Db, id: string): void {
  const row = db.prepare('SELECT d.text, m.title FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = ?').get(id) as
    { text: string; title: string } | undefined;
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

// ---------- The storage-engine forms. insertDecision and listDecisionsOfMeeting above serve the exports and the
// bench until those move.

/** The storage-engine form of insertDecision. */
export async function addDecision(db: StorageExecutor, id: string, meetingId: string, fields: DecisionFields, at: string): Promise<void> {
  await db
    .insertInto('decisions')
    .values({ id, meeting_id: meetingId, ...decisionColumns(fields), created_at: at, updated_at: at })
    .execute();
  await putDecisionDocument(db, id);
}

export async function updateDecision(db: StorageExecutor, id: string, fields: DecisionFields, at: string): Promise<void> {
  await db
    .updateTable('decisions')
    .set({ ...decisionColumns(fields), updated_at: at })
    .where('id', '=', id)
    .execute();
  await putDecisionDocument(db, id);
}

export async function deleteDecision(db: StorageExecutor, id: string): Promise<void> {
  await db.deleteFrom('decisions').where('id', '=', id).execute();
  await searchIndexFor({ dialect: dialectOf(db) }).remove(db, 'meetings', 'decision', [id]);
}

export async function findDecision(db: StorageExecutor, id: string): Promise<Decision | undefined> {
  const row = await decisions(db).where('d.id', '=', id).executeTakeFirst();
  return row && toRecorded(row);
}

/** The storage-engine form of listDecisionsOfMeeting. */
export async function readDecisionsOfMeeting(db: StorageExecutor, meetingId: string): Promise<Decision[]> {
  return (await decisions(db).where('d.meeting_id', '=', meetingId).orderBy('d.created_at').orderBy('d.id').execute()).map(toRecorded);
}

/** The newest decisions of meetings that were not cancelled. */
export async function listRecentDecisions(db: StorageExecutor, limit: number): Promise<Decision[]> {
  const rows = await decisions(db).where('mt.status', '<>', 'cancelled').orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(limit).execute();
  return rows.map(toRecorded);
}

/** A decision is found by its text and by the title of its meeting. */
export async function reindexDecisionsOfMeeting(db: StorageExecutor, meetingId: string): Promise<void> {
  for (const { id } of await db.selectFrom('decisions').select('id').where('meeting_id', '=', meetingId).execute()) await putDecisionDocument(db, id);
}

async function putDecisionDocument(db: StorageExecutor, id: string): Promise<void> {
  const row = await db
    .selectFrom('decisions as d')
    .innerJoin('meetings as m', 'm.id', 'd.meeting_id')
    .select(['d.text', 'm.title'])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (row) await searchIndexFor({ dialect: dialectOf(db) }).put(db, 'meetings', { kind: 'decision', refId: id, title: row.text, body: [row.title] });
}

function decisionColumns(fields: DecisionFields) {
  const motion = fields.motion;
  return {
    agenda_item_id: fields.agendaItemId,
    text: fields.text,
    outcome: fields.outcome,
    has_motion: toFlag(motion !== null),
    moved_by_id: motion?.movedById ?? null,
    seconded_by_id: motion?.secondedById ?? null,
    votes_for: motion?.votesFor ?? 0,
    votes_against: motion?.votesAgainst ?? 0,
    votes_abstain: motion?.votesAbstain ?? 0,
  };
}

function decisions(db: StorageExecutor) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('meetings as mt', 'mt.id', 'd.meeting_id')
    .leftJoin('agenda_items as ai', 'ai.id', 'd.agenda_item_id')
    .leftJoin('members as mv', 'mv.id', 'd.moved_by_id')
    .leftJoin('members as sc', 'sc.id', 'd.seconded_by_id')
    .select(['d.id', 'd.meeting_id as meetingId', 'mt.title as meetingTitle', 'mt.starts_at as meetingStartsAt', 'd.agenda_item_id as agendaItemId'])
    .select([
      'ai.title as agendaItemTitle',
      'd.text',
      'd.outcome',
      'd.has_motion as hasMotion',
      'd.moved_by_id as movedById',
      'd.seconded_by_id as secondedById',
    ])
    .select([sql<string | null>`${shownNameOf('mv')}`.as('movedByName'), sql<string | null>`${shownNameOf('sc')}`.as('secondedByName')])
    .select(['d.votes_for as votesFor', 'd.votes_against as votesAgainst', 'd.votes_abstain as votesAbstain', 'd.created_at as createdAt']);
}

type RecordedRow = Awaited<ReturnType<ReturnType<typeof decisions>['executeTakeFirstOrThrow']>>;

function toRecorded(row: RecordedRow): Decision {
  const { hasMotion, movedById, secondedById, movedByName, secondedByName, votesFor, votesAgainst, votesAbstain, ...decision } = row;
  const motion = hasMotion === 1 ? { movedById, secondedById, movedByName, secondedByName, votesFor, votesAgainst, votesAbstain } : null;
  return { ...decision, motion };
}
