import type { Plan } from '../../../shared/contract';
import { figureSpanLabels, planProgressModeLabels, planStatusLabels } from '../../../shared/planStatus';
import { type FormatDay, progressWords, targetWords } from '../../../shared/planProgressWords';

/**
 * The strategic plan as the export worker renders it: plain words only, already chosen for print. Owners and the
 * people who recorded updates appear by the name the app shows (a protected member's display name).
 */
export interface PlanExportModel {
  coalitionName: string;
  documentTitle: string;
  generatedLine: string;
  generatedAt: string;
  mission: string;
  /** Lines under "Needs attention": objectives at risk, off track or overdue. */
  attention: string[];
  goals: PlanExportGoal[];
}

export interface PlanExportGoal {
  title: string;
  description: string;
  objectives: Array<{ title: string; facts: Array<{ label: string; value: string }>; latestNote: string | null }>;
}

export interface PlanExportHeading {
  coalitionName: string;
  generatedLine: string;
  generatedAt: string;
}

export const NO_MISSION = 'No mission statement has been written yet.';
export const NO_GOALS = 'The plan has no goals yet.';
export const NO_OBJECTIVES = 'No objectives under this goal yet.';
export const NOTHING_NEEDS_ATTENTION = 'Nothing is at risk, off track or overdue.';

/** `threshold`: the small numbers setting; a followed count from 1 to it is never printed (progressWords' shared form). */
export function planExportModel(
  heading: PlanExportHeading,
  plan: Plan,
  latestNotes: ReadonlyMap<string, { recordedOn: string; note: string }>,
  formatDay: FormatDay,
  threshold: number,
): PlanExportModel {
  const objectives = plan.goals.flatMap((goal) => goal.objectives);
  const attention = objectives
    .filter((objective) => objective.overdue || objective.status === 'at-risk' || objective.status === 'off-track')
    .map((objective) => {
      const why = [
        objective.status === 'at-risk' || objective.status === 'off-track' ? planStatusLabels[objective.status] : null,
        objective.overdue ? `overdue since ${formatDay(objective.targetDate ?? '')}` : null,
      ];
      return `${objective.title}: ${why.filter(Boolean).join(', ')}`;
    });
  return {
    ...heading,
    documentTitle: 'Strategic plan',
    mission: plan.mission.statement,
    attention,
    goals: plan.goals.map((goal) => ({
      title: goal.title,
      description: goal.description,
      objectives: goal.objectives.map((objective) => {
        const latest = latestNotes.get(objective.id);
        return {
          title: objective.title,
          facts: [
            {
              label: 'Owner',
              value: objective.owner ? `${objective.owner.name}${objective.owner.kind === 'workgroup' ? ' (workgroup)' : ''}` : 'No owner yet',
            },
            { label: 'Measure', value: measureWords(objective) },
            { label: 'Target', value: targetWords(objective, formatDay) },
            { label: 'Status', value: `${planStatusLabels[objective.status]}${objective.overdue ? ', overdue' : ''}` },
            {
              label: 'Progress',
              value: `${progressWords(objective, formatDay, { threshold })} (${planProgressModeLabels[objective.progressMode].toLowerCase()})`,
            },
          ],
          latestNote: latest ? `Latest note (${formatDay(latest.recordedOn)}): ${latest.note}` : null,
        };
      }),
    })),
  };
}

/** The coordinator's words for the measure, and the catalogue measure whose figures progress follows. */
function measureWords(objective: Plan['goals'][number]['objectives'][number]): string {
  const followed = objective.figures ? `figures of “${objective.figures.measureName}” (${figureSpanLabels[objective.figures.span].toLowerCase()})` : null;
  if (followed === null) return objective.measure || 'Not set';
  return objective.measure ? `${objective.measure}; ${followed}` : followed.charAt(0).toUpperCase() + followed.slice(1);
}
