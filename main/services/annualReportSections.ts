import type { SectorCoverage } from '../../shared/contract';
import type { Plan } from '../../shared/contract';
import type { DateStyle } from '../../shared/dateFormat';
import { planStatusLabels } from '../../shared/planStatus';
import { progressWords, targetWords } from '../../shared/planProgressWords';
import { sectorLabel, sectors } from '../../shared/stakeholderSectors';
import type { ProtocolRecords } from '../db/protocolRepository';
import type { SectorQuarterCount } from '../db/trainingCountsRepository';
import type { AnnualReportModel, ReportTableSection } from '../export/annualReport/annualReportModel';
import { type ConsultationReportModel, neverConsulted } from '../export/consultationReport/consultationReportModel';
import { calendarDate, dayWriter } from '../export/meetingRecord/recordWording';

/** The report's sections other than the measures, each from what its own area already reads. Pure. */

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const statusWords: Record<SectorCoverage['status'], string> = {
  covered: 'At the table',
  'only-prospective': 'Only prospective partners',
  gap: 'Gap: nobody yet',
};

export function membershipSection(coverage: readonly SectorCoverage[]): ReportTableSection {
  const gaps = coverage.filter((row) => row.status !== 'covered' && sectors.find((sector) => sector.id === row.sector)?.group !== 'other');
  const atTable = coverage.reduce((sum, row) => sum + row.organizations.core + row.organizations.periodic, 0);
  const members = coverage.reduce((sum, row) => sum + row.members, 0);
  return {
    summary: [
      `${plural(atTable, 'organization')} at the table (core or periodic partners), with ${plural(members, 'member')}.`,
      gaps.length === 0
        ? 'Every sector the guide names has a partner at the table.'
        : `Sectors still missing at the table: ${gaps.map((row) => sectorLabel(row.sector)).join('; ')}.`,
    ],
    table: {
      columns: [
        { header: 'Sector', weight: 4 },
        { header: 'Core', weight: 1 },
        { header: 'Periodic', weight: 1.2 },
        { header: 'Prospective', weight: 1.5 },
        { header: 'Members', weight: 1.3 },
        { header: 'Coverage', weight: 2.2 },
      ],
      rows: coverage.map((row) => [
        sectorLabel(row.sector),
        String(row.organizations.core),
        String(row.organizations.periodic),
        String(row.organizations.prospective),
        String(row.members),
        statusWords[row.status],
      ]),
      emptyText: 'No sectors.',
    },
  };
}

export function meetingsSection(report: ConsultationReportModel): AnnualReportModel['meetings'] {
  const never = neverConsulted(report);
  return {
    summary: [
      `${plural(report.meetings.length, 'meeting')} held in the period, with ${plural(report.sectors.filter((tally) => tally.meetings > 0).length, 'sector')} present at least once.`,
      never.length === 0 ? 'Every sector was consulted at least once.' : `Never present in the period: ${never.map((tally) => tally.label).join('; ')}.`,
    ],
    table: {
      columns: [
        { header: 'Sector', weight: 4 },
        { header: 'Meetings attended', weight: 1.6 },
        { header: 'Organizations present', weight: 4 },
      ],
      rows: report.sectors.map((tally) => [tally.label, String(tally.meetings), tally.agencies.join(', ') || '—']),
      emptyText: 'No sectors.',
    },
    meetingList: {
      columns: [
        { header: 'Date', weight: 1.6 },
        { header: 'Meeting', weight: 3.4 },
        { header: 'Sectors present', weight: 1.4 },
        { header: 'Decisions', weight: 1.2 },
      ],
      rows: report.meetings.map((meeting) => [
        calendarDate(meeting.date, report.dateStyle),
        meeting.title,
        String(meeting.sectors.length),
        String(meeting.decisions.length),
      ]),
      emptyText: 'No meetings were held in the period.',
    },
  };
}

export function protocolsSection(records: ProtocolRecords, range: { from: string; to: string }, dateStyle: DateStyle): AnnualReportModel['protocols'] {
  const inRange = (day: string | null): day is string => day !== null && day >= range.from && day <= range.to;
  const titleOf = new Map(records.protocols.map((protocol) => [protocol.id, protocol.title]));
  const adopted = records.versions.filter((version) => inRange(version.adoptedOn)).sort((a, b) => (a.adoptedOn ?? '').localeCompare(b.adoptedOn ?? ''));
  const reviewed = records.protocols.filter((protocol) => inRange(protocol.lastReviewedOn));
  const inForce = new Set(records.versions.filter((version) => version.state === 'adopted').map((version) => version.protocolId)).size;
  return {
    summary: `${plural(adopted.length, 'version')} adopted and ${plural(reviewed.length, 'protocol or agreement', 'protocols or agreements')} reviewed in the period; ${inForce} in force now.`,
    adopted: {
      columns: [
        { header: 'Protocol or agreement', weight: 4 },
        { header: 'Version', weight: 1.5 },
        { header: 'Adopted', weight: 1.8 },
      ],
      rows: adopted.map((version) => [titleOf.get(version.protocolId) ?? '', version.label, calendarDate(version.adoptedOn ?? '', dateStyle)]),
      emptyText: 'No protocol or agreement was adopted in the period.',
    },
    reviewed: {
      columns: [
        { header: 'Protocol or agreement', weight: 4 },
        { header: 'Last reviewed', weight: 1.8 },
      ],
      rows: reviewed.map((protocol) => [protocol.title, calendarDate(protocol.lastReviewedOn ?? '', dateStyle)]),
      emptyText: 'No review was recorded in the period.',
    },
  };
}

export function trainingsSection(bySector: readonly SectorQuarterCount[], totals: { trainings: number; peopleTrained: number }): ReportTableSection {
  const sum = (sector: string, key: 'trainings' | 'peopleTrained') => bySector.filter((row) => row.sector === sector).reduce((all, row) => all + row[key], 0);
  const reached = sectors.filter((sector) => sum(sector.id, 'trainings') > 0);
  return {
    summary: [
      `${plural(totals.trainings, 'training')} held, ${plural(totals.peopleTrained, 'person', 'people')} trained. A training for two audiences counts once in the total and once under each sector.`,
    ],
    table: {
      columns: [
        { header: 'Audience sector', weight: 4 },
        { header: 'Trainings', weight: 1.3 },
        { header: 'People trained', weight: 1.5 },
      ],
      rows: reached.map((sector) => [sector.label, String(sum(sector.id, 'trainings')), String(sum(sector.id, 'peopleTrained'))]),
      emptyText: 'No trainings in the period.',
    },
  };
}

/** A followed count the data review would hide is not printed here either (progressWords' shared form). */
export function objectivesSection(plan: Plan, dateStyle: DateStyle, threshold: number): AnnualReportModel['objectives'] {
  const formatDay = dayWriter(dateStyle);
  const objectives = plan.goals.flatMap((goal) => goal.objectives);
  const count = (status: string) => objectives.filter((objective) => objective.status === status).length;
  return {
    summary:
      objectives.length === 0
        ? 'The plan has no objectives yet.'
        : `${plural(objectives.length, 'objective')}: ${count('done')} done, ${count('on-track')} on track, ${count('at-risk')} at risk, ${count('off-track')} off track.`,
    goals: plan.goals.map((goal) => ({
      title: goal.title,
      table: {
        columns: [
          { header: 'Objective', weight: 4 },
          { header: 'Status', weight: 1.4 },
          { header: 'Progress', weight: 2.4 },
          { header: 'Target', weight: 2 },
        ],
        rows: goal.objectives.map((objective) => [
          objective.title,
          `${planStatusLabels[objective.status]}${objective.overdue ? ', overdue' : ''}`,
          progressWords(objective, formatDay, { threshold }),
          targetWords(objective, formatDay),
        ]),
        emptyText: 'No objectives under this goal yet.',
      },
    })),
  };
}
