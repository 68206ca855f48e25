/**
 * The fields a CSV column can be mapped to, per kind of import, with the labels a mapping editor shows.
 * Pure data with no imports, so it can move to shared/ when the renderer needs it.
 */
/** "people": one row per person with their organization on the same row. */
export const importKinds = ['organizations', 'members', 'people'] as const;
export type ImportKind = (typeof importKinds)[number];

export const organizationImportFields = [
  'name',
  'sector',
  'sectorOtherLabel',
  'kind',
  'jurisdiction',
  'address',
  'phone',
  'website',
  'involvement',
  'vulnerableYouth',
  'traffickingExpertise',
  'traumaInformed',
  'notes',
  'joinedOn',
  'leftOn',
] as const;
export type OrganizationImportField = (typeof organizationImportFields)[number];

export const memberImportFields = [
  'fullName',
  'firstName',
  'lastName',
  'displayName',
  'pronouns',
  'organization',
  'title',
  'coalitionRole',
  'representativeRole',
  'votingMember',
  'email',
  'phone',
  'preferredContact',
  'startOn',
  'endOn',
  'notes',
  'protectedIdentity',
] as const;
export type MemberImportField = (typeof memberImportFields)[number];

/** A people row: the person's fields (their organization is named by org.name) and the organization's, prefixed. */
export type PeopleOrganizationField = `org.${OrganizationImportField}`;
export type PeopleImportField = Exclude<MemberImportField, 'organization'> | PeopleOrganizationField;
export const peopleOrganizationField = (field: OrganizationImportField): PeopleOrganizationField => `org.${field}`;
export const peopleImportFields: readonly PeopleImportField[] = [
  ...memberImportFields.filter((field): field is Exclude<MemberImportField, 'organization'> => field !== 'organization'),
  ...organizationImportFields.map(peopleOrganizationField),
];

export type ImportField<K extends ImportKind> = K extends 'organizations'
  ? OrganizationImportField
  : K extends 'members'
    ? MemberImportField
    : PeopleImportField;

/** Which column (0-based) feeds each field, or null when none does. */
export type ColumnMapping<K extends ImportKind> = Record<ImportField<K>, number | null>;

export const organizationFieldLabels: Record<OrganizationImportField, string> = {
  name: 'Name',
  sector: 'Sector',
  sectorOtherLabel: 'Sector (when Other)',
  kind: 'Kind of organization',
  jurisdiction: 'Jurisdiction served',
  address: 'Address',
  phone: 'Phone',
  website: 'Website',
  involvement: 'Involvement',
  vulnerableYouth: 'Works with vulnerable youth',
  traffickingExpertise: 'Trafficking expertise',
  traumaInformed: 'Trauma-informed practice',
  notes: 'Notes',
  joinedOn: 'Date joined',
  leftOn: 'Date left',
};

export const memberFieldLabels: Record<MemberImportField, string> = {
  fullName: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  displayName: 'Display name',
  pronouns: 'Pronouns',
  organization: 'Organization',
  title: 'Title or position',
  coalitionRole: 'Coalition role',
  representativeRole: 'Representative role',
  votingMember: 'Voting member',
  email: 'Email',
  phone: 'Phone',
  preferredContact: 'Preferred contact',
  startOn: 'Start date',
  endOn: 'End date',
  notes: 'Notes',
  protectedIdentity: 'Protected identity',
};

export const peopleFieldLabels = Object.fromEntries(
  peopleImportFields.map((field) => {
    if (!field.startsWith('org.')) return [field, memberFieldLabels[field as MemberImportField]];
    const organizationField = field.slice('org.'.length) as OrganizationImportField;
    return [field, organizationField === 'name' ? 'Organization' : `Organization: ${organizationFieldLabels[organizationField].toLowerCase()}`];
  }),
) as Record<PeopleImportField, string>;

const fieldsByKind = { organizations: organizationImportFields, members: memberImportFields, people: peopleImportFields } as const;
const labelsByKind = { organizations: organizationFieldLabels, members: memberFieldLabels, people: peopleFieldLabels } as const;

export function importFieldsOf<K extends ImportKind>(kind: K): readonly ImportField<K>[] {
  return fieldsByKind[kind] as readonly ImportField<K>[];
}

export function importFieldLabels<K extends ImportKind>(kind: K): Record<ImportField<K>, string> {
  return labelsByKind[kind] as Record<ImportField<K>, string>;
}
