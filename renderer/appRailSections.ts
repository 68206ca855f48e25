import { organizationsPath } from './components/directory/directoryPaths';
import { meetingsPath } from './components/meetings/meetingPaths';
import { planPath } from './components/plan/planPaths';
import type { RailSectionStarts } from './features/frame/railSections';

/** The rail's sections, by the path of each section's first page (the pages' order is appPages'). */
export const appRailSections: RailSectionStarts = {
  [meetingsPath]: 'Meetings',
  [organizationsPath]: 'Roster',
  [planPath]: 'Plan & duties',
  '/data': 'Data & files',
  '/settings': '',
};
