import type { ChannelParsedInput, Decision } from '../../shared/contract';
import { toFlag } from './columnList';
import { sql } from 'kysely';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { searchIndexFor } from './engine/search/searchIndexFor';
import { shownNameOf } from './memberShownName';

export type DecisionFields = Omit<ChannelParsedInput<'decisions.record'>, 'meetingId'>;

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
