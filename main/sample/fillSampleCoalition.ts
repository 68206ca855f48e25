import type { SampleSummary } from '../../shared/contract';
import { isoDateInZone } from '../../shared/dateFormat';
import { AppError } from '../../shared/errors';
import { type CoalitionRecordCounts, countCoalitionRecords } from '../db/coalitionRecordCounts';
import { setCoalitionDetails } from '../services/coalitionDetails';
import type { ServiceContext } from '../services/serviceContext';
import { inOneTransaction, storage } from '../services/workspaceTransaction';
import { sampleCalendarAt } from './sampleCalendar';
import { fillSampleDirectory } from './sampleDirectory';
import { contextAt, daysAfter, parsed } from './sampleInput';
import { SAMPLE_TIME_ZONE } from './sampleMeetingScript';
import { playSampleMeetings } from './sampleMeetings';
import { SAMPLE_COALITION, sampleOrganizations } from './sampleOrganizations';
import { fillSamplePlan } from './samplePlan';
import { fillSampleData } from './sampleData';
import { fillSampleFollowedFigures } from './sampleFollowedFigures';
import { fillSampleProtocols, sampleProtocolPdfs } from './sampleProtocols';
import { fillSampleTrainings } from './sampleTrainings';

/** The coordinator sets up the directory and plans the year a few weeks before its first meeting. */
const PLANNED_DAYS_BEFORE = 21;
const DIRECTORY_DAYS_BEFORE = 28;

/**
 * Fills the open coalition (a workspace file or a PostgreSQL database) with the fictional sample coalition, all or
 * nothing, through the same services as the UI: the directory, then a year of monthly meetings ending around today
 * (see sampleMeetings.ts), then the plan, the protocols and agreements (their PDFs written first: the transaction
 * awaits only the database), two years of partners' figures, trainings and outreach. The coalition takes the sample's
 * name and jurisdiction, so nobody takes its records for real ones. Refused, changing nothing, unless the coalition
 * holds no organizations, members or meetings yet.
 */
export async function fillSampleCoalition(context: ServiceContext): Promise<SampleSummary> {
  refuseUnlessEmpty(await countCoalitionRecords(storage(context)));
  const pdfs = await sampleProtocolPdfs(SAMPLE_COALITION.name, context.now());
  return inOneTransaction(context, async (batch) => {
    refuseUnlessEmpty(await countCoalitionRecords(storage(batch)));
    const calendar = sampleCalendarAt(batch.now(), SAMPLE_TIME_ZONE);
    const startOfYear = new Date(`${calendar.firstMonth}T17:00:00Z`);
    const roster = await fillSampleDirectory(contextAt(batch, daysAfter(startOfYear, -DIRECTORY_DAYS_BEFORE)));
    const meetings = await playSampleMeetings(batch, roster, calendar, daysAfter(startOfYear, -PLANNED_DAYS_BEFORE));
    await fillSamplePlan(batch, roster);
    await fillSampleData(batch);
    await fillSampleFollowedFigures(batch);
    const daysAgo = (days: number) => isoDateInZone(daysAfter(batch.now(), -days), SAMPLE_TIME_ZONE);
    const protocols = await fillSampleProtocols(batch, roster.organizationIds, pdfs, daysAgo(0));
    const { trainings, outreach } = await fillSampleTrainings(batch, roster.organizationIds, daysAgo);
    await setCoalitionDetails(batch, parsed('settings.setCoalitionDetails', SAMPLE_COALITION));
    return { organizations: sampleOrganizations.length, members: roster.people.length, ...meetings, protocols, trainings, outreach };
  });
}

function refuseUnlessEmpty(held: CoalitionRecordCounts): void {
  if (held.organizations + held.members + held.meetings === 0) return;
  throw new AppError(
    'CONFLICT',
    `The sample coalition was not loaded: this coalition already holds records (${held.organizations} organizations, ${held.members} members, ${held.meetings} meetings), and the sample goes only into an empty one. Nothing was changed. To try the sample, start with a new workspace or a new, empty database.`,
  );
}
