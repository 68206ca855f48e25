import { z } from 'zod';
import { sectorIds } from '../stakeholderSectors';
import { looksLikeWebAddress } from '../webAddress';
import { optionalName, optionalText, requiredName } from './textSchemas';

/** Schemas of the coalition directory: organizations, members, coverage and search. */
export const organizationKinds = ['public-agency', 'nonprofit', 'court', 'school-district', 'business', 'faith-community', 'tribal', 'other'] as const;
export const involvementLevels = ['core', 'periodic', 'prospective', 'former'] as const;
export const coalitionRoles = ['chair', 'co-chair', 'coordinator', 'facilitator', 'note-taker', 'member', 'advisor', 'guest'] as const;
export const representativeRoles = ['primary', 'alternate', 'none'] as const;
export const contactPreferences = ['email', 'phone', 'either', 'none'] as const;

export const idSchema = z.string().uuid('Not a valid id.');

/** A calendar date as YYYY-MM-DD, or null when not known. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date like 2026-03-31.', abort: true })
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'That date does not exist.',
  )
  .nullable()
  .default(null);

const emailSchema = z
  .string()
  .trim()
  .max(320, { message: 'That email address is too long.', abort: true })
  .refine((value) => value === '' || z.email().safeParse(value).success, 'That email address does not look right.')
  .default('');

const websiteSchema = z
  .string()
  .trim()
  .max(500, { message: 'That web address is too long.', abort: true })
  .refine((value) => value === '' || looksLikeWebAddress(value), 'Use a web address starting with https://')
  .default('');

export const qualitiesSchema = z.object({
  vulnerableYouth: z.boolean().default(false),
  traffickingExpertise: z.boolean().default(false),
  traumaInformed: z.boolean().default(false),
});
export type Qualities = z.infer<typeof qualitiesSchema>;

const organizationFields = z.object({
  name: requiredName('Name', 200),
  sector: z.enum(sectorIds, { error: 'Choose a sector.' }),
  sectorOtherLabel: optionalName('Sector label', 120),
  kind: z.enum(organizationKinds, { error: 'Choose a kind of organization.' }),
  jurisdiction: optionalName('Jurisdiction served', 200),
  address: optionalText('Address', 500),
  phone: optionalName('Phone', 50),
  website: websiteSchema,
  involvement: z.enum(involvementLevels, { error: 'Choose how involved the organization is.' }),
  qualities: qualitiesSchema.default({ vulnerableYouth: false, traffickingExpertise: false, traumaInformed: false }),
  notes: optionalText('Notes', 10_000),
  joinedOn: isoDateSchema,
  leftOn: isoDateSchema,
});

const withOrganizationRules = <T extends z.ZodType<z.output<typeof organizationFields>>>(schema: T) =>
  schema
    .refine((value) => value.sector !== 'other' || value.sectorOtherLabel.length > 0, {
      message: 'Say which sector, when it is "Other".',
      path: ['sectorOtherLabel'],
    })
    .refine((value) => !value.joinedOn || !value.leftOn || value.leftOn >= value.joinedOn, {
      message: 'The date left cannot be before the date joined.',
      path: ['leftOn'],
    });

export const organizationInputSchema = withOrganizationRules(organizationFields);
export type OrganizationInput = z.input<typeof organizationInputSchema>;
export const organizationUpdateSchema = withOrganizationRules(organizationFields.extend({ id: idSchema }));

export const organizationSchema = organizationFields.extend({
  id: z.string(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  memberCount: z.number().int(),
  primaryRepresentative: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  alternateRepresentatives: z.array(z.object({ id: z.string(), displayName: z.string() })),
});
export type Organization = z.infer<typeof organizationSchema>;

const memberFields = z.object({
  fullName: requiredName('Full name', 200),
  displayName: optionalName('Display name', 120),
  pronouns: optionalName('Pronouns', 60),
  organizationId: idSchema.nullable().default(null),
  title: optionalName('Title or position', 200),
  coalitionRole: z.enum(coalitionRoles, { error: 'Choose a coalition role.' }).default('member'),
  representativeRole: z.enum(representativeRoles, { error: 'Choose a representative role.' }).default('none'),
  votingMember: z.boolean().default(false),
  email: emailSchema,
  phone: optionalName('Phone', 50),
  preferredContact: z.enum(contactPreferences).default('email'),
  startOn: isoDateSchema,
  endOn: isoDateSchema,
  notes: optionalText('Notes', 10_000),
  protectedIdentity: z.boolean().default(false),
});

const withMemberRules = <T extends z.ZodType<z.output<typeof memberFields>>>(schema: T) =>
  schema
    .refine((value) => value.representativeRole === 'none' || value.organizationId !== null, {
      message: 'Only someone from an organization can represent it.',
      path: ['representativeRole'],
    })
    .refine((value) => !value.protectedIdentity || value.displayName.length > 0, {
      message: 'A protected member needs a display name.',
      path: ['displayName'],
    })
    .refine((value) => !value.startOn || !value.endOn || value.endOn >= value.startOn, {
      message: 'The end date cannot be before the start date.',
      path: ['endOn'],
    });

export const memberInputSchema = withMemberRules(memberFields);
export type MemberInput = z.input<typeof memberInputSchema>;
export const memberUpdateSchema = withMemberRules(memberFields.extend({ id: idSchema }));

/**
 * A member as lists show them. For a protected identity the full name and contact details are null:
 * they come only from directory.revealMember, one person at a time, and the reveal is audited.
 */
export const memberSchema = memberFields.extend({
  id: z.string(),
  fullName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  shownName: z.string(),
  organizationName: z.string().nullable(),
  organizationSector: z.enum(sectorIds).nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const revealedMemberSchema = z.object({ id: z.string(), fullName: z.string(), email: z.string(), phone: z.string(), notes: z.string() });

export const historyEntrySchema = z.object({ at: z.string(), profile: z.string(), action: z.string(), changes: z.record(z.string(), z.unknown()) });

export const organizationDetailSchema = z.object({
  organization: organizationSchema,
  members: z.array(memberSchema),
  history: z.array(historyEntrySchema),
});

export const memberDetailSchema = z.object({
  member: memberSchema,
  organization: organizationSchema.nullable(),
  history: z.array(historyEntrySchema),
});

export const listOptionsSchema = z.object({ includeArchived: z.boolean().default(false) }).strict();

/** A picker's request: what was typed (every word must start a word of the name), how many to offer, and the chosen one. */
export const pickRequestSchema = z
  .object({
    query: z.string().trim().max(200).default(''),
    limit: z.number().int().min(1).max(100).default(20),
    /** Leave archived records out of the options (the chosen one still comes back as `chosen`). */
    activeOnly: z.boolean().default(false),
    /** The record already chosen: returned as `chosen`, so its name shows without loading the list. */
    chosenId: idSchema.nullable().default(null),
  })
  .strict();
export const pickOptionSchema = z.object({ id: z.string(), label: z.string(), detail: z.string().nullable(), archived: z.boolean() });
export type PickOption = z.infer<typeof pickOptionSchema>;
export const pickResultSchema = z.object({ options: z.array(pickOptionSchema), chosen: pickOptionSchema.nullable() });

export const coverageStatuses = ['covered', 'only-prospective', 'gap'] as const;
export const sectorCoverageSchema = z.object({
  sector: z.enum(sectorIds),
  organizations: z.object({ core: z.number(), periodic: z.number(), prospective: z.number(), former: z.number() }),
  members: z.number(),
  status: z.enum(coverageStatuses),
  qualities: z.object({ vulnerableYouth: z.number(), traffickingExpertise: z.number(), traumaInformed: z.number() }),
  coreWithoutPrimary: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The core and periodic organizations of this sector, by name: who is at the table. */
  atTable: z.array(z.object({ id: z.string(), name: z.string(), involvement: z.enum(['core', 'periodic']) })),
});
export type SectorCoverage = z.infer<typeof sectorCoverageSchema>;

export const searchResultKinds = ['organization', 'member', 'meeting', 'agenda-item', 'decision', 'action-item'] as const;
export const searchResultSchema = z.object({
  kind: z.enum(searchResultKinds),
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  /** Matched text with the matched words between \u0002 and \u0003, for the UI to highlight. */
  snippet: z.string(),
  /** For agenda items and decisions: the meeting to open. */
  meetingId: z.string().nullable().default(null),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/** Many records changed at once: how many changed (records that already had the values are left alone). */
export const bulkEditResultSchema = z.object({ changed: z.number().int(), unchanged: z.number().int() });

const atLeastOneChange = (changes: Record<string, unknown>) => Object.values(changes).some((value) => value !== undefined);
const chooseAChange = 'Choose at least one thing to change.';

/** What the Organizations grid can set on the chosen rows; only the fields given change. */
export const organizationBulkEditSchema = z
  .object({
    organizationIds: z.array(idSchema).min(1, 'Choose at least one organization.').max(10_000),
    changes: z
      .object({
        involvement: z.enum(involvementLevels, { error: 'Choose how involved the organizations are.' }).optional(),
        kind: z.enum(organizationKinds, { error: 'Choose a kind of organization.' }).optional(),
        /** The label names the sector when it is "Other", as on the form. */
        sector: z
          .object({ id: z.enum(sectorIds, { error: 'Choose a sector.' }), otherLabel: optionalName('Sector label', 120) })
          .strict()
          .refine((sector) => sector.id !== 'other' || sector.otherLabel.length > 0, { message: 'Say which sector, when it is "Other".', path: ['otherLabel'] })
          .optional(),
      })
      .strict()
      .refine(atLeastOneChange, chooseAChange),
  })
  .strict();
export type OrganizationBulkEdit = z.input<typeof organizationBulkEditSchema>;

/** What the Members grid can set on the chosen rows; only the fields given change. */
export const memberBulkEditSchema = z
  .object({
    memberIds: z.array(idSchema).min(1, 'Choose at least one member.').max(10_000),
    changes: z
      .object({
        votingMember: z.boolean().optional(),
        protectedIdentity: z.boolean().optional(),
        coalitionRole: z.enum(coalitionRoles, { error: 'Choose a coalition role.' }).optional(),
      })
      .strict()
      .refine(atLeastOneChange, chooseAChange),
  })
  .strict();
export type MemberBulkEdit = z.input<typeof memberBulkEditSchema>;

/** The directory grids read a page at a time from the host: these are the columns they may sort by. */
export const memberSortFields = ['name', 'organizationName', 'organizationSector', 'title', 'coalitionRole', 'representativeRole', 'votingMember'] as const;
export const organizationSortFields = ['name', 'sector', 'kind', 'involvement', 'memberCount', 'primaryRepresentative'] as const;
export const DIRECTORY_PAGE_SIZES = [25, 50, 100] as const;

const pageFields = {
  includeArchived: z.boolean().default(false),
  /** What the person typed in the page's filter field: every word must begin a word of the record (full-text index). */
  text: z.string().trim().max(200, 'That filter is too long.').default(''),
  sector: z.enum(sectorIds).nullable().default(null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100).default(100),
};
const sortOf = <F extends readonly [string, ...string[]]>(fields: F) =>
  z
    .object({ field: z.enum(fields), direction: z.enum(['asc', 'desc']) })
    .strict()
    .default({ field: fields[0], direction: 'asc' } as never);

export const memberPageQuerySchema = z
  .object({ ...pageFields, coalitionRole: z.enum(coalitionRoles).nullable().default(null), sort: sortOf(memberSortFields) })
  .strict();
export type MemberPageQuery = z.input<typeof memberPageQuerySchema>;
export const memberPageSchema = z.object({ rows: z.array(memberSchema), total: z.number().int() });

export const organizationPageQuerySchema = z
  .object({ ...pageFields, involvement: z.enum(involvementLevels).nullable().default(null), sort: sortOf(organizationSortFields) })
  .strict();
export type OrganizationPageQuery = z.input<typeof organizationPageQuerySchema>;
export const organizationPageSchema = z.object({ rows: z.array(organizationSchema), total: z.number().int() });
