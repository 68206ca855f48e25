import type { DutyId } from './childWelfareDuties';
import type { FormatDay } from './dateFormat';

/**
 * How a duty of P.L. 113-183 stands, from the evidence linked to it. Pure: the checklist page and the compliance
 * summary call it with what the workspace holds; the tests call it with plain values.
 *
 * Each duty needs some kinds of evidence, recent enough (the 12 months up to the day it is judged on):
 * - "consult": a consultation (a meeting held with partners, as the consultation report counts them);
 * - "identify-and-serve": an adopted protocol (the policies and procedures) and a training;
 * - the four others: an adopted protocol.
 * Met when every need is there, partly met when some are, missing when none are. Linked meetings, action items and
 * trainings a duty does not need are listed in the reason as work toward it, never as meeting it.
 */
export const dutyStatuses = ['met', 'partial', 'missing'] as const;
export type DutyStatus = (typeof dutyStatuses)[number];

export interface ProtocolEvidence {
  title: string;
  /** The day the version in force was adopted, YYYY-MM-DD. */
  adoptedOn: string;
}

export interface DatedEvidence {
  /** YYYY-MM-DD */
  date: string;
}

export interface DutyEvidenceInput {
  protocols: readonly ProtocolEvidence[];
  trainings: readonly DatedEvidence[];
  /** Meetings held with partners (consultations). */
  consultations: readonly DatedEvidence[];
  /** Meetings and action items linked to the duty by hand. */
  linkedMeetings: number;
  linkedActionItems: number;
}

export interface DutyAssessment {
  status: DutyStatus;
  /** "Met: protocol 'Missing from care response' adopted 2026-03-04 and 2 trainings in the last 12 months" */
  reason: string;
  /** What would complete it, one line each; empty when met. */
  missing: string[];
}

type Need = 'protocol' | 'training' | 'consultation';

const needsOf: Record<DutyId, readonly Need[]> = {
  consult: ['consultation'],
  'identify-and-serve': ['protocol', 'training'],
  'report-victims': ['protocol'],
  'locate-missing': ['protocol'],
  'learn-why-left': ['protocol'],
  'report-missing': ['protocol'],
};

const missingWords: Record<Need, string> = {
  protocol: 'An adopted protocol that serves this duty',
  training: 'A training that serves this duty in the last 12 months',
  consultation: 'A consultation (a meeting held with partners) in the last 12 months',
};

const lackWords: Record<Need, string> = {
  protocol: 'no adopted protocol serves this duty',
  training: 'no training served it in the last 12 months',
  consultation: 'no consultation in the last 12 months',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The day a year before `asOf` (YYYY-MM-DD): evidence after it and up to `asOf` is recent. */
export function yearBefore(asOf: string): string {
  return `${String(Number(asOf.slice(0, 4)) - 1).padStart(4, '0')}${asOf.slice(4)}`;
}

function recent<T extends DatedEvidence>(items: readonly T[], asOf: string): T[] {
  const after = yearBefore(asOf);
  return items.filter((item) => item.date > after && item.date <= asOf);
}

function latestFirst<T>(items: readonly T[], dateOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
}

/** What the evidence shows for one need, in words, or null when it is not there. */
function shown(need: Need, evidence: DutyEvidenceInput, asOf: string, formatDay: FormatDay): string | null {
  if (need === 'protocol') {
    const [latest, ...others] = latestFirst(
      evidence.protocols.filter((protocol) => protocol.adoptedOn <= asOf),
      (protocol) => protocol.adoptedOn,
    );
    if (!latest) return null;
    return `protocol '${latest.title}' adopted ${formatDay(latest.adoptedOn)}${others.length > 0 ? ` (and ${plural(others.length, 'other', 'others')})` : ''}`;
  }
  if (need === 'training') {
    const count = recent(evidence.trainings, asOf).length;
    return count === 0 ? null : `${plural(count, 'training', 'trainings')} in the last 12 months`;
  }
  const held = latestFirst(recent(evidence.consultations, asOf), (meeting) => meeting.date);
  return held[0] ? `${plural(held.length, 'consultation', 'consultations')} in the last 12 months, the latest on ${formatDay(held[0].date)}` : null;
}

/** Linked work a duty does not count toward its status: named so the reader sees it is under way. */
function workToward(needs: readonly Need[], evidence: DutyEvidenceInput, asOf: string): string | null {
  const parts: string[] = [];
  const trainings = recent(evidence.trainings, asOf).length;
  if (!needs.includes('training') && trainings > 0) parts.push(plural(trainings, 'training', 'trainings'));
  if (evidence.linkedMeetings > 0) parts.push(plural(evidence.linkedMeetings, 'linked meeting', 'linked meetings'));
  if (evidence.linkedActionItems > 0) parts.push(plural(evidence.linkedActionItems, 'action item', 'action items'));
  return parts.length === 0 ? null : `work toward it: ${parts.join(', ')}`;
}

export function assessDuty(duty: DutyId, evidence: DutyEvidenceInput, asOf: string, formatDay: FormatDay): DutyAssessment {
  const needs = needsOf[duty];
  const found = needs.map((need) => ({ need, words: shown(need, evidence, asOf, formatDay) }));
  const have = found.flatMap((entry) => (entry.words === null ? [] : [entry.words]));
  const lacking = found.filter((entry) => entry.words === null).map((entry) => entry.need);
  const extra = workToward(needs, evidence, asOf);
  const missing = lacking.map((need) => missingWords[need]);
  if (lacking.length === 0) return { status: 'met', reason: `Met: ${have.join(' and ')}`, missing };
  const lacks = lacking.map((need) => lackWords[need]).join(' and ');
  if (have.length > 0) return { status: 'partial', reason: `Partly met: ${have.join(' and ')}, but ${lacks}${extra ? `; ${extra}` : ''}`, missing };
  return { status: 'missing', reason: `Missing: ${lacks}${extra ? `; ${extra}` : ''}`, missing };
}
