import type { RecordWriter } from '../meetingRecord/recordWriter';
import { NO_GOALS, NO_MISSION, NO_OBJECTIVES, NOTHING_NEEDS_ATTENTION, type PlanExportModel } from './planExportModel';

/** The plan in reading order: mission, what needs attention, then each goal with its objectives. Both formats use it. */
export function writePlan(writer: RecordWriter, model: PlanExportModel): void {
  writer.title(model.documentTitle);
  writer.heading('Mission');
  writer.paragraph(model.mission || NO_MISSION, model.mission ? {} : { italic: true, muted: true });
  writer.heading('Needs attention');
  if (model.attention.length === 0) writer.paragraph(NOTHING_NEEDS_ATTENTION, { italic: true, muted: true });
  for (const line of model.attention) writer.paragraph(line);
  if (model.goals.length === 0) writer.paragraph(NO_GOALS, { italic: true, muted: true });
  model.goals.forEach((goal, index) => {
    writer.heading(`Goal ${index + 1}: ${goal.title}`);
    if (goal.description) writer.paragraph(goal.description);
    if (goal.objectives.length === 0) writer.paragraph(NO_OBJECTIVES, { italic: true, muted: true });
    for (const objective of goal.objectives) {
      writer.heading(objective.title, 3);
      writer.facts(objective.facts);
      if (objective.latestNote) writer.paragraph(objective.latestNote, { muted: true });
    }
  });
}
