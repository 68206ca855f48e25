import { z } from 'zod';
import { dateStyles, isKnownTimeZone } from '../dateFormat';
import { sectorIds } from '../stakeholderSectors';
import { idSchema } from './directorySchemas';
import { freeTextRule, optionalName, optionalText, requiredName, requiredText } from './textSchemas';

/** Schemas of workgroups, meetings, agendas, attendance, notes and decisions. */
export const meetingKinds = ['full-coalition', 'workgroup', 'consultation'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingStatuses = ['planned', 'in-progress', 'minutes-draft', 'approved', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const agendaItemTypes = ['information', 'discussion', 'decision'] as const;
/** Standard items a series adds by itself, and the plan and data reviews; "regular" is everything else people add. */
export const agendaItemRoles = ['regular', 'approve-minutes', 'review-actions', 'plan-review', 'data-review'] as const;
export const agendaItemStatuses = ['open', 'done'] as const;
export const attendanceStatuses = ['invited', 'present', 'remote', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export const decisionOutcomes = ['adopted', 'rejected', 'consensus', 'tabled'] as const;

/** A wall-clock date-time in the meeting's own time zone, as `YYYY-MM-DDTHH:mm`. */
export const localDateTimeSchema = z
  .string({ error: 'Choose a date and time.' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use a date and time like 2026-03-31T14:00.');

export const timeZoneSchema = z
  .string({ error: 'Choose a time zone.' })
  .max(64, { message: 'That time zone is not known.', abort: true })
  .refine(isKnownTimeZone, 'That time zone is not known.');

const videoLinkSchema = z
  .string()
  .trim()
  .max(1000, { message: 'That video link is too long.', abort: true })
  .refine((value) => value === '' || /^https:\/\/[^\s]+$/i.test(value), 'Use a video link starting with https://')
  .default('');

// ---------- Workgroups ----------

const workgroupFields = z.object({
  name: requiredName('Name', 200),
  description: optionalText('Description', 2000),
  chairId: idSchema.nullable().default(null),
  memberIds: z.array(idSchema).max(2000).default([]),
});
export const workgroupInputSchema = workgroupFields;
export type WorkgroupInput = z.input<typeof workgroupInputSchema>;
export const workgroupUpdateSchema = workgroupFields.extend({ id: idSchema });

export const personRefSchema = z.object({ id: z.string(), shownName: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

export const workgroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  chair: personRefSchema.nullable(),
  members: z.array(personRefSchema),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Workgroup = z.infer<typeof workgroupSchema>;

// ---------- Meetings and series ----------

export const recurrenceSchema = z.discriminatedUnion('frequency', [
  z.object({
    frequency: z.literal('weekly'),
    /** Every N weeks: 1 = weekly, 2 = every other week. */
    interval: z.number().int().min(1, 'Repeat at least every week.').max(12, 'Repeat at most every 12 weeks.'),
    count: z.number().int().min(2, 'A series has at least 2 meetings.').max(60, 'A series has at most 60 meetings.'),
  }),
  z.object({
    frequency: z.literal('monthly-weekday'),
    /** 1-4 = first..fourth, -1 = last. */
    ordinal: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
    /** ISO weekday: 1 = Monday .. 7 = Sunday. */
    weekday: z.number().int().min(1).max(7),
    count: z.number().int().min(2, 'A series has at least 2 meetings.').max(60, 'A series has at most 60 meetings.'),
  }),
]);
export type Recurrence = z.infer<typeof recurrenceSchema>;

const meetingFields = z.object({
  title: requiredName('Title', 200),
  kind: z.enum(meetingKinds, { error: 'Choose a kind of meeting.' }),
  workgroupId: idSchema.nullable().default(null),
  startsAt: localDateTimeSchema,
  timeZone: timeZoneSchema,
  durationMinutes: z
    .number({ error: 'Give a duration in minutes.' })
    .int()
    .min(5, 'A meeting lasts at least 5 minutes.')
    .max(1440, 'A meeting lasts at most 24 hours.'),
  location: optionalName('Location', 500),
  videoLink: videoLinkSchema,
  facilitatorId: idSchema.nullable().default(null),
  noteTakerId: idSchema.nullable().default(null),
});
export type MeetingFields = z.output<typeof meetingFields>;

const withMeetingRules = <T extends z.ZodType<z.output<typeof meetingFields>>>(schema: T) =>
  schema.refine((value) => value.kind !== 'workgroup' || value.workgroupId !== null, {
    message: 'Choose the workgroup that meets.',
    path: ['workgroupId'],
  });

export const meetingCreateSchema = withMeetingRules(
  meetingFields.extend({
    recurrence: recurrenceSchema.nullable().default(null),
    /** Start the agenda from this template. */
    templateId: idSchema.nullable().default(null),
  }),
);
export type MeetingCreateInput = z.input<typeof meetingCreateSchema>;

export const editScopes = ['this', 'following'] as const;
export const meetingUpdateSchema = withMeetingRules(
  meetingFields.extend({
    id: idSchema,
    /** "following" applies the fields (all but the date) to this meeting and every later planned one in its series. */
    scope: z.enum(editScopes).default('this'),
  }),
);

export const meetingSummarySchema = meetingFields.extend({
  id: z.string(),
  status: z.enum(meetingStatuses),
  /** The start as an instant (UTC ISO), for sorting and "next meeting". */
  startsAtUtc: z.string(),
  seriesId: z.string().nullable(),
  /** Position in its series, 1-based, or null. */
  seriesIndex: z.number().int().nullable(),
  workgroupName: z.string().nullable(),
  facilitatorName: z.string().nullable(),
  noteTakerName: z.string().nullable(),
  agendaItemCount: z.number().int(),
  attendeeCount: z.number().int(),
  approvedOn: z.string().nullable(),
  cancelledReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingListOptionsSchema = z
  .object({
    /** Inclusive bounds on the local start date, YYYY-MM-DD. */
    from: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .default(null),
    to: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .default(null),
    statuses: z.array(z.enum(meetingStatuses)).max(5).default([]),
    seriesId: idSchema.nullable().default(null),
  })
  .strict();

// ---------- Agenda ----------

const agendaItemFields = z.object({
  title: requiredName('Title', 300),
  type: z.enum(agendaItemTypes, { error: 'Choose information, discussion or decision.' }).default('discussion'),
  presenterId: idSchema.nullable().default(null),
  timeboxMinutes: z
    .number({ error: 'Give a timebox in minutes.' })
    .int()
    .min(0, 'A timebox cannot be negative.')
    .max(480, 'A timebox is at most 480 minutes.')
    .default(10),
  description: optionalText('Description', 5000),
});
export const agendaItemInputSchema = agendaItemFields.extend({ meetingId: idSchema });
export const agendaItemUpdateSchema = agendaItemFields.extend({ id: idSchema });

/** Notes are limited HTML (headings, bold, italic, lists, links); the main process sanitizes them again. */
export const notesHtmlSchema = z
  .string()
  .max(400_000, { message: 'These notes are too long to save (over 400,000 characters).', abort: true })
  .pipe(freeTextRule('The notes'));

export const agendaItemSchema = agendaItemFields.extend({
  id: z.string(),
  meetingId: z.string(),
  position: z.number().int(),
  role: z.enum(agendaItemRoles),
  status: z.enum(agendaItemStatuses),
  presenterName: z.string().nullable(),
  /** Set when the item was unfinished at an earlier meeting and moved here. */
  carriedOverFrom: z.object({ meetingId: z.string(), title: z.string(), startsAt: z.string() }).nullable(),
  /** For the "approve minutes" item: the meeting whose minutes it approves. */
  approvesMeetingId: z.string().nullable(),
  notesHtml: z.string(),
  notesConfidential: z.boolean(),
  notesUpdatedAt: z.string().nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  items: z.array(agendaItemFields.pick({ title: true, type: true, timeboxMinutes: true, description: true })),
  createdAt: z.string(),
});
export type AgendaTemplate = z.infer<typeof templateSchema>;

// ---------- Attendance ----------

export const inviteSchema = z
  .object({
    meetingId: idSchema,
    memberIds: z.array(idSchema).max(5000).default([]),
    organizationIds: z.array(idSchema).max(5000).default([]),
    workgroupIds: z.array(idSchema).max(500).default([]),
    sectors: z.array(z.enum(sectorIds)).max(sectorIds.length).default([]),
  })
  .refine((value) => value.memberIds.length + value.organizationIds.length + value.workgroupIds.length + value.sectors.length > 0, {
    message: 'Choose at least one person, organization, workgroup or sector to invite.',
  });

export const guestInputSchema = z.object({
  meetingId: idSchema,
  name: requiredName('Guest name', 200),
  organization: optionalName('Organization', 200),
  sector: z.enum(sectorIds).nullable().default(null),
});

export const substituteSchema = z
  .object({
    memberId: idSchema.nullable().default(null),
    name: optionalName('Substitute name', 200),
  })
  .refine((value) => value.memberId !== null || value.name.length > 0, { message: 'Name the substitute or choose them from the roster.', path: ['name'] });

export const attendeeSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  /** null for a guest. */
  memberId: z.string().nullable(),
  shownName: z.string(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  sector: z.enum(sectorIds).nullable(),
  votingMember: z.boolean(),
  representativeRole: z.enum(['primary', 'alternate', 'none']),
  status: z.enum(attendanceStatuses),
  guest: z.boolean(),
  substitute: z.object({ memberId: z.string().nullable(), shownName: z.string() }).nullable(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const quorumRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('share'), percent: z.number().int().min(1, 'Use at least 1%.').max(100, 'Use at most 100%.') }),
  z.object({ kind: z.literal('count'), count: z.number().int().min(1, 'Use at least 1 person.').max(1000, 'Use at most 1,000 people.') }),
]);
export type QuorumRule = z.infer<typeof quorumRuleSchema>;

export const quorumSchema = z.object({
  rule: quorumRuleSchema,
  /** Voting members the rule counts from (see docs/meetings.md). */
  eligibleVoting: z.number().int(),
  presentVoting: z.number().int(),
  required: z.number().int(),
  met: z.boolean(),
});
export type Quorum = z.infer<typeof quorumSchema>;

export const sectorPresenceSchema = z.object({
  sector: z.enum(sectorIds),
  present: z.number().int(),
  invited: z.number().int(),
});

// ---------- Decisions ----------

export const motionSchema = z.object({
  movedById: idSchema.nullable().default(null),
  secondedById: idSchema.nullable().default(null),
  votesFor: z.number().int().min(0).max(10_000).default(0),
  votesAgainst: z.number().int().min(0).max(10_000).default(0),
  votesAbstain: z.number().int().min(0).max(10_000).default(0),
});

const decisionFields = z.object({
  agendaItemId: idSchema.nullable().default(null),
  text: requiredText('Decision', 5000),
  motion: motionSchema.nullable().default(null),
  outcome: z.enum(decisionOutcomes, { error: 'Choose the outcome.' }),
});
export const decisionInputSchema = decisionFields.extend({ meetingId: idSchema });
export const decisionUpdateSchema = decisionFields.extend({ id: idSchema });

export const decisionSchema = decisionFields.extend({
  id: z.string(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  meetingStartsAt: z.string(),
  agendaItemTitle: z.string().nullable(),
  motion: motionSchema.extend({ movedByName: z.string().nullable(), secondedByName: z.string().nullable() }).nullable(),
  createdAt: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

// ---------- Lifecycle ----------

export const amendmentSchema = z.object({
  id: z.string(),
  reason: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  profile: z.string(),
});

export const meetingHistoryEntrySchema = z.object({ at: z.string(), profile: z.string(), action: z.string(), changes: z.record(z.string(), z.unknown()) });

export const reasonSchema = requiredText('Reason', 1000);

/** Everything the meeting page and the "Run meeting" view show, in one read. */
export const meetingDetailSchema = z.object({
  meeting: meetingSummarySchema,
  agenda: z.array(agendaItemSchema),
  /** Sum of the agenda's timeboxes, against meeting.durationMinutes. */
  agendaMinutes: z.number().int(),
  attendees: z.array(attendeeSchema),
  quorum: quorumSchema,
  sectorPresence: z.array(sectorPresenceSchema),
  decisions: z.array(decisionSchema),
  /** Action items created at this meeting. */
  actionItemIds: z.array(z.string()),
  /** Status updates given at this meeting (from "Review open action items"): part of the minutes. */
  actionUpdates: z.array(
    z.object({
      actionItemId: z.string(),
      actionItemTitle: z.string(),
      at: z.string(),
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      note: z.string(),
    }),
  ),
  previousInSeries: z.object({ id: z.string(), title: z.string(), startsAt: z.string(), status: z.enum(meetingStatuses) }).nullable(),
  nextInSeries: z.object({ id: z.string(), title: z.string(), startsAt: z.string(), status: z.enum(meetingStatuses) }).nullable(),
  /** The item the facilitator is on in "Run meeting", and when it started (UTC ISO). */
  currentItem: z.object({ id: z.string(), startedAt: z.string() }).nullable(),
  /** True while an approved record is open for an amendment. */
  amending: z.boolean(),
  amendments: z.array(amendmentSchema),
  history: z.array(meetingHistoryEntrySchema),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const preferencesSchema = z.object({
  quorumRule: quorumRuleSchema,
  /** "My items": which member the person at this computer is, for this workspace. */
  myMemberId: z.string().nullable(),
  /** Default time zone for new meetings. */
  timeZone: z.string(),
  /** How dates are written in the app and in exports (shared/dateFormat.ts). */
  dateStyle: z.enum(dateStyles),
});
export type Preferences = z.infer<typeof preferencesSchema>;
