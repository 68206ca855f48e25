import type { ExportRequestOf } from '../../shared/contract';
import { listAgenda } from '../db/agendaItemRepository';
import { listAttendees } from '../db/attendeeRepository';
import { listDecisionsOfMeeting } from '../db/decisionRepository';
import { listMeetings } from '../db/meetingRepository';
import type { PreparedExport } from '../export/exportJob';
import { type ConsultationReportModel, type MeetingRecordRead, consultationReportModel } from '../export/consultationReport/consultationReportModel';
import { consultationReportFiles } from '../export/consultationReport/consultationReportTable';
import { MIME_TYPES, type CsvFilesModel } from '../export/tableFile';
import { exportFileName } from './exportFileName';
import { readPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { workspaceDb } from './workspaceTransaction';

/** Meetings that took place: planned ones have no attendance yet, and cancelled ones consulted nobody. */
const HELD = ['in-progress', 'minutes-draft', 'approved'] as const;
const PDF_MIME_TYPE = 'application/pdf';

/** The consultation report's content for a period (also the second part of the compliance summary). */
export function readConsultationReport(context: ServiceContext, request: { from: string; to: string }): ConsultationReportModel {
  const db = workspaceDb(context);
  const { meta } = context.session.require();
  const { timeZone, dateStyle } = readPreferences(db);
  const reads: MeetingRecordRead[] = listMeetings(db, { from: request.from, to: request.to, statuses: [...HELD], seriesId: null }).map((meeting) => ({
    meeting,
    attendees: listAttendees(db, meeting.id),
    agenda: listAgenda(db, meeting.id),
    decisions: listDecisionsOfMeeting(db, meeting.id),
  }));
  const heading = {
    coalitionName: meta.name,
    jurisdiction: [meta.jurisdictionRegion, meta.jurisdictionState].filter((part) => part !== '').join(', '),
    from: request.from,
    to: request.to,
    generatedAt: context.now().toISOString(),
    timeZone,
    dateStyle,
  };
  return consultationReportModel(heading, reads);
}

/** The consultation report as PDF or CSV; see export/consultationReport for what it holds and leaves out. */
export function prepareConsultationReport(
  context: ServiceContext,
  request: ExportRequestOf<'consultation-report'>,
): PreparedExport<ConsultationReportModel> | PreparedExport<CsvFilesModel> {
  const model = readConsultationReport(context, request);
  const what = `consultation report ${request.from} to ${request.to}`;
  // Decision: a CSV file holds one table, so the CSV format is a zip of two CSV files (meetings; summary by sector).
  if (request.format === 'csv') return { renderer: 'csv-files-zip', model: consultationReportFiles(model), fileName: exportFileName(context, what, 'zip'), mimeType: MIME_TYPES.zip };
  return { renderer: 'consultation-report-pdf', model, fileName: exportFileName(context, what, 'pdf'), mimeType: PDF_MIME_TYPE };
}
