import type { Qualities } from './contract/directorySchemas';
import type { coalitionRoles, contactPreferences, involvementLevels, organizationKinds, representativeRoles } from './contract/directorySchemas';

/** The words people see for the directory's stored values, in the app and in its exports. */
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
