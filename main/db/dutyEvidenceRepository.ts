import { type DutyId, dutyIds } from '../../shared/childWelfareDuties';
import type { StorageExecutor } from './engine/storageEngine';

/** The evidence each duty has in a period, as the checklist and the compliance summary show it. */
export interface TrainingEvidence {
  id: string;
  title: string;
  heldOn: string;
  numberTrained: number;
}

export interface MeetingEvidence {
  id: string;
  title: string;
  /** The meeting's own calendar date. */
  date: string;
  /** Linked to the duty by hand. */
  linked: boolean;
  /** Held in the period: a consultation, as the consultation report counts them. */
  consultation: boolean;
}

export interface ActionItemEvidence {
  id: string;
  title: string;
  status: string;
  dueOn: string | null;
}

export interface StoredDutyEvidence {
  trainings: TrainingEvidence[];
  meetings: MeetingEvidence[];
  actionItems: ActionItemEvidence[];
}

/** Meetings that took place count as consultations, as in the consultation report (services/consultationReport.ts). */
export const HELD_MEETING_STATUSES = ['in-progress', 'minutes-draft', 'approved'] as const;

const meetingDay = (startsAt: string) => startsAt.slice(0, 10);

/**
 * Four queries for all six duties: trainings linked to a duty and held in the period, meetings and action items
 * linked to a duty (any date: a link is a person's statement that it serves the duty), and meetings held in the
 * period (consultations, evidence of the duty to consult). Period days are YYYY-MM-DD, both included.
 */
export async function readDutyEvidence(db: StorageExecutor, period: { from: string; to: string }): Promise<Map<DutyId, StoredDutyEvidence>> {
  const byDuty = new Map<DutyId, StoredDutyEvidence>(dutyIds.map((id) => [id, { trainings: [], meetings: [], actionItems: [] }]));
  const of = (duty: string) => byDuty.get(duty as DutyId);

  const trainings = await db
    .selectFrom('duty_links as l')
    .innerJoin('trainings as t', 't.id', 'l.subject_id')
    .select(['l.duty', 't.id', 't.title', 't.held_on as heldOn', 't.number_trained as numberTrained'])
    .where('l.subject_kind', '=', 'training')
    .where('t.held_on', '>=', period.from)
    .where('t.held_on', '<=', period.to)
    .orderBy('t.held_on', 'desc')
    .orderBy('t.id')
    .execute();
  for (const { duty, ...training } of trainings) of(duty)?.trainings.push(training);

  const linkedMeetings = await db
    .selectFrom('duty_links as l')
    .innerJoin('meetings as m', 'm.id', 'l.subject_id')
    .select(['l.duty', 'm.id', 'm.title', 'm.starts_at as startsAt', 'm.status'])
    .where('l.subject_kind', '=', 'meeting')
    .orderBy('m.starts_at_utc', 'desc')
    .execute();
  for (const { duty, startsAt, status, ...meeting } of linkedMeetings) {
    const date = meetingDay(startsAt);
    const consultation = (HELD_MEETING_STATUSES as readonly string[]).includes(status) && date >= period.from && date <= period.to;
    of(duty)?.meetings.push({ ...meeting, date, linked: true, consultation });
  }

  const held = await db
    .selectFrom('meetings')
    .select(['id', 'title', 'starts_at as startsAt'])
    .where('status', 'in', [...HELD_MEETING_STATUSES])
    .where('starts_at', '>=', period.from)
    .where('starts_at', '<', `${period.to}T99`)
    .orderBy('starts_at_utc', 'desc')
    .execute();
  const consult = of('consult');
  for (const { startsAt, ...meeting } of held) {
    if (!consult?.meetings.some((linked) => linked.id === meeting.id))
      consult?.meetings.push({ ...meeting, date: meetingDay(startsAt), linked: false, consultation: true });
  }
  consult?.meetings.sort((a, b) => b.date.localeCompare(a.date));

  const actionItems = await db
    .selectFrom('duty_links as l')
    .innerJoin('action_items as a', 'a.id', 'l.subject_id')
    .select(['l.duty', 'a.id', 'a.title', 'a.status', 'a.due_on as dueOn'])
    .where('l.subject_kind', '=', 'action-item')
    .orderBy('a.id')
    .execute();
  for (const { duty, ...item } of actionItems) of(duty)?.actionItems.push(item);
  return byDuty;
}

/** Whether a meeting or an action item exists, for linking one to a duty. */
export async function subjectExists(db: StorageExecutor, kind: 'meeting' | 'action-item', id: string): Promise<boolean> {
  const table = kind === 'meeting' ? 'meetings' : 'action_items';
  return (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
