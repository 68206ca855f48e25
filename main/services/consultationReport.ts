import type { ExportRequestOf } from '../../shared/contract';
import { readAgenda } from '../db/agendaItemRepository';
import { readAttendees } from '../db/attendeeRepository';
import { readDecisionsOfMeeting } from '../db/decisionRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { readMeetings } from '../db/meetingRepository';
import { loadWorkspaceMeta } from '../db/workspaceMetaRepository';
import type { PreparedExport } from '../export/preparedExport';
import { type ConsultationReportModel, type MeetingRecordRead, consultationReportModel } from '../export/consultationReport/consultationReportModel';
import { consultationReportFiles } from '../export/consultationReport/consultationReportTable';
import { MIME_TYPES } from '../export/tableFile';
import { exportFileNameOf } from './exportFileName';
import { loadPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';

/** Meetings that took place: planned ones have no attendance yet, and cancelled ones consulted nobody. */
const HELD = ['in-progress', 'minutes-draft', 'approved'] as const;
const PDF_MIME_TYPE = 'application/pdf';

/** The consultation report's content for a period (also the second part of the compliance summary), on either engine. */
export async function readConsultationReport(
  context: ServiceContext,
  db: StorageExecutor,
  request: { from: string; to: string },
): Promise<ConsultationReportModel> {
  const meta = await loadWorkspaceMeta(db);
  const { timeZone, dateStyle } = await loadPreferences(db);
  const reads: MeetingRecordRead[] = [];
  for (const meeting of await readMeetings(db, { from: request.from, to: request.to, statuses: [...HELD], seriesId: null })) {
    reads.push({
      meeting,
      attendees: await readAttendees(db, meeting.id),
      agenda: await readAgenda(db, meeting.id),
      decisions: await readDecisionsOfMeeting(db, meeting.id),
    });
  }
  const heading = {
    coalitionName: meta?.name ?? '',
    jurisdiction: [meta?.jurisdictionRegion ?? '', meta?.jurisdictionState ?? ''].filter((part) => part !== '').join(', '),
    from: request.from,
    to: request.to,
    generatedAt: context.now().toISOString(),
    timeZone,
    dateStyle,
  };
  return consultationReportModel(heading, reads);
}

/** The consultation report as PDF or CSV; see export/consultationReport for what it holds and leaves out. */
export async function prepareConsultationReport(
  context: ServiceContext,
  request: ExportRequestOf<'consultation-report'>,
  trx: StorageExecutor,
): Promise<PreparedExport<'consultation-report-pdf'> | PreparedExport<'csv-files-zip'>> {
  const model = await readConsultationReport(context, trx, request);
  const fileName = (extension: string) =>
    exportFileNameOf(model.coalitionName, context.now(), `consultation report ${request.from} to ${request.to}`, extension);
  // Decision: a CSV file holds one table, so the CSV format is a zip of two CSV files (meetings; summary by sector).
  if (request.format === 'csv')
    return { renderer: 'csv-files-zip', model: consultationReportFiles(model), fileName: fileName('zip'), mimeType: MIME_TYPES.zip };
  return { renderer: 'consultation-report-pdf', model, fileName: fileName('pdf'), mimeType: PDF_MIME_TYPE };
}
