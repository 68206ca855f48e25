import type { MeetingStatus } from '../../shared/contract';
import type { MeetingRecordExportRequest, MeetingsBundleExportRequest } from '../../shared/contract/meetingExportSchemas';
import { AppError } from '../../shared/errors';
import { findActionItems } from '../db/actionItemRepository';
import { listMeetings } from '../db/meetingRepository';
import type { Db } from '../db/openDatabase';
import { protectedMemberIds } from '../db/protectedMemberIds';
import type { PreparedExport } from '../export/exportJob';
import { buildRecordPart, type RecordOptions } from '../export/meetingRecord/buildRecordPart';
import type { MeetingRecordModel, MeetingRecordPart } from '../export/meetingRecord/meetingRecordModel';
import { generatedLine, meetingDay } from '../export/meetingRecord/recordWording';
import { workspaceFolderName } from '../workspace/workspaceFiles';
import { dueDatesNow } from './actionItemsDueDates';
import { auditMeetingChange } from './meetingAudit';
import { readMeetingDetail } from './meetingDetail';
import { readPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction } from './workspaceTransaction';

export const MEETING_RECORD_MIME_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** Meetings that have minutes; planned and cancelled ones have nothing to send. */
const STATUSES_WITH_MINUTES: MeetingStatus[] = ['in-progress', 'minutes-draft', 'approved'];
export const MAX_BUNDLED_MEETINGS = 250;

/** One meeting's record, ready for the PDF or DOCX renderer. Choosing confidential notes is written to the meeting's history. */
export function prepareMeetingRecord(context: ServiceContext, request: MeetingRecordExportRequest): PreparedExport<MeetingRecordModel> {
  return inWorkspaceTransaction(context, (db, at) => {
    const part = readRecordPart(context, db, request.meetingId, request, protectedMemberIds(db));
    if (request.includeConfidential) auditConfidentialExport(context, db, at, [request.meetingId], request.format);
    return {
      renderer: `meeting-record-${request.format}`,
      model: recordModel(context, db, [part], request.includeConfidential, `Minutes: ${part.title}, ${meetingDay(part.startsOn)}`),
      fileName: `${fileNamePart(part.title)} ${part.startsOn} minutes${confidentialSuffix(request)}.${request.format}`,
      mimeType: MEETING_RECORD_MIME_TYPES[request.format],
    };
  });
}

/** Every meeting with minutes in a series or a date range, in order, as one PDF. */
export function prepareMeetingsBundle(context: ServiceContext, request: MeetingsBundleExportRequest): PreparedExport<MeetingRecordModel> {
  return inWorkspaceTransaction(context, (db, at) => {
    const { scope } = request;
    const meetings = listMeetings(db, {
      from: scope.by === 'dates' ? scope.from : null,
      to: scope.by === 'dates' ? scope.to : null,
      statuses: STATUSES_WITH_MINUTES,
      seriesId: scope.by === 'series' ? scope.seriesId : null,
    });
    if (meetings.length === 0) {
      const where = scope.by === 'series' ? 'in this series' : `between ${scope.from} and ${scope.to}`;
      throw new AppError('VALIDATION', `There are no meetings with minutes ${where}. Planned and cancelled meetings have no record to export.`);
    }
    if (meetings.length > MAX_BUNDLED_MEETINGS) {
      throw new AppError('VALIDATION', `That is ${meetings.length} meetings; export at most ${MAX_BUNDLED_MEETINGS} at once. Choose a shorter date range.`);
    }
    const protectedIds = protectedMemberIds(db);
    const parts = meetings.map((meeting) => readRecordPart(context, db, meeting.id, request, protectedIds));
    if (request.includeConfidential) auditConfidentialExport(context, db, at, meetings.map((meeting) => meeting.id), 'pdf');
    const first = meetings[0]?.startsAt.slice(0, 10) ?? '';
    const last = meetings.at(-1)?.startsAt.slice(0, 10) ?? '';
    const name = scope.by === 'series' ? `${fileNamePart(meetings[0]?.title ?? 'Series')} series` : `${fileNamePart(context.session.require().meta.name)} meetings`;
    return {
      renderer: 'meeting-record-pdf',
      model: recordModel(context, db, parts, request.includeConfidential, `Minutes of ${meetings.length} meetings, ${meetingDay(first)} to ${meetingDay(last)}`),
      fileName: `${name} ${first} to ${last} minutes${confidentialSuffix(request)}.pdf`,
      mimeType: MEETING_RECORD_MIME_TYPES.pdf,
    };
  });
}

function readRecordPart(context: ServiceContext, db: Db, meetingId: string, options: RecordOptions, protectedIds: ReadonlySet<string>): MeetingRecordPart {
  const detail = readMeetingDetail(db, meetingId);
  const actionItems = findActionItems(db, detail.actionItemIds, dueDatesNow(db, context.now()));
  return buildRecordPart({ detail, actionItems, protectedMemberIds: protectedIds }, options);
}

function recordModel(context: ServiceContext, db: Db, meetings: MeetingRecordPart[], includesConfidential: boolean, documentTitle: string): MeetingRecordModel {
  const now = context.now();
  return {
    coalitionName: context.session.require().meta.name,
    documentTitle,
    generatedLine: generatedLine(now, readPreferences(db).timeZone),
    generatedAt: now.toISOString(),
    includesConfidential,
    meetings,
  };
}

/** Safe in a file name on every system (the same cleaning as workspace folder names). */
const fileNamePart = (text: string) => workspaceFolderName(text).replace(/\.coalition$/, '');

const confidentialSuffix = (request: { includeConfidential: boolean }) => (request.includeConfidential ? ' (CONFIDENTIAL)' : '');

function auditConfidentialExport(context: ServiceContext, db: Db, at: string, meetingIds: readonly string[], format: string): void {
  for (const id of meetingIds) auditMeetingChange(context, db, at, { id, action: 'record exported with confidential notes', changes: { format } });
}
