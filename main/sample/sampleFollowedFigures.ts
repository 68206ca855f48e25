import { isoDateInZone } from '../../shared/dateFormat';
import type { FigureSpan } from '../../shared/planStatus';
import { catalogue } from '../services/dataCatalogue';
import { getPlan } from '../services/plan';
import { createObjective } from '../services/planObjectives';
import type { ServiceContext } from '../services/serviceContext';
import { daysAfter, parsed } from './sampleInput';
import { SAMPLE_TIME_ZONE } from './sampleMeetingScript';

/**
 * Two of the sample plan's objectives follow the partners' figures (sampleData.ts): written after the figures, since
 * an objective can only follow a measure in the catalogue.
 */
const FOLLOWING: Array<{ goal: string; title: string; measureKey: string; span: FigureSpan; baseline: number; target: number; dueInDays: number }> = [
  {
    goal: 'Youth at risk are identified early',
    title: 'Identify more youth who are trafficked, every quarter',
    measureKey: 'pl.identified',
    span: 'latest-period',
    baseline: 60,
    target: 100,
    dueInDays: 270,
  },
  {
    goal: 'Youth at risk are identified early',
    title: 'Screen youth who come back from missing, all year',
    measureKey: 'pl.returns-screened',
    span: 'year',
    baseline: 0,
    target: 900,
    dueInDays: 200,
  },
];

export async function fillSampleFollowedFigures(context: ServiceContext): Promise<void> {
  const goals = (await getPlan(context)).goals;
  const measures = (await catalogue(context)).measures;
  for (const seed of FOLLOWING) {
    const goal = goals.find((candidate) => candidate.title === seed.goal);
    const measure = measures.find((candidate) => candidate.builtinKey === seed.measureKey);
    if (!goal || !measure) throw new Error(`The sample plan has no goal “${seed.goal}” or measure ${seed.measureKey}.`);
    await createObjective(
      context,
      parsed('plan.createObjective', {
        goalId: goal.id,
        title: seed.title,
        measure: measure.name,
        baseline: seed.baseline,
        target: seed.target,
        targetDate: isoDateInZone(daysAfter(context.now(), seed.dueInDays), SAMPLE_TIME_ZONE),
        progressMode: 'figures',
        figures: { measureId: measure.id, span: seed.span },
      }),
    );
  }
}
