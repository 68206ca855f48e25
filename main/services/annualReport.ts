import type { AnnualReportOutline, AnnualReportRange } from '../../shared/contract/annualReportSchemas';
import { figuresOfYears, organizationNames } from '../db/annualReportRepository';
import { readAgenda } from '../db/agendaItemRepository';
import { readAttendees } from '../db/attendeeRepository';
import { listMeasures } from '../db/dataMeasureRepository';
import { readDecisionsOfMeeting } from '../db/decisionRepository';
import { HELD_MEETING_STATUSES } from '../db/dutyEvidenceRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { readMeetings } from '../db/meetingRepository';
import { loadProtocolRecords } from '../db/protocolRepository';
import { trainingCountsByQuarter, trainingTotalsByQuarter } from '../db/trainingCountsRepository';
import { loadWorkspaceMeta } from '../db/workspaceMetaRepository';
import type { AnnualReportModel } from '../export/annualReport/annualReportModel';
import { consultationReportModel } from '../export/consultationReport/consultationReportModel';
import { calendarDate, generatedLine } from '../export/meetingRecord/recordWording';
import { measuresSection } from './annualReportMeasures';
import { narrativeOf } from './annualReportNarrative';
import { membershipSection, meetingsSection, objectivesSection, protocolsSection, trainingsSection } from './annualReportSections';
import { coverage } from './coverage';
import { smallNumbers } from './dataSmallNumbers';
import { readPlan } from './plan';
import { loadPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction } from './workspaceTransaction';

/** What is read outside the report's transaction (each through its area's own service). */
interface ReportInputs {
  coverage: Awaited<ReturnType<typeof coverage>>;
  threshold: number;
}

/**
 * The annual report for a range, read on either engine: every figure is read afresh, the narrative is the one kept
 * for this range. Measures are shared tables (small numbers hidden); the rest are the coalition's own records.
 */
async function readReport(context: ServiceContext, db: StorageExecutor, range: AnnualReportRange, inputs: ReportInputs): Promise<AnnualReportModel> {
  const meta = await loadWorkspaceMeta(db);
  const { timeZone, dateStyle } = await loadPreferences(db);
  const now = context.now();
  const coalitionName = meta?.name ?? '';
  const jurisdiction = [meta?.jurisdictionRegion, meta?.jurisdictionState].filter((part) => part).join(', ');
  const meetings = await readMeetings(db, { from: range.from, to: range.to, statuses: [...HELD_MEETING_STATUSES], seriesId: null });
  const reads = [];
  for (const meeting of meetings) {
    reads.push({
      meeting,
      attendees: await readAttendees(db, meeting.id),
      agenda: await readAgenda(db, meeting.id),
      decisions: await readDecisionsOfMeeting(db, meeting.id),
    });
  }
  const consultations = consultationReportModel({ coalitionName, jurisdiction, ...range, generatedAt: now.toISOString(), timeZone, dateStyle }, reads);
  const trainingTotals = (await trainingTotalsByQuarter(db, range)).reduce(
    (sum, row) => ({ trainings: sum.trainings + row.trainings, peopleTrained: sum.peopleTrained + row.peopleTrained }),
    { trainings: 0, peopleTrained: 0 },
  );
  const figures = await figuresOfYears(db, { first: range.from.slice(0, 4), last: range.to.slice(0, 4) });
  const organizations = await organizationNames(db, [...new Set(figures.map((figure) => figure.organizationId))]);
  const plan = await readPlan(context, db);
  const narrative = await narrativeOf(db, range);
  const periodLine = `${calendarDate(range.from, dateStyle)} to ${calendarDate(range.to, dateStyle)}`;
  return {
    coalitionName,
    documentTitle: 'Annual report',
    generatedLine: generatedLine(now, timeZone, dateStyle),
    generatedAt: now.toISOString(),
    periodLine,
    coalition: [
      { label: 'Coalition', value: coalitionName },
      { label: 'Jurisdiction', value: jurisdiction || 'Not recorded' },
      { label: 'Period', value: periodLine },
      ...(plan.mission.statement ? [{ label: 'Mission', value: plan.mission.statement }] : []),
    ],
    narrative: narrative.sections.filter((section) => section.text !== '').map(({ id, title, text }) => ({ id, title, text })),
    membership: membershipSection(inputs.coverage),
    meetings: meetingsSection(consultations),
    protocols: protocolsSection(await loadProtocolRecords(db), range, dateStyle),
    trainings: trainingsSection(await trainingCountsByQuarter(db, range), trainingTotals),
    measures: measuresSection(await listMeasures(db), figures, organizations, range, inputs.threshold),
    objectives: objectivesSection(plan, dateStyle, inputs.threshold),
  };
}

async function reportInputs(context: ServiceContext): Promise<ReportInputs> {
  return { coverage: await coverage(context), threshold: (await smallNumbers(context)).threshold };
}

/** The report's model, read in one transaction. */
export async function annualReportModel(context: ServiceContext, range: AnnualReportRange): Promise<AnnualReportModel> {
  const inputs = await reportInputs(context);
  return inTransaction(context, (trx) => readReport(context, trx, range, inputs));
}

/** The report in a few lines, for the dialog: one per section, what it will say. */
export async function annualReportOutline(context: ServiceContext, range: AnnualReportRange): Promise<AnnualReportOutline> {
  const model = await annualReportModel(context, range);
  return {
    ...range,
    sections: [
      { title: 'Membership by sector', summary: model.membership.summary.join(' ') },
      { title: 'Meetings and consultation', summary: model.meetings.summary[0] ?? '' },
      { title: 'Protocols and agreements', summary: model.protocols.summary },
      { title: 'Trainings', summary: model.trainings.summary[0] ?? '' },
      {
        title: 'Data',
        summary: `${model.measures.measures.length} measure${model.measures.measures.length === 1 ? '' : 's'} with figures in the period, small numbers hidden.`,
      },
      { title: 'Progress on the plan', summary: model.objectives.summary },
    ],
  };
}

export { readReport, reportInputs };
