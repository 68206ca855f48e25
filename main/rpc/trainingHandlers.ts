import { dutiesServedBy, dutyChecklist, dutyLinkChoices, linkToDuty, unlinkFromDuty } from '../services/dutyChecklist';
import { createOutreach, deleteOutreach, listOutreach, updateOutreach } from '../services/outreach';
import type { ServiceContext } from '../services/serviceContext';
import { trainingCounts } from '../services/trainingCounts';
import { createTraining, deleteTraining, listTrainings, updateTraining } from '../services/trainings';
import type { Handlers } from './router';

type TrainingChannel = Extract<keyof Handlers, `trainings.${string}` | `outreach.${string}` | `duties.${string}`>;

/** Trainings, outreach and the six duties' checklist: one line per channel, the rules live in services. */
export function createTrainingHandlers(context: ServiceContext): Pick<Handlers, TrainingChannel> {
  return {
    'trainings.list': () => listTrainings(context),
    'trainings.create': (input) => createTraining(context, input),
    'trainings.update': (input) => updateTraining(context, input),
    'trainings.delete': (input) => deleteTraining(context, input),
    'trainings.counts': (input) => trainingCounts(context, input),
    'outreach.list': () => listOutreach(context),
    'outreach.create': (input) => createOutreach(context, input),
    'outreach.update': (input) => updateOutreach(context, input),
    'outreach.delete': (input) => deleteOutreach(context, input),
    'duties.checklist': () => dutyChecklist(context),
    'duties.link': (input) => linkToDuty(context, input),
    'duties.unlink': (input) => unlinkFromDuty(context, input),
    'duties.linkChoices': (input) => dutyLinkChoices(context, input),
    'duties.servedBy': (input) => dutiesServedBy(context, input),
  };
}
