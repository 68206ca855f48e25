/**
 * The fields a CSV column can be mapped to, per kind of import, with the labels a mapping editor shows.
 * Pure data with no imports, so it can move to shared/ when the renderer needs it.
 */
export const importKinds = ['organizations', 'members'] as const;
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

export type ImportField<K extends ImportKind> = K extends 'organizations' ? OrganizationImportField : MemberImportField;

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

export function importFieldsOf<K extends ImportKind>(kind: K): readonly ImportField<K>[] {
  return (kind === 'organizations' ? organizationImportFields : memberImportFields) as readonly ImportField<K>[];
}
