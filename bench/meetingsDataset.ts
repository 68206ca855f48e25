import { uuidv7 } from 'uuidv7';
import { attendanceStatuses } from '../shared/contract';
import { addActionItem } from '../main/db/actionItemRepository';
import { addAgendaItems, readNotesTarget, storeNotes } from '../main/db/agendaItemRepository';
import { inviteMembers, markAttendee, readAttendees } from '../main/db/attendeeRepository';
import { appendAudits } from '../main/db/auditRepository';
import { addDecision } from '../main/db/decisionRepository';
import type { StorageEngine, StorageExecutor } from '../main/db/engine/storageEngine';
import { addMeeting } from '../main/db/meetingRepository';
import { benchText, benchWords } from './benchSchema';

/** Meetings written through the app's repositories on the storage engine (rows, search index), each in one transaction. */
const types = ['information', 'discussion', 'decision'] as const;
const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;
const syllables = ['ka', 'lo', 'mi', 'ren', 'ta', 'vo', 'sel', 'du', 'nar', 'pi', 'ost', 'ber', 'gan', 'ty', 'ul', 'fre', 'com', 'ish', 'ad', 'we'];

/**
 * About 60 words of notes: one word in twelve from the coalition's vocabulary (so "runaway protocol" finds a few
 * percent of the notes, as in a real year of minutes), the rest from 8,000 made-up words.
 */
function notesText(seed: number, length: number): string {
  return Array.from({ length }, (_, index) => {
    const draw = mix(seed * 1009 + index);
    return draw % 12 === 0 ? pick(benchWords, draw >>> 8) : `${pick(syllables, draw >>> 4)}${pick(syllables, draw >>> 12)}${pick(syllables, draw >>> 20)}`;
  }).join(' ');
}

/** A well-spread 32-bit hash of an integer (mulberry32's mixing step). */
function mix(value: number): number {
  let t = (value + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

async function newMeeting(db: StorageExecutor, index: number, at: string): Promise<string> {
  const id = uuidv7();
  const day = String(1 + (index % 28)).padStart(2, '0');
  await addMeeting(
    db,
    id,
    {
      title: `${benchText(index, 3)} meeting ${index}`,
      kind: 'full-coalition',
      workgroupId: null,
      startsAt: `2026-03-${day}T18:00`,
      timeZone: 'America/New_York',
      startsAtUtc: `2026-03-${day}T22:00:00.000Z`,
      durationMinutes: 180,
      location: 'County building',
      videoLink: '',
      facilitatorId: null,
      noteTakerId: null,
      seriesId: null,
      seriesIndex: null,
    },
    at,
  );
  return id;
}

/** `items` agenda items on a meeting, each with 60 words of notes (every 10th confidential); returns their ids. */
async function agendaWithNotes(db: StorageExecutor, meetingId: string, items: number, seed: number, at: string): Promise<string[]> {
  const ids = Array.from({ length: items }, () => uuidv7());
  await addAgendaItems(
    db,
    ids,
    ids.map((_, index) => ({
      meetingId,
      title: `${pick(benchWords, mix(seed + index) >>> 3)} update ${index + 1}`,
      type: pick(types, index),
      presenterId: null,
      timeboxMinutes: 3,
      description: '',
      role: 'regular',
      carriedOverFromItemId: null,
      approvesMeetingId: null,
    })),
    at,
  );
  for (const [index, id] of ids.entries()) {
    const text = notesText(seed + index + 11, 60);
    await storeNotes(db, (await readNotesTarget(db, id))!, { html: `<p>${text}</p>`, text, confidential: (seed + index) % 10 === 0 }, at);
  }
  return ids;
}

/**
 * The largest meeting the issue names: 40 agenda items with notes, 60 invited members in every attendance
 * status, 10 decisions with motions, 20 action items from it and 200 rows of history. Returns its id.
 */
export function insertLargeMeeting(engine: StorageEngine, at: string): Promise<string> {
  return engine.transaction(async (trx) => {
    const memberIds = (await trx.selectFrom('members').select('id').orderBy('id').limit(60).execute()).map((row) => row.id);
    const meetingId = await newMeeting(trx, 0, at);
    const itemIds = await agendaWithNotes(trx, meetingId, 40, 1, at);
    await inviteMembers(trx, meetingId, memberIds, at);
    for (const [index, attendee] of (await readAttendees(trx, meetingId)).entries()) await markAttendee(trx, attendee.id, pick(attendanceStatuses, index), at);
    for (let index = 0; index < 10; index += 1) {
      const motion = { movedById: pick(memberIds, index), secondedById: pick(memberIds, index + 1), votesFor: 12, votesAgainst: 1, votesAbstain: 2 };
      await addDecision(trx, uuidv7(), meetingId, { agendaItemId: pick(itemIds, index * 4), text: benchText(index + 500, 15), motion, outcome: 'adopted' }, at);
    }
    for (let index = 0; index < 20; index += 1) {
      const action = {
        id: uuidv7(),
        title: benchText(index + 900, 6),
        details: '',
        ownerId: pick(memberIds, index),
        dueOn: '2026-04-01',
        priority: 'normal' as const,
        status: 'open' as const,
        sourceMeetingId: meetingId,
        sourceAgendaItemId: pick(itemIds, index * 2),
        completedOn: null,
      };
      await addActionItem(trx, action, 'bench', at);
    }
    const history = Array.from({ length: 200 }, (_, index) => ({
      profile: 'bench',
      entity: 'meeting',
      entityId: meetingId,
      action: 'agenda item updated',
      changes: { itemId: pick(itemIds, index) },
    }));
    await appendAudits(trx, history, at);
    return meetingId;
  });
}

/** `notes` agenda items with notes, 40 to a meeting, in the meeting search index. */
export async function insertNotesDataset(engine: StorageEngine, notes: number, at: string): Promise<void> {
  await engine.transaction(async (trx) => {
    for (let meeting = 0; meeting * 40 < notes; meeting += 1) {
      await agendaWithNotes(trx, await newMeeting(trx, meeting + 1, at), Math.min(40, notes - meeting * 40), meeting * 40 + 1000, at);
    }
  });
}
