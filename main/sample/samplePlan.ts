import { isoDateInZone } from '../../shared/dateFormat';
import type { PlanLinkKind } from '../../shared/contract';
import type { PlanStatus } from '../../shared/planStatus';
import { createGoal, setMission } from '../services/plan';
import { createObjective, linkChoices, linkToObjective, recordProgress } from '../services/planObjectives';
import type { ServiceContext } from '../services/serviceContext';
import { listWorkgroups } from '../services/workgroups';
import { daysAfter, parsed } from './sampleInput';
import { SAMPLE_TIME_ZONE } from './sampleMeetingScript';
import { type SampleRoster, namedCoreMembers } from './sampleRoster';

/** The sample coalition's plan (fictional): a mission, three goals, eight objectives in every status. */
const MISSION = 'Every young person in Riverbend County who is trafficked or at risk is seen early, found fast and served well by partners who work as one.';

interface SampleObjective {
  title: string;
  owner: 'workgroup' | 'member';
  ownerIndex: number;
  measure?: string;
  baseline?: number;
  target?: number;
  /** Days from today; negative is past. */
  dueInDays: number;
  /** Dated values (days ago, value, status, note), oldest first; the last sets the status. */
  updates: Array<[number, number | null, PlanStatus, string]>;
  follows?: { kind: PlanLinkKind; words: string[] };
}

const GOALS: Array<{ title: string; description: string; objectives: SampleObjective[] }> = [
  {
    title: 'Youth at risk are identified early',
    description: 'Screening in every agency that meets youth, so exploitation is noticed before it deepens.',
    objectives: [
      {
        title: 'Screen every youth entering foster care within 24 hours',
        owner: 'workgroup',
        ownerIndex: 0,
        measure: 'Youth screened within 24 hours of entering care, per cent',
        baseline: 35,
        target: 90,
        dueInDays: 120,
        updates: [
          [150, 48, 'on-track', 'Pilot units screening; the shorter tool takes ten minutes.'],
          [40, 71, 'on-track', 'All units trained except the night intake team.'],
        ],
      },
      {
        title: 'Roll out the shorter screening tool county-wide',
        owner: 'member',
        ownerIndex: 1,
        dueInDays: 60,
        updates: [[30, null, 'at-risk', 'Two units still wait for the tablets the tool runs on.']],
        follows: { kind: 'action-item', words: ['screening'] },
      },
      {
        title: 'Train hotel front-desk staff along the I-5 corridor',
        owner: 'workgroup',
        ownerIndex: 1,
        measure: 'Hotel staff trained',
        baseline: 0,
        target: 400,
        dueInDays: -20,
        updates: [[25, 180, 'off-track', 'Two hotel chains postponed; new dates asked for.']],
      },
    ],
  },
  {
    title: 'Youth missing from care are found fast',
    description: 'A shared response when a youth runs, and a debrief when they come back.',
    objectives: [
      {
        title: 'Adopt the runaway response protocol',
        owner: 'workgroup',
        ownerIndex: 0,
        dueInDays: -90,
        updates: [[100, null, 'done', 'Adopted at the coalition meeting; version 1.0 sent to all partners.']],
        follows: { kind: 'decision', words: ['runaway response protocol'] },
      },
      {
        title: 'Report every missing youth to law enforcement within 24 hours',
        owner: 'member',
        ownerIndex: 2,
        measure: 'Reports made within 24 hours, per cent',
        baseline: 60,
        target: 100,
        dueInDays: -5,
        updates: [
          [90, 78, 'on-track', 'Reminder added to every partner orientation.'],
          [20, 84, 'at-risk', 'One partner missed the window twice this quarter.'],
        ],
      },
      {
        title: 'Offer a debrief to every youth who returns',
        owner: 'member',
        ownerIndex: 3,
        measure: 'Returning youth offered a debrief, per cent',
        baseline: 20,
        target: 80,
        dueInDays: 200,
        updates: [[15, 52, 'on-track', 'Shelter staff now offer it at intake.']],
      },
    ],
  },
  {
    title: 'Partners share what they learn',
    description: 'Counts the partners agree to share, and a yearly report the county can act on.',
    objectives: [
      {
        title: 'Publish the first yearly report',
        owner: 'workgroup',
        ownerIndex: 2,
        dueInDays: 75,
        updates: [],
        follows: { kind: 'action-item', words: ['report', 'counts'] },
      },
      {
        title: 'Build a shared referral dashboard',
        owner: 'workgroup',
        ownerIndex: 2,
        dueInDays: 300,
        updates: [[60, null, 'dropped', 'County counsel advised against a shared dashboard; partners send counts instead.']],
      },
    ],
  },
];

export async function fillSamplePlan(context: ServiceContext, roster: SampleRoster): Promise<{ goals: number; objectives: number }> {
  const today = (days: number) => isoDateInZone(daysAfter(context.now(), days), SAMPLE_TIME_ZONE);
  const workgroups = await listWorkgroups(context, { includeArchived: false });
  const people = namedCoreMembers(roster);
  await setMission(context, parsed('plan.setMission', { statement: MISSION }));
  let objectives = 0;
  for (const goalSeed of GOALS) {
    const goal = await createGoal(context, parsed('plan.createGoal', { title: goalSeed.title, description: goalSeed.description }));
    for (const seed of goalSeed.objectives) {
      const ownerId = seed.owner === 'workgroup' ? workgroups[seed.ownerIndex]?.id : people[seed.ownerIndex];
      const objective = await createObjective(
        context,
        parsed('plan.createObjective', {
          goalId: goal.id,
          title: seed.title,
          owner: ownerId ? { kind: seed.owner, id: ownerId } : null,
          measure: seed.measure ?? '',
          baseline: seed.baseline ?? null,
          target: seed.target ?? null,
          targetDate: today(seed.dueInDays),
          progressMode: seed.follows?.kind === 'action-item' ? 'linked-actions' : 'manual',
        }),
      );
      objectives += 1;
      for (const [daysAgo, value, status, note] of seed.updates) {
        await recordProgress(
          context,
          parsed('plan.recordProgress', { objectiveId: objective.id, recordedOn: today(-daysAgo), value, status, note, recordedById: people[0] ?? null }),
        );
      }
      for (const words of seed.follows?.words ?? []) {
        const choices = await linkChoices(
          context,
          parsed('plan.linkChoices', { objectiveId: objective.id, kind: seed.follows?.kind ?? 'action-item', text: words }),
        );
        for (const choice of choices.slice(0, 3))
          await linkToObjective(context, parsed('plan.link', { objectiveId: objective.id, kind: seed.follows?.kind ?? 'action-item', targetId: choice.id }));
      }
    }
  }
  return { goals: GOALS.length, objectives };
}
