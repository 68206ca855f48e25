/**
 * The parts of a coalition's records a window keeps answers for; each is the first part of the renderer's query keys
 * (the "scope"), so a window refreshes an area by invalidating its scope. `annual-report` holds the report's outline
 * and narrative; `dashboard` the setup checklist.
 */
export const dataAreas = ['directory', 'meetings', 'documents', 'trainings', 'protocols', 'data', 'annual-report', 'dashboard'] as const;
export type DataArea = (typeof dataAreas)[number];
