import type { MeetingStatus } from '../../shared/contract';
import type { MeetingRecordExportRequest, MeetingsBundleExportRequest } from '../../shared/contract/meetingExportSchemas';
import { AppError } from '../../shared/errors';
import { loadActionItems } from './actionItemView';
import { loadReviewRecordEntries } from './agendaReviewRecord';
import { loadPreReadNames } from '../db/documentPreReads';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { readMeetings } from '../db/meetingRepository';
import { loadProtectedMemberIds } from '../db/protectedMemberIds';
import type { PreparedExport } from '../export/preparedExport';
import { buildRecordPart, type RecordOptions } from '../export/meetingRecord/buildRecordPart';
import type { MeetingRecordModel, MeetingRecordPart } from '../export/meetingRecord/meetingRecordModel';
import { generatedLine, meetingDay } from '../export/meetingRecord/recordWording';
import { workspaceFolderName } from '../workspace/workspaceFiles';
import { dateIn, dueDatesOn } from './actionItemsDueDates';
import { coalitionNameIn } from './exportFileName';
import { writeMeetingHistory } from './meetingAudit';
import { loadMeetingDetail } from './meetingDetail';
import { loadMeeting } from './meetingRecord';
import { loadPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';

export const MEETING_RECORD_MIME_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** Meetings that have minutes; planned and cancelled ones have nothing to send. */
const STATUSES_WITH_MINUTES: MeetingStatus[] = ['in-progress', 'minutes-draft', 'approved'];
export const MAX_BUNDLED_MEETINGS = 250;

/** One meeting's record, ready for the PDF or DOCX renderer. Choosing confidential notes is written to the meeting's history. */
export async function prepareMeetingRecord(
  context: ServiceContext,
  request: MeetingRecordExportRequest,
  trx: StorageExecutor,
  at: string,
): Promise<PreparedExport<'meeting-record-pdf' | 'meeting-record-docx'>> {
  const meeting = await loadMeeting(trx, request.meetingId);
  const day = meeting.startsAt.slice(0, 10);
  const { dateStyle } = await loadPreferences(trx);
  const model = await readMeetingRecordModel(trx, {
    meetingIds: [meeting.id],
    options: request,
    coalitionName: await coalitionNameIn(trx),
    documentTitle: `Minutes: ${meeting.title}, ${meetingDay(day, dateStyle)}`,
    now: context.now(),
  });
  await auditConfidentialExport(context, trx, at, model, [request.meetingId], request.format);
  return {
    renderer: `meeting-record-${request.format}`,
    model,
    fileName: `${fileNamePart(meeting.title)} ${day} minutes${confidentialSuffix(model)}.${request.format}`,
    mimeType: MEETING_RECORD_MIME_TYPES[request.format],
  };
}

/** Every meeting with minutes in a series or a date range, in order, as one PDF. */
export async function prepareMeetingsBundle(
  context: ServiceContext,
  request: MeetingsBundleExportRequest,
  trx: StorageExecutor,
  at: string,
): Promise<PreparedExport<'meeting-record-pdf' | 'meeting-record-docx'>> {
  const { scope } = request;
  const meetings = await readMeetings(trx, {
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
  const { dateStyle } = await loadPreferences(trx);
  const coalitionName = await coalitionNameIn(trx);
  const model = await readMeetingRecordModel(trx, {
    meetingIds: meetings.map((meeting) => meeting.id),
    options: request,
    coalitionName,
    documentTitle: `Minutes of ${meetings.length} meetings, ${meetingDay(first, dateStyle)} to ${meetingDay(last, dateStyle)}`,
    now: context.now(),
  });
  await auditConfidentialExport(
    context,
    trx,
    at,
    model,
    meetings.map((meeting) => meeting.id),
    'pdf',
  );
  const name = scope.by === 'series' ? `${fileNamePart(meetings[0]?.title ?? 'Series')} series` : `${fileNamePart(coalitionName)} meetings`;
  return {
    renderer: 'meeting-record-pdf',
    model,
    fileName: `${name} ${first} to ${last} minutes${confidentialSuffix(model)}.pdf`,
    mimeType: MEETING_RECORD_MIME_TYPES.pdf,
  };
}

/** The record model of some meetings, read from the database as it stands (either engine): for the preparers and the bench. */
export async function readMeetingRecordModel(
  db: StorageExecutor,
  input: { meetingIds: readonly string[]; options: RecordOptions; coalitionName: string; documentTitle: string; now: Date },
): Promise<MeetingRecordModel> {
  const protectedIds = await loadProtectedMemberIds(db);
  const { dateStyle, timeZone } = await loadPreferences(db);
  const due = dueDatesOn(dateIn(timeZone, input.now));
  const meetings: MeetingRecordPart[] = [];
  for (const meetingId of input.meetingIds) {
    const detail = await loadMeetingDetail(db, meetingId);
    const itemIds = detail.agenda.map((item) => item.id);
    const preReads = await loadPreReadNames(db, itemIds);
    const reviews = await loadReviewRecordEntries(db, itemIds, dateStyle, detail.meeting.timeZone);
    const actionItems = await loadActionItems(db, detail.actionItemIds, due);
    meetings.push(buildRecordPart({ detail, actionItems, protectedMemberIds: protectedIds, dateStyle, preReads, reviews }, input.options));
  }
  return {
    coalitionName: input.coalitionName,
    documentTitle: input.documentTitle,
    generatedLine: generatedLine(input.now, timeZone, dateStyle),
    generatedAt: input.now.toISOString(),
    includesConfidential: meetings.some(carriesConfidentialNotes),
    meetings,
  };
}

/** Safe in a file name on every system (the same cleaning as workspace folder names). */
const fileNamePart = (text: string) => workspaceFolderName(text).replace(/\.coalition$/, '');

/** Confidential notes were chosen and this meeting has some: only then is an export named and labelled confidential. */
const carriesConfidentialNotes = (part: MeetingRecordPart) => part.agenda?.some((entry) => entry.confidential) ?? false;

const confidentialSuffix = (model: MeetingRecordModel) => (model.includesConfidential ? ' (CONFIDENTIAL)' : '');

/** A history row on each meeting whose confidential notes left in this export; none when there were none to take. */
async function auditConfidentialExport(
  context: ServiceContext,
  trx: StorageExecutor,
  at: string,
  model: MeetingRecordModel,
  meetingIds: readonly string[],
  format: string,
): Promise<void> {
  for (const [index, part] of model.meetings.entries()) {
    const id = meetingIds[index];
    if (id && carriesConfidentialNotes(part))
      await writeMeetingHistory(context, trx, at, { id, action: 'record exported with confidential notes', changes: { format } });
  }
}
