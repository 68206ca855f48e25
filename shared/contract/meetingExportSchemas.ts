import { z } from 'zod';
import { idSchema } from './directorySchemas';

/** Requests for the meeting record exports: one meeting (PDF or DOCX), or several meetings as one PDF. */
export const meetingRecordSections = ['attendance', 'agenda', 'decisions', 'action-items', 'amendments'] as const;
export type MeetingRecordSection = (typeof meetingRecordSections)[number];

export const meetingRecordSectionLabels: Record<MeetingRecordSection, string> = {
  attendance: 'Attendance and quorum',
  agenda: 'Agenda and notes',
  decisions: 'Decisions and votes',
  'action-items': 'Action items',
  amendments: 'Approval and amendments',
};

export const recordProtectedMembers = ['display-name', 'leave-out'] as const;

const recordOptions = {
  sections: z
    .array(z.enum(meetingRecordSections, { error: 'That part of the record is not known.' }))
    .min(1, 'Choose at least one part of the record.')
    .max(meetingRecordSections.length)
    .default([...meetingRecordSections]),
  /** Notes marked confidential are left out unless chosen for this one export; then each is labelled CONFIDENTIAL. */
  includeConfidential: z.boolean().default(false),
  /** Protected members are shown by display name (never their full name), or left out. */
  protectedMembers: z.enum(recordProtectedMembers).default('display-name'),
};

export const meetingRecordExportSchema = z
  .object({
    kind: z.literal('meeting-record'),
    meetingId: idSchema,
    format: z.enum(['pdf', 'docx'], { error: 'Choose PDF or Word (DOCX).' }),
    ...recordOptions,
  })
  .strict();
export type MeetingRecordExportRequest = z.output<typeof meetingRecordExportSchema>;

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31.');

export const meetingsBundleScopeSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('series'), seriesId: idSchema }).strict(),
  z
    .object({ by: z.literal('dates'), from: dateSchema, to: dateSchema })
    .strict()
    .refine((scope) => scope.from <= scope.to, { message: 'The first day must come before the last.', path: ['to'] }),
]);

/** Every meeting with minutes in a series or between two dates (in each meeting's own calendar), in order, as one PDF. */
export const meetingsBundleExportSchema = z
  .object({
    kind: z.literal('meetings-bundle'),
    scope: meetingsBundleScopeSchema,
    ...recordOptions,
  })
  .strict();
export type MeetingsBundleExportRequest = z.output<typeof meetingsBundleExportSchema>;
