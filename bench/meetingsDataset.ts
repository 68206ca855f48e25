import { uuidv7 } from 'uuidv7';
import { attendanceStatuses } from '../shared/contract';
import { insertActionItems } from '../main/db/actionItemRepository';
import { appendAgendaItems, findNotesTarget, saveAgendaItemNotes } from '../main/db/agendaItemRepository';
import { listAttendees, addMemberAttendees, setAttendanceStatus } from '../main/db/attendeeRepository';
import { recordAudit } from '../main/db/auditRepository';
import { insertDecision } from '../main/db/decisionRepository';
import { insertMeeting } from '../main/db/meetingRepository';
import type { Db } from '../main/db/openDatabase';
import { benchText, benchWords } from './benchSchema';

/** Meetings written through the real repositories (rows, search index), each in one transaction. */
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

function newMeeting(db: Db, index: number, at: string): string {
  const id = uuidv7();
  const day = String(1 + (index % 28)).padStart(2, '0');
  insertMeeting(
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
function agendaWithNotes(db: Db, meetingId: string, items: number, seed: number, at: string): string[] {
  const ids = Array.from({ length: items }, () => uuidv7());
  appendAgendaItems(
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
  ids.forEach((id, index) => {
    const text = notesText(seed + index + 11, 60);
    saveAgendaItemNotes(db, findNotesTarget(db, id)!, { html: `<p>${text}</p>`, text, confidential: (seed + index) % 10 === 0 }, at);
  });
  return ids;
}

/**
 * The largest meeting the issue names: 40 agenda items with notes, 60 invited members in every attendance
 * status, 10 decisions with motions, 20 action items from it and 200 rows of history. Returns its id.
 */
export function insertLargeMeeting(db: Db, at: string): string {
  return db.transaction(() => {
    const memberIds = db.prepare('SELECT id FROM members ORDER BY id LIMIT 60').pluck().all() as string[];
    const meetingId = newMeeting(db, 0, at);
    const itemIds = agendaWithNotes(db, meetingId, 40, 1, at);
    addMemberAttendees(db, meetingId, memberIds, at);
    listAttendees(db, meetingId).forEach((attendee, index) => setAttendanceStatus(db, attendee.id, pick(attendanceStatuses, index), at));
    for (let index = 0; index < 10; index += 1) {
      const motion = { movedById: pick(memberIds, index), secondedById: pick(memberIds, index + 1), votesFor: 12, votesAgainst: 1, votesAbstain: 2 };
      insertDecision(db, uuidv7(), meetingId, { agendaItemId: pick(itemIds, index * 4), text: benchText(index + 500, 15), motion, outcome: 'adopted' }, at);
    }
    const actions = Array.from({ length: 20 }, (_, index) => ({
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
    }));
    insertActionItems(db, actions, 'bench', at);
    for (let index = 0; index < 200; index += 1)
      recordAudit(
        db,
        { profile: 'bench', entity: 'meeting', entityId: meetingId, action: 'agenda item updated', changes: { itemId: pick(itemIds, index) } },
        at,
      );
    return meetingId;
  })();
}

/** `notes` agenda items with notes, 40 to a meeting, in the meeting search index. */
export function insertNotesDataset(db: Db, notes: number, at: string): void {
  db.transaction(() => {
    for (let meeting = 0; meeting * 40 < notes; meeting += 1) {
      agendaWithNotes(db, newMeeting(db, meeting + 1, at), Math.min(40, notes - meeting * 40), meeting * 40 + 1000, at);
    }
  })();
}
