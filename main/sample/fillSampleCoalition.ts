import { isoDateInZone } from '../../shared/dateFormat';
import { inOneSqliteTransaction } from '../db/sqliteBatch';
import type { ServiceContext } from '../services/serviceContext';
import { workspaceDb } from '../services/workspaceTransaction';
import { sampleCalendarAt } from './sampleCalendar';
import { fillSampleDirectory } from './sampleDirectory';
import { contextAt, daysAfter } from './sampleInput';
import { SAMPLE_TIME_ZONE } from './sampleMeetingScript';
import { type SampleMeetingsSummary, playSampleMeetings } from './sampleMeetings';
import { SAMPLE_COALITION, sampleOrganizations } from './sampleOrganizations';
import { fillSamplePlan } from './samplePlan';
import { fillSampleData } from './sampleData';
import { fillSampleFollowedFigures } from './sampleFollowedFigures';
import { fillSampleProtocols, sampleProtocolPdfs } from './sampleProtocols';
import { fillSampleTrainings } from './sampleTrainings';

export interface SampleSummary extends SampleMeetingsSummary {
  organizations: number;
  members: number;
  protocols: number;
  trainings: number;
  outreach: number;
}

/** The coordinator sets up the directory and plans the year a few weeks before its first meeting. */
const PLANNED_DAYS_BEFORE = 21;
const DIRECTORY_DAYS_BEFORE = 28;

/**
 * Fills the open workspace with the fictional sample coalition, all or nothing, through the same services as the
 * UI: the directory, then a year of monthly meetings ending around today (see sampleMeetings.ts), then the plan, the
 * protocols and agreements (their PDFs written first: the transaction awaits only the database), two years of
 * partners' figures, trainings and outreach.
 */
export async function fillSampleCoalition(context: ServiceContext): Promise<SampleSummary> {
  const pdfs = await sampleProtocolPdfs(SAMPLE_COALITION.name, context.now());
  return inOneSqliteTransaction(workspaceDb(context), async () => {
    const calendar = sampleCalendarAt(context.now(), SAMPLE_TIME_ZONE);
    const startOfYear = new Date(`${calendar.firstMonth}T17:00:00Z`);
    const roster = await fillSampleDirectory(contextAt(context, daysAfter(startOfYear, -DIRECTORY_DAYS_BEFORE)));
    const meetings = await playSampleMeetings(context, roster, calendar, daysAfter(startOfYear, -PLANNED_DAYS_BEFORE));
    await fillSamplePlan(context, roster);
    await fillSampleData(context);
    await fillSampleFollowedFigures(context);
    const daysAgo = (days: number) => isoDateInZone(daysAfter(context.now(), -days), SAMPLE_TIME_ZONE);
    const protocols = await fillSampleProtocols(context, roster.organizationIds, pdfs, daysAgo(0));
    const { trainings, outreach } = await fillSampleTrainings(context, roster.organizationIds, daysAgo);
    return { organizations: sampleOrganizations.length, members: roster.people.length, ...meetings, protocols, trainings, outreach };
  });
}
