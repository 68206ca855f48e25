import { type coalitionRoles, type contactPreferences, type involvementLevels, type organizationKinds, type representativeRoles } from '../../shared/contract/directorySchemas';

/** How exports spell the directory's choices; each label reads back through the import's tolerant matching. */
export const organizationKindLabels: Record<(typeof organizationKinds)[number], string> = {
  'public-agency': 'Public agency',
  nonprofit: 'Nonprofit',
  court: 'Court',
  'school-district': 'School district',
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
  none: '',
};

export const contactPreferenceLabels: Record<(typeof contactPreferences)[number], string> = {
  email: 'Email',
  phone: 'Phone',
  either: 'Either',
  none: 'None',
};

export const yesNoLabel = (value: boolean) => (value ? 'Yes' : 'No');
