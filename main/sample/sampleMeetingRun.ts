import type { AgendaItem, Attendee, MeetingSummary } from '../../shared/contract';
import { createAction, setActionStatus } from '../services/actionItems';
import { addDays } from '../services/actionItemsDueDates';
import { setAgendaItemDone } from '../services/agenda';
import { recordDecision } from '../services/decisions';
import { getMeeting } from '../services/meetingDetail';
import { approveMinutes, finishMeeting, startMeeting } from '../services/meetingLifecycle';
import { saveNotes } from '../services/meetingNotes';
import type { ServiceContext } from '../services/serviceContext';
import { datePart } from '../meetings/meetingTime';
import type { StatusStep } from './sampleActionHistory';
import { recordAttendance } from './sampleAttendance';
import { contextAt, minutesAfter, parsed } from './sampleInput';
import { SAMPLE_ROUTINE_NOTES, type SampleMonth } from './sampleMeetingScript';
import { type SampleRoster, namedCoreMembers } from './sampleRoster';

/** What holding one month's meeting needs from the year so far. */
export interface SampleMeetingDay {
  meeting: MeetingSummary;
  month: SampleMonth;
  monthIndex: number;
  invited: Attendee[];
  topicItemIds: string[];
  /** The meeting before, whose minutes are approved at this one. */
  previousId: string | null;
  /** Updates of earlier action items given at this meeting's review. */
  reviewUpdates: Array<{ actionItemId: () => string; step: StatusStep }>;
}

/** The meeting as the facilitator runs it, minute by minute: start, attendance, approval, review, notes, decision, actions, finish. */
export async function holdSampleMeeting(context: ServiceContext, day: SampleMeetingDay, roster: SampleRoster): Promise<string[]> {
  const { meeting, month, monthIndex } = day;
  const at = (minutes: number) => contextAt(context, minutesAfter(meeting.startsAtUtc, minutes));
  await startMeeting(at(0), { id: meeting.id });
  const there = await recordAttendance(at(2), day.invited, monthIndex);
  if (day.previousId) await approveMinutes(at(5), { id: day.previousId, atMeetingId: meeting.id });
  for (const { actionItemId, step } of day.reviewUpdates) {
    await setActionStatus(at(10), parsed('actions.setStatus', { id: actionItemId(), status: step.to, note: step.note, meetingId: meeting.id }));
  }
  for (const [index, item] of (await getMeeting(at(12), { id: meeting.id })).agenda.entries()) await writeNotes(at(15 + index * 10), item, day);

  const decisionTopic =
    month.decision.topic ??
    Math.max(
      0,
      month.topics.findIndex((topic) => topic.type === 'decision'),
    );
  const voters = there.map((attendee) => attendee.memberId).filter((id): id is string => id !== null);
  const votes = month.decision.votes;
  await recordDecision(
    at(90),
    parsed('decisions.record', {
      meetingId: meeting.id,
      agendaItemId: day.topicItemIds[decisionTopic] ?? null,
      text: month.decision.text,
      outcome: votes ? 'adopted' : 'consensus',
      motion: votes
        ? {
            movedById: voters[monthIndex % voters.length] ?? null,
            secondedById: voters[(monthIndex + 3) % voters.length] ?? null,
            votesFor: votes[0],
            votesAgainst: votes[1],
            votesAbstain: votes[2],
          }
        : null,
    }),
  );
  const attending = new Set(voters);
  const owners = namedCoreMembers(roster).filter((id) => attending.has(id));
  const actionIds: string[] = [];
  for (const [index, action] of month.actions.entries()) {
    const created = await createAction(
      at(95 + index),
      parsed('actions.create', {
        title: action.title,
        ownerId: owners[(monthIndex * 3 + index * 5) % owners.length] ?? null,
        dueOn: addDays(datePart(meeting.startsAt), action.dueInDays),
        priority: action.priority ?? 'normal',
        sourceMeetingId: meeting.id,
        sourceAgendaItemId: day.topicItemIds[action.fromTopic ?? decisionTopic] ?? null,
      }),
    );
    actionIds.push(created.id);
  }
  await finishMeeting(at(meeting.durationMinutes), { id: meeting.id });
  return actionIds;
}

/** Notes under every item; an item the script leaves unfinished stays open and is carried over to the next meeting. */
async function writeNotes(context: ServiceContext, item: AgendaItem, day: SampleMeetingDay): Promise<void> {
  if (item.role === 'approve-minutes') return;
  const topic = day.month.topics[day.topicItemIds.indexOf(item.id)];
  const notes =
    topic?.notes ??
    (item.role === 'review-actions' ? SAMPLE_ROUTINE_NOTES.review : item.carriedOverFrom ? SAMPLE_ROUTINE_NOTES.carriedOver : routineNotes(item.title));
  await saveNotes(context, { id: item.id, html: paragraph(notes), confidential: topic?.confidential ?? false });
  if (!topic?.unfinished) await setAgendaItemDone(context, { id: item.id, status: 'done' });
}

function routineNotes(title: string): string {
  return Object.entries(SAMPLE_ROUTINE_NOTES).find(([key]) => key === title)?.[1] ?? '';
}

const paragraph = (text: string) => `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`;
