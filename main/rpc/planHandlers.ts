import { createGoal, deleteGoal, getPlan, reorderGoals, restoreGoal, setMission, updateGoal } from '../services/plan';
import { exportPlan } from '../services/planExport';
import {
  createObjective,
  deleteObjective,
  getObjective,
  linkChoices,
  linkToObjective,
  objectivesFor,
  recordProgress,
  restoreObjective,
  unlinkFromObjective,
  updateObjective,
} from '../services/planObjectives';
import type { ServiceContext } from '../services/serviceContext';
import type { Handlers } from './router';
import { measureChoices } from '../services/objectiveFigures';

export type PlanHandlers = Pick<Handlers, `plan.${string}` & keyof Handlers>;

/** The strategic plan: one line per channel, the rules live in services/plan*.ts. */
export function createPlanHandlers(context: ServiceContext): PlanHandlers {
  return {
    'plan.get': () => getPlan(context),
    'plan.setMission': (input) => setMission(context, input),
    'plan.createGoal': (input) => createGoal(context, input),
    'plan.updateGoal': (input) => updateGoal(context, input),
    'plan.reorderGoals': (input) => reorderGoals(context, input),
    'plan.deleteGoal': (input) => deleteGoal(context, input),
    'plan.restoreGoal': (input) => restoreGoal(context, input),
    'plan.createObjective': (input) => createObjective(context, input),
    'plan.updateObjective': (input) => updateObjective(context, input),
    'plan.deleteObjective': (input) => deleteObjective(context, input),
    'plan.restoreObjective': (input) => restoreObjective(context, input),
    'plan.getObjective': (input) => getObjective(context, input),
    'plan.recordProgress': (input) => recordProgress(context, input),
    'plan.link': (input) => linkToObjective(context, input),
    'plan.unlink': (input) => unlinkFromObjective(context, input),
    'plan.linkChoices': (input) => linkChoices(context, input),
    'plan.measureChoices': (input) => measureChoices(context, input),
    'plan.objectivesFor': (input) => objectivesFor(context, input),
    'plan.export': (input) => exportPlan(context, input),
  };
}
