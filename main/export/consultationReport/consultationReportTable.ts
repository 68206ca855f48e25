import type { CsvFilesModel } from '../tableFile';
import { type ConsultationReportModel, type ReportMeeting, type SectorTally } from './consultationReportModel';

/**
 * The report for a spreadsheet: the meetings (a row per meeting and sector present, so it filters and counts by
 * sector), and the sector summary with the sectors never consulted marked, each a table of its own.
 */
export const meetingHeaders = ['Date', 'When', 'Meeting', 'Kind', 'Minutes', 'Sector', 'Agencies present', 'People present', 'Topics', 'Decisions'];
export const summaryHeaders = ['Sector', 'Group', 'Meetings with this sector present', 'Agencies', 'Last consulted', 'Consulted in this period'];
export const NO_MEETINGS = 'No meeting took place in this period.';

const lines = (values: readonly string[]) => values.join('\n');
const groupLabels: Record<SectorTally['group'], string> = { core: 'Core sector', community: 'Community group', other: 'Other' };

function meetingRows(meeting: ReportMeeting): string[][] {
  const facts = [meeting.date, meeting.when, meeting.title, meeting.kind, meeting.minutes];
  const outcome = [lines(meeting.topics), lines(meeting.decisions)];
  if (meeting.sectors.length === 0) return [[...facts, 'Nobody was marked present', '', '', ...outcome]];
  return meeting.sectors.map((presence) => [
    ...facts,
    presence.label,
    lines(presence.agencies.map((agency) => agency.name)),
    lines(presence.agencies.flatMap((agency) => agency.people)),
    ...outcome,
  ]);
}

function summaryRow(tally: SectorTally): string[] {
  return [
    tally.label,
    groupLabels[tally.group],
    String(tally.meetings),
    lines(tally.agencies),
    tally.lastConsulted ?? '',
    tally.meetings > 0 ? 'Yes' : 'Never consulted',
  ];
}

export const MEETINGS_FILE = 'meetings.csv';
export const SUMMARY_FILE = 'summary by sector.csv';

/** The report as two tables, one CSV file each in a zip: the meetings, and the summary by sector. */
export function consultationReportFiles(model: ConsultationReportModel): CsvFilesModel {
  const meetings = model.meetings.length > 0 ? model.meetings.flatMap(meetingRows) : [[NO_MEETINGS, ...Array<string>(meetingHeaders.length - 1).fill('')]];
  return {
    files: [
      { name: MEETINGS_FILE, headers: meetingHeaders, rows: meetings },
      { name: SUMMARY_FILE, headers: summaryHeaders, rows: model.sectors.map(summaryRow) },
    ],
    generatedAt: model.generatedAt,
  };
}
