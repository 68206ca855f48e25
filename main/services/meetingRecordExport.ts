import type { MeetingStatus } from '../../shared/contract';
import type { MeetingRecordExportRequest, MeetingsBundleExportRequest } from '../../shared/contract/meetingExportSchemas';
import { AppError } from '../../shared/errors';
import { actionItemsNow } from './actionItemView';
import { reviewRecordEntries } from './agendaReviewRecord';
import { listMeetings } from '../db/meetingRepository';
import type { Db } from '../db/openDatabase';
import { preReadNames } from '../db/documentPreReads';
import { protectedMemberIds } from '../db/protectedMemberIds';
import type { PreparedExport } from '../export/exportJob';
import { buildRecordPart, type RecordOptions } from '../export/meetingRecord/buildRecordPart';
import type { MeetingRecordModel, MeetingRecordPart } from '../export/meetingRecord/meetingRecordModel';
import { generatedLine, meetingDay } from '../export/meetingRecord/recordWording';
import { workspaceFolderName } from '../workspace/workspaceFiles';
import { dueDatesNow } from './actionItemsDueDates';
import { auditMeetingChange } from './meetingAudit';
import { readMeetingDetail } from './meetingDetail';
import { requireMeeting } from './meetingRecord';
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
    const meeting = requireMeeting(db, request.meetingId);
    const day = meeting.startsAt.slice(0, 10);
    const model = readMeetingRecordModel(db, { meetingIds: [meeting.id], options: request, coalitionName: coalitionName(context), documentTitle: `Minutes: ${meeting.title}, ${meetingDay(day, readPreferences(db).dateStyle)}`, now: context.now() });
    auditConfidentialExport(context, db, at, model, [request.meetingId], request.format);
    return {
      renderer: `meeting-record-${request.format}`,
      model,
      fileName: `${fileNamePart(meeting.title)} ${day} minutes${confidentialSuffix(model)}.${request.format}`,
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
    const first = meetings[0]?.startsAt.slice(0, 10) ?? '';
    const last = meetings.at(-1)?.startsAt.slice(0, 10) ?? '';
    const model = readMeetingRecordModel(db, {
      meetingIds: meetings.map((meeting) => meeting.id),
      options: request,
      coalitionName: coalitionName(context),
      documentTitle: `Minutes of ${meetings.length} meetings, ${meetingDay(first, readPreferences(db).dateStyle)} to ${meetingDay(last, readPreferences(db).dateStyle)}`,
      now: context.now(),
    });
    auditConfidentialExport(context, db, at, model, meetings.map((meeting) => meeting.id), 'pdf');
    const name = scope.by === 'series' ? `${fileNamePart(meetings[0]?.title ?? 'Series')} series` : `${fileNamePart(coalitionName(context))} meetings`;
    return {
      renderer: 'meeting-record-pdf',
      model,
      fileName: `${name} ${first} to ${last} minutes${confidentialSuffix(model)}.pdf`,
      mimeType: MEETING_RECORD_MIME_TYPES.pdf,
    };
  });
}

/** The record model of some meetings, read from the database as it stands: for the preparers and the bench. */
export function readMeetingRecordModel(
  db: Db,
  input: { meetingIds: readonly string[]; options: RecordOptions; coalitionName: string; documentTitle: string; now: Date },
): MeetingRecordModel {
  const protectedIds = protectedMemberIds(db);
  const { dateStyle, timeZone } = readPreferences(db);
  const due = dueDatesNow(db, input.now);
  const meetings = input.meetingIds.map((meetingId) => {
    const detail = readMeetingDetail(db, meetingId);
    const itemIds = detail.agenda.map((item) => item.id);
    const preReads = preReadNames(db, itemIds);
    const reviews = reviewRecordEntries(db, itemIds, dateStyle, detail.meeting.timeZone);
    return buildRecordPart({ detail, actionItems: actionItemsNow(db, detail.actionItemIds, due), protectedMemberIds: protectedIds, dateStyle, preReads, reviews }, input.options);
  });
  return {
    coalitionName: input.coalitionName,
    documentTitle: input.documentTitle,
    generatedLine: generatedLine(input.now, timeZone, dateStyle),
    generatedAt: input.now.toISOString(),
    includesConfidential: meetings.some(carriesConfidentialNotes),
    meetings,
  };
}

const coalitionName = (context: ServiceContext) => context.session.require().meta.name;

/** Safe in a file name on every system (the same cleaning as workspace folder names). */
const fileNamePart = (text: string) => workspaceFolderName(text).replace(/\.coalition$/, '');

/** Confidential notes were chosen and this meeting has some: only then is an export named and labelled confidential. */
const carriesConfidentialNotes = (part: MeetingRecordPart) => part.agenda?.some((entry) => entry.confidential) ?? false;

const confidentialSuffix = (model: MeetingRecordModel) => (model.includesConfidential ? ' (CONFIDENTIAL)' : '');

/** A history row on each meeting whose confidential notes left in this export; none when there were none to take. */
function auditConfidentialExport(context: ServiceContext, db: Db, at: string, model: MeetingRecordModel, meetingIds: readonly string[], format: string): void {
  model.meetings.forEach((part, index) => {
    const id = meetingIds[index];
    if (id && carriesConfidentialNotes(part)) auditMeetingChange(context, db, at, { id, action: 'record exported with confidential notes', changes: { format } });
  });
}
