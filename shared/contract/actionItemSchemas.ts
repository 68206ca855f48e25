import { z } from 'zod';
import { sectorIds } from '../stakeholderSectors';
import { idSchema, isoDateSchema } from './directorySchemas';
import { optionalText, requiredName } from './textSchemas';

/** Schemas of action items: who does what by when, and what happened since. */
export const actionStatuses = ['open', 'in-progress', 'blocked', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
/** Statuses that still need someone to act. */
export const unfinishedActionStatuses = ['open', 'in-progress', 'blocked'] as const satisfies readonly ActionStatus[];
export const actionPriorities = ['high', 'normal', 'low'] as const;
/** Days ahead that count as "due soon". */
export const DUE_SOON_DAYS = 7;

const actionItemFields = z.object({
  title: requiredName('Title', 300),
  details: optionalText('Details', 10_000),
  ownerId: idSchema.nullable().default(null),
  dueOn: isoDateSchema,
  priority: z.enum(actionPriorities, { error: 'Choose a priority.' }).default('normal'),
});

export const actionItemInputSchema = actionItemFields.extend({
  status: z.enum(actionStatuses).default('open'),
  sourceMeetingId: idSchema.nullable().default(null),
  sourceAgendaItemId: idSchema.nullable().default(null),
});
export type ActionItemInput = z.input<typeof actionItemInputSchema>;
export const actionItemUpdateSchema = actionItemFields.extend({ id: idSchema });

export const statusChangeSchema = z.object({
  id: idSchema,
  status: z.enum(actionStatuses, { error: 'Choose a status.' }),
  note: optionalText('Note', 2000),
  /** The meeting where the update was given: it then also appears in that meeting's minutes. */
  meetingId: idSchema.nullable().default(null),
});

export const bulkStatusChangeSchema = z.object({
  ids: z.array(idSchema).min(1, 'Choose at least one action item.').max(100_000),
  status: z.enum(actionStatuses, { error: 'Choose a status.' }),
  note: optionalText('Note', 2000),
});

export const actionItemSchema = actionItemFields.extend({
  id: z.string(),
  status: z.enum(actionStatuses),
  ownerName: z.string().nullable(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  sector: z.enum(sectorIds).nullable(),
  sourceMeetingId: z.string().nullable(),
  sourceMeetingTitle: z.string().nullable(),
  sourceMeetingStartsAt: z.string().nullable(),
  sourceAgendaItemId: z.string().nullable(),
  sourceAgendaItemTitle: z.string().nullable(),
  completedOn: z.string().nullable(),
  /** Due before today and not finished. */
  overdue: z.boolean(),
  /** Due within DUE_SOON_DAYS and not finished. */
  dueSoon: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const actionUpdateSchema = z.object({
  id: z.string(),
  at: z.string(),
  fromStatus: z.enum(actionStatuses).nullable(),
  toStatus: z.enum(actionStatuses),
  note: z.string(),
  meetingId: z.string().nullable(),
  meetingTitle: z.string().nullable(),
  profile: z.string(),
});
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;

export const actionItemDetailSchema = z.object({ item: actionItemSchema, updates: z.array(actionUpdateSchema) });

export const actionSortFields = ['dueOn', 'priority', 'status', 'title', 'ownerName', 'organizationName', 'createdAt'] as const;
export const actionGroupings = ['none', 'owner', 'organization'] as const;

export const actionQuerySchema = z
  .object({
    statuses: z.array(z.enum(actionStatuses)).max(5).default([]),
    ownerId: idSchema.nullable().default(null),
    organizationId: idSchema.nullable().default(null),
    sector: z.enum(sectorIds).nullable().default(null),
    workgroupId: idSchema.nullable().default(null),
    sourceMeetingId: idSchema.nullable().default(null),
    overdue: z.boolean().default(false),
    dueThisWeek: z.boolean().default(false),
    text: z.string().trim().max(200).default(''),
    /** Rows of this member first ("My items"). */
    mineFirst: idSchema.nullable().default(null),
    groupBy: z.enum(actionGroupings).default('none'),
    sort: z.object({ field: z.enum(actionSortFields), direction: z.enum(['asc', 'desc']) }).default({ field: 'dueOn', direction: 'asc' }),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
    /**
     * The page after this one: the `next` of the previous page's answer (a list without grouping only). The page
     * is then read from where that one ended, in the index's order, and `offset` is not used.
     */
    after: z.string().max(2000).nullable().default(null),
  })
  .strict();
export type ActionQuery = z.input<typeof actionQuerySchema>;

export const actionGroupSchema = z.object({ key: z.string().nullable(), label: z.string(), count: z.number().int(), overdue: z.number().int() });

export const actionQueryResultSchema = z.object({
  rows: z.array(actionItemSchema),
  total: z.number().int(),
  /** Present when grouped: every group of the whole filtered set, in the order rows come. */
  groups: z.array(actionGroupSchema),
  /** Where the next page starts (send it as `after`); null on the last page, and when grouped or read by offset. */
  next: z.string().nullable(),
});

export const actionCountsSchema = z.object({
  open: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  byOrganization: z.array(z.object({ organizationId: z.string().nullable(), organizationName: z.string(), open: z.number().int(), overdue: z.number().int() })),
});

/** Once a day the app announces overdue and due-soon items; `announce` is true the first time per day. */
export const dueNoticeSchema = z.object({
  announce: z.boolean(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  mine: z.number().int(),
  /** Protocol and agreement reviews due or overdue (main/services/protocolReviewNotice.ts); absent when none are. */
  reviews: z.object({ overdue: z.number().int(), due: z.number().int() }).optional(),
});
