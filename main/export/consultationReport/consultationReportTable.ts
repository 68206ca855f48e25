import type { TableModel } from '../tableFile';
import { type ConsultationReportModel, type ReportMeeting, type SectorTally } from './consultationReportModel';

/**
 * The report as one spreadsheet table: a row per meeting and sector present (so it filters and counts by
 * sector), then, after a blank row, the sector summary with the sectors never consulted marked.
 */
export const meetingHeaders = ['Date', 'When', 'Meeting', 'Kind', 'Minutes', 'Sector', 'Agencies present', 'People present', 'Topics', 'Decisions'];
export const summaryHeaders = ['Sector', 'Group', 'Meetings with this sector present', 'Agencies', 'Last consulted', 'Consulted in this period'];
export const SUMMARY_TITLE = 'Summary by sector';
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
  return [tally.label, groupLabels[tally.group], String(tally.meetings), lines(tally.agencies), tally.lastConsulted ?? '', tally.meetings > 0 ? 'Yes' : 'Never consulted'];
}

/** Every row as wide as the header, so strict CSV readers take the file as one table. */
const padded = (row: readonly string[]) => [...row, ...Array<string>(Math.max(0, meetingHeaders.length - row.length)).fill('')];

export function consultationReportTable(model: ConsultationReportModel): TableModel {
  const meetings = model.meetings.length > 0 ? model.meetings.flatMap(meetingRows) : [[NO_MEETINGS]];
  return {
    sheetName: 'Consultation report',
    headers: meetingHeaders,
    rows: [...meetings, [], [SUMMARY_TITLE], summaryHeaders, ...model.sectors.map(summaryRow)].map(padded),
  };
}
