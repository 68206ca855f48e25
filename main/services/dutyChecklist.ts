import { type DutyId, duties } from '../../shared/childWelfareDuties';
import { actionStatusLabels } from '../../shared/actionLabels';
import type { ChannelParsedInput, DutyChecklist, DutyReview, LinkChoice } from '../../shared/contract';
import { isoDateInZone } from '../../shared/dateFormat';
import { AppError } from '../../shared/errors';
import { assessDuty, yearBefore } from '../../shared/dutyStatus';
import { appendAudit } from '../db/auditRepository';
import { readDutyEvidence, subjectExists } from '../db/dutyEvidenceRepository';
import { actionItemChoices, addDutyLink, linkedDuties, meetingChoices, removeDutyLink } from '../db/dutyLinkRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { dayWriter } from '../export/meetingRecord/recordWording';
import { statusInSentence } from '../meetings/statusWords';
import { adoptedProtocolsByDuty } from './dutyProtocolEvidence';
import { loadPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, storage } from './workspaceTransaction';

/**
 * The six duties of P.L. 113-183, each with its evidence and a status derived from it (shared/dutyStatus.ts). The
 * period is the 12 months up to `asOf`; the checklist page judges as of today in the coalition's time zone, the
 * compliance summary as of the last day of its period.
 */
export async function reviewDuties(db: StorageExecutor, period: { from: string; to: string }): Promise<DutyReview[]> {
  const stored = await readDutyEvidence(db, period);
  const protocols = await adoptedProtocolsByDuty(db, period.to);
  const { dateStyle } = await loadPreferences(db);
  const formatDay = dayWriter(dateStyle);
  return duties.map((duty) => {
    const evidence = { protocols: protocols.get(duty.id) ?? [], ...(stored.get(duty.id) ?? { trainings: [], meetings: [], actionItems: [] }) };
    const assessment = assessDuty(
      duty.id,
      {
        protocols: evidence.protocols,
        trainings: evidence.trainings.map((training) => ({ date: training.heldOn })),
        consultations: evidence.meetings.filter((meeting) => meeting.consultation),
        linkedMeetings: evidence.meetings.filter((meeting) => meeting.linked && !meeting.consultation).length,
        linkedActionItems: evidence.actionItems.length,
      },
      period.to,
      formatDay,
    );
    return { ...duty, ...assessment, evidence };
  });
}

/** The checklist as of today in the coalition's time zone. */
export async function dutyChecklist(context: ServiceContext): Promise<DutyChecklist> {
  const db = storage(context);
  const { timeZone } = await loadPreferences(db);
  const asOf = isoDateInZone(context.now(), timeZone);
  return { asOf, duties: await reviewDuties(db, { from: dayAfter(yearBefore(asOf)), to: asOf }) };
}

/** The 12 months up to a day start the day after the same day a year before. */
function dayAfter(date: string): string {
  const day = new Date(`${date.slice(0, 8)}01T00:00:00Z`);
  day.setUTCDate(Number(date.slice(8, 10)) + 1);
  return day.toISOString().slice(0, 10);
}

type DutyLinkInput = ChannelParsedInput<'duties.link'>;

export function linkToDuty(context: ServiceContext, input: DutyLinkInput): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    await requireSubject(trx, input);
    if (await addDutyLink(trx, input.duty, input.subjectKind, input.subjectId, at)) await audit(context, trx, at, input, 'linked to duty');
    return { done: true as const };
  });
}

export function unlinkFromDuty(context: ServiceContext, input: DutyLinkInput): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    if (await removeDutyLink(trx, input.duty, input.subjectKind, input.subjectId)) await audit(context, trx, at, input, 'unlinked from duty');
    return { done: true as const };
  });
}

/** What the duty's pickers offer for the words typed: meetings or action items not linked to it yet. */
export async function dutyLinkChoices(context: ServiceContext, { duty, subjectKind, text }: ChannelParsedInput<'duties.linkChoices'>): Promise<LinkChoice[]> {
  const db = storage(context);
  const day = dayWriter((await loadPreferences(db)).dateStyle);
  if (subjectKind === 'meeting') {
    return (await meetingChoices(db, duty, text)).map((meeting) => ({
      id: meeting.id,
      label: meeting.title,
      detail: `${day(meeting.startsAt.slice(0, 10))} · ${statusInSentence[meeting.status]}`,
    }));
  }
  return (await actionItemChoices(db, duty, text)).map((item) => ({
    id: item.id,
    label: item.title,
    detail: [actionStatusLabels[item.status], item.dueOn ? `due ${day(item.dueOn)}` : 'no due date'].join(' · '),
  }));
}

/** The duties a meeting or an action item serves, for the control on its own page; the same links the checklist reads. */
export async function dutiesServedBy(context: ServiceContext, input: ChannelParsedInput<'duties.servedBy'>): Promise<DutyId[]> {
  const db = storage(context);
  await requireSubject(db, input);
  return (await linkedDuties(db, input.subjectKind, input.subjectId)).get(input.subjectId) ?? [];
}

const subjectWords = { meeting: 'meeting', 'action-item': 'action item' } as const;

async function requireSubject(db: StorageExecutor, { subjectKind, subjectId }: ChannelParsedInput<'duties.servedBy'>): Promise<void> {
  if (!(await subjectExists(db, subjectKind, subjectId)))
    throw new AppError('NOT_FOUND', `That ${subjectWords[subjectKind]} no longer exists. Reload and try again.`);
}

function audit(context: ServiceContext, db: StorageExecutor, at: string, input: DutyLinkInput, action: string): Promise<string> {
  const entity = input.subjectKind === 'meeting' ? 'meeting' : 'action item';
  return appendAudit(db, { profile: context.profile, entity, entityId: input.subjectId, action, changes: { duty: input.duty satisfies DutyId } }, at);
}
