import { inOneSqliteTransaction } from '../db/sqliteBatch';
import type { ServiceContext } from '../services/serviceContext';
import { workspaceDb } from '../services/workspaceTransaction';
import { sampleCalendarAt } from './sampleCalendar';
import { fillSampleDirectory } from './sampleDirectory';
import { contextAt, daysAfter } from './sampleInput';
import { SAMPLE_TIME_ZONE } from './sampleMeetingScript';
import { type SampleMeetingsSummary, playSampleMeetings } from './sampleMeetings';
import { sampleOrganizations } from './sampleOrganizations';
import { fillSamplePlan } from './samplePlan';
import { fillSampleData } from './sampleData';

export interface SampleSummary extends SampleMeetingsSummary {
  organizations: number;
  members: number;
}

/** The coordinator sets up the directory and plans the year a few weeks before its first meeting. */
const PLANNED_DAYS_BEFORE = 21;
const DIRECTORY_DAYS_BEFORE = 28;

/**
 * Fills the open workspace with the fictional sample coalition, all or nothing, through the same services as the
 * UI: the directory, then a year of monthly meetings ending around today (see sampleMeetings.ts), then the plan.
 */
export function fillSampleCoalition(context: ServiceContext): Promise<SampleSummary> {
  return inOneSqliteTransaction(workspaceDb(context), async () => {
    const calendar = sampleCalendarAt(context.now(), SAMPLE_TIME_ZONE);
    const startOfYear = new Date(`${calendar.firstMonth}T17:00:00Z`);
    const roster = await fillSampleDirectory(contextAt(context, daysAfter(startOfYear, -DIRECTORY_DAYS_BEFORE)));
    const meetings = await playSampleMeetings(context, roster, calendar, daysAfter(startOfYear, -PLANNED_DAYS_BEFORE));
    await fillSamplePlan(context, roster);
    await fillSampleData(context);
    return { organizations: sampleOrganizations.length, members: roster.people.length, ...meetings };
  });
}
