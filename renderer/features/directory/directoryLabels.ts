import type { Qualities } from '../../../shared/contract';
import type { coalitionRoles, contactPreferences, involvementLevels, organizationKinds, representativeRoles } from '../../../shared/contract';

/** The words people see for the directory's stored values. */
export const kindLabels: Record<(typeof organizationKinds)[number], string> = {
  'public-agency': 'Public agency',
  nonprofit: 'Nonprofit',
  court: 'Court',
  'school-district': 'School or district',
  business: 'Business',
  'faith-community': 'Faith community',
  tribal: 'Tribal',
  other: 'Other',
};

export const involvementLabels: Record<(typeof involvementLevels)[number], string> = {
  core: 'Core',
  periodic: 'Periodic',
  prospective: 'Prospective',
  former: 'Former',
};

export const coalitionRoleLabels: Record<(typeof coalitionRoles)[number], string> = {
  chair: 'Chair',
  'co-chair': 'Co-chair',
  coordinator: 'Coordinator',
  facilitator: 'Facilitator',
  'note-taker': 'Note-taker',
  member: 'Member',
  advisor: 'Advisor',
  guest: 'Guest',
};

export const representativeRoleLabels: Record<(typeof representativeRoles)[number], string> = {
  primary: 'Primary',
  alternate: 'Alternate',
  none: 'None',
};

export const contactPreferenceLabels: Record<(typeof contactPreferences)[number], string> = {
  email: 'Email',
  phone: 'Phone',
  either: 'Email or phone',
  none: 'Do not contact',
};

export const qualityLabels: Record<keyof Qualities, string> = {
  vulnerableYouth: 'Works with vulnerable youth',
  traffickingExpertise: 'Trafficking expertise',
  traumaInformed: 'Trauma-informed practice',
};

export const qualityKeys = Object.keys(qualityLabels) as (keyof Qualities)[];

export function qualitiesText(qualities: Qualities): string {
  return qualityKeys.filter((key) => qualities[key]).map((key) => qualityLabels[key]).join(', ');
}

/** Field names as the forms label them; the History lists use them too. */
export const organizationFieldLabels = {
  name: 'Name',
  sector: 'Sector',
  sectorOtherLabel: 'Sector label',
  kind: 'Kind',
  jurisdiction: 'Jurisdiction served',
  address: 'Address',
  phone: 'Phone',
  website: 'Website',
  involvement: 'Involvement',
  qualities: 'Qualities',
  notes: 'Notes',
  joinedOn: 'Date joined',
  leftOn: 'Date left',
  ...qualityLabels,
} as const;

export const memberFieldLabels = {
  fullName: 'Full name',
  displayName: 'Display name',
  pronouns: 'Pronouns',
  organizationId: 'Organization',
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
} as const;
