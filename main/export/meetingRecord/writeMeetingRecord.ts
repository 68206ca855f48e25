import type { ReportProgress } from '../exportJob';
import type { MeetingRecordPart } from './meetingRecordModel';
import type { RecordWriter } from './recordWriter';
import { writeReviewEntry } from './writeReviewEntry';
import { CONFIDENTIAL_LABEL, CONFIDENTIAL_NOTICE, EMPTY, SECTION_TITLES } from './recordSections';

/** How many steps writeMeetingRecord reports for a part: its header, then each section it has. */
function recordSteps(part: MeetingRecordPart): number {
  return 1 + [part.attendance, part.agenda, part.decisions, part.actionItems, part.amendments].filter((section) => section !== null).length;
}

/** Progress for a renderer: one step per section of each meeting, plus one for putting the file together at the end. */
export function progressBySection(meetings: readonly MeetingRecordPart[], progress: ReportProgress): () => void {
  const total = meetings.reduce((sum, part) => sum + recordSteps(part), 0) + 1;
  let done = 0;
  return () => progress(++done, total);
}

/**
 * One meeting's record in reading order: header facts, attendance, agenda with notes, decisions, action items,
 * approval. `stepDone` is called after the header and after each section (see recordSteps), for progress.
 */
export function writeMeetingRecord(writer: RecordWriter, part: MeetingRecordPart, includesConfidential: boolean, stepDone: () => void = () => undefined): void {
  writer.title(part.title);
  writer.facts(part.facts);
  if (includesConfidential) writer.tag(CONFIDENTIAL_NOTICE, 'confidential');
  stepDone();
  const section = <T>(content: T | null, write: (writer: RecordWriter, content: T) => void) => {
    if (content === null) return;
    write(writer, content);
    stepDone();
  };
  section(part.attendance, writeAttendance);
  section(part.agenda, writeAgenda);
  section(part.decisions, writeDecisions);
  section(part.actionItems, writeActionItems);
  section(part.amendments, (target, amendments) => writeApproval(target, part.approval, amendments));
}

function writeApproval(writer: RecordWriter, approval: string, amendments: NonNullable<MeetingRecordPart['amendments']>): void {
  writer.heading(SECTION_TITLES.amendments);
  writer.paragraph(approval, { bold: true });
  for (const amendment of amendments) {
    writer.paragraph(`Amendment: ${amendment.reason}`);
    writer.paragraph(amendment.when, { muted: true });
  }
}

function writeAttendance(writer: RecordWriter, attendance: NonNullable<MeetingRecordPart['attendance']>): void {
  writer.heading(SECTION_TITLES.attendance);
  writer.paragraph(attendance.summary);
  writer.paragraph(attendance.quorum, { bold: true });
  if (attendance.groups.length === 0) writer.paragraph(EMPTY.attendance, { italic: true, muted: true });
  for (const group of attendance.groups) {
    writer.heading(group.heading, 4);
    writer.nameList(group.rows.map((row) => ({ name: row.name, status: row.attendance, details: [row.organization, row.note].filter(Boolean).join(' · ') })));
  }
}

function writeAgenda(writer: RecordWriter, agenda: NonNullable<MeetingRecordPart['agenda']>): void {
  writer.heading(SECTION_TITLES.agenda);
  if (agenda.length === 0) writer.paragraph(EMPTY.agenda, { italic: true, muted: true });
  for (const item of agenda) {
    writer.heading(`${item.number} ${item.title}`, 3);
    if (item.details) writer.paragraph(item.details, { muted: true });
    if (item.description) writer.paragraph(item.description, { italic: true });
    if (item.preReads?.length) writer.paragraph(`Pre-reads: ${item.preReads.join('; ')}`, { muted: true });
    if (item.confidential) writer.tag(`${CONFIDENTIAL_LABEL}: these notes are marked confidential`, 'confidential');
    writer.richText(item.notes);
    if (item.notesLeftOut) writer.paragraph(item.notesLeftOut, { italic: true, muted: true });
    writeReviewEntry(writer, item);
  }
}

function writeDecisions(writer: RecordWriter, decisions: NonNullable<MeetingRecordPart['decisions']>): void {
  writer.heading(SECTION_TITLES.decisions);
  if (decisions.length === 0) writer.paragraph(EMPTY.decisions, { italic: true, muted: true });
  decisions.forEach((decision, index) => {
    writer.together([
      { text: `${index + 1}. ${decision.text}`, style: { bold: true } },
      { text: [decision.outcome, decision.context].filter(Boolean).join(' · ') },
      ...(decision.motion ? [{ text: decision.motion, style: { muted: true } }] : []),
    ]);
    writer.space(4);
  });
}

function writeActionItems(writer: RecordWriter, actionItems: NonNullable<MeetingRecordPart['actionItems']>): void {
  writer.heading(SECTION_TITLES['action-items']);
  writer.table({
    columns: [
      { header: 'Action item', weight: 3.6 },
      { header: 'Owner', weight: 2.1 },
      { header: 'Organization', weight: 2.3 },
      // Wide enough for a due date in the long style ("September 30, 2026") on one line.
      { header: 'Due', weight: 2.1 },
      { header: 'Status', weight: 1.4 },
    ],
    rows: actionItems.items.map((item) => [item.title, item.owner, item.organization, item.due, item.status]),
    emptyText: EMPTY.actionItems,
  });
  if (actionItems.updates.length > 0) {
    writer.heading('Updates given at this meeting', 4);
    writer.table({
      columns: [
        { header: 'Action item', weight: 4 },
        { header: 'Change', weight: 2.5 },
        { header: 'Note', weight: 4 },
      ],
      rows: actionItems.updates.map((update) => [update.title, update.change, update.note]),
    });
  }
}
