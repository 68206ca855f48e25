import type { Attendee, MeetingSummary } from '../../shared/contract';
import { setActionStatus } from '../services/actionItems';
import { createMeeting, listMeetings } from '../services/meetings';
import { setQuorumRule, setTimeZone } from '../services/preferences';
import type { ServiceContext } from '../services/serviceContext';
import { createWorkgroup } from '../services/workgroups';
import { type StatusStep, statusSteps } from './sampleActionHistory';
import { prepareAgenda } from './sampleAgenda';
import { inviteMonthly } from './sampleAttendance';
import type { SampleCalendar } from './sampleCalendar';
import { contextAt, daysAfter, parsed } from './sampleInput';
import { type SampleMeetingDay, holdSampleMeeting } from './sampleMeetingRun';
import { SAMPLE_SERIES_TITLE, SAMPLE_TIME_ZONE, SAMPLE_WORKGROUPS, sampleMonths } from './sampleMeetingScript';
import { type SampleRoster, namedCoreMembers, personWithRole } from './sampleRoster';

export interface SampleMeetingsSummary {
  meetings: number;
  decisions: number;
  actionItems: number;
}

interface Happening {
  at: Date;
  run: (context: ServiceContext) => void | Promise<void>;
}

const WORKGROUP_SIZE = 6;
/** The charter's rule: twelve voting members in the room (each core organization sends its primary representative). */
const SAMPLE_QUORUM = { kind: 'count', count: 12 } as const;

/**
 * Plays the script's year through the services, each step on the day it happened: the series is planned, every
 * month's agenda is filled and people invited a week ahead, the meeting is held, and action items move on the
 * days between. The last meeting held stays in draft; the next one is planned with what was left open.
 */
export async function playSampleMeetings(
  context: ServiceContext,
  roster: SampleRoster,
  calendar: SampleCalendar,
  plannedAt: Date,
): Promise<SampleMeetingsSummary> {
  const planning = contextAt(context, plannedAt);
  await setTimeZone(planning, { timeZone: SAMPLE_TIME_ZONE });
  await setQuorumRule(planning, parsed('preferences.setQuorumRule', { rule: SAMPLE_QUORUM }));
  const people = namedCoreMembers(roster);
  for (const [index, { name, description }] of SAMPLE_WORKGROUPS.entries()) {
    const memberIds = people.slice(index * WORKGROUP_SIZE, (index + 1) * WORKGROUP_SIZE);
    await createWorkgroup(planning, parsed('workgroups.create', { name, description, chairId: memberIds[0] ?? null, memberIds }));
  }
  const first = await createMeeting(
    planning,
    parsed('meetings.create', {
      title: SAMPLE_SERIES_TITLE,
      kind: 'full-coalition',
      startsAt: `${calendar.firstMonth}T09:30`,
      timeZone: SAMPLE_TIME_ZONE,
      durationMinutes: 120,
      location: 'Riverbend County Services Building, Room 2B',
      videoLink: 'https://meet.example.org/riverbend-coalition',
      facilitatorId: personWithRole(roster, 'facilitator'),
      noteTakerId: personWithRole(roster, 'note-taker'),
      recurrence: calendar.rule,
    }),
  );
  const series = (await listMeetings(planning, parsed('meetings.list', { seriesId: first.seriesId }))).sort(
    (a, b) => (a.seriesIndex ?? 0) - (b.seriesIndex ?? 0),
  );
  const now = context.now();
  for (const happening of theYear(series, roster, now).sort((a, b) => a.at.getTime() - b.at.getTime())) {
    await happening.run(contextAt(context, happening.at.getTime() > now.getTime() ? now : happening.at));
  }
  return {
    meetings: series.length,
    /** One a month, and one approving the minutes at each meeting after the first. */
    decisions: 2 * sampleMonths.length - 1,
    actionItems: sampleMonths.reduce((sum, month) => sum + month.actions.length, 0),
  };
}

/** Everything that happens to the series, undated order: agenda and invitations, meetings, and status updates in between. */
function theYear(series: MeetingSummary[], roster: SampleRoster, now: Date): Happening[] {
  const presenters = namedCoreMembers(roster);
  const invited = new Map<number, Attendee[]>();
  const topicItemIds = new Map<number, string[]>();
  const actionIds = new Map<string, string>();
  const actionId = (key: string) => () => actionIds.get(key) ?? '';
  const reviewUpdates = series.map((): SampleMeetingDay['reviewUpdates'] => []);
  const happenings: Happening[] = [];

  series.forEach((meeting, index) => {
    const ahead = daysAfter(meeting.startsAtUtc, -7);
    happenings.push({
      at: ahead.getTime() > now.getTime() ? now : ahead,
      run: async (context) => {
        topicItemIds.set(index, await prepareAgenda(context, meeting.id, sampleMonths[index], presenters.slice(index * 2), index === 0));
        invited.set(index, await inviteMonthly(context, meeting.id, roster));
      },
    });
  });
  sampleMonths.forEach((month, index) => {
    const meeting = series[index]!;
    happenings.push({
      at: new Date(meeting.startsAtUtc),
      run: async (context) => {
        const day = {
          meeting,
          month,
          monthIndex: index,
          invited: invited.get(index) ?? [],
          topicItemIds: topicItemIds.get(index) ?? [],
          previousId: series[index - 1]?.id ?? null,
          reviewUpdates: reviewUpdates[index]!,
        };
        (await holdSampleMeeting(context, day, roster)).forEach((id, position) => actionIds.set(`${index}/${position}`, id));
      },
    });
    month.actions.forEach((action, position) => {
      for (const step of statusSteps(action)) {
        const atNextMeeting = step.when === 'next-meeting' && index + 1 < sampleMonths.length;
        if (atNextMeeting) reviewUpdates[index + 1]!.push({ actionItemId: actionId(`${index}/${position}`), step });
        else
          happenings.push({
            at: daysAfter(meeting.startsAtUtc, step.when === 'next-meeting' ? 3 : step.when.daysAfter),
            run: (context) => applyStep(context, actionIds.get(`${index}/${position}`) ?? '', step),
          });
      }
    });
  });
  return happenings;
}

async function applyStep(context: ServiceContext, id: string, step: StatusStep): Promise<void> {
  await setActionStatus(context, parsed('actions.setStatus', { id, status: step.to, note: step.note }));
}
