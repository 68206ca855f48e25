/**
 * The stakeholder sectors a youth anti-trafficking coalition needs at its table (13 core sectors)
 * and the community groups worth drawing in (7), after the guide "Collaborating with Youth-Serving
 * Agencies to Respond to and Prevent Sex Trafficking of Youth". Ids are stable: they are stored.
 */
export const sectorGroups = ['core', 'community', 'other'] as const;
export type SectorGroup = (typeof sectorGroups)[number];

export const sectorIds = [
  'child-welfare',
  'law-enforcement-justice',
  'runaway-homeless-youth',
  'sexual-assault-violence',
  'family-court-judges',
  'casa-gal-legal',
  'behavioral-health',
  'health-public-health',
  'housing-shelter-youth-services',
  'labor-employment',
  'education',
  'youth-survivors',
  'caregivers',
  'entertainment-recreation',
  'businesses-at-risk',
  'faith-leaders',
  'youth-services-coalitions',
  'neighborhood-watch',
  'military',
  'landlord-tenant',
  'other',
] as const;
export type SectorId = (typeof sectorIds)[number];

export interface SectorDefinition {
  id: SectorId;
  group: SectorGroup;
  label: string;
}

export const sectors: readonly SectorDefinition[] = [
  { id: 'child-welfare', group: 'core', label: 'Child welfare' },
  { id: 'law-enforcement-justice', group: 'core', label: 'Law enforcement, juvenile justice and probation' },
  { id: 'runaway-homeless-youth', group: 'core', label: 'Runaway and homeless youth services' },
  { id: 'sexual-assault-violence', group: 'core', label: 'Sexual assault and interpersonal violence coalitions' },
  { id: 'family-court-judges', group: 'core', label: 'Family court and juvenile judges' },
  { id: 'casa-gal-legal', group: 'core', label: 'CASA, guardians ad litem, attorneys and family advocacy centers' },
  { id: 'behavioral-health', group: 'core', label: 'Behavioral and mental health' },
  { id: 'health-public-health', group: 'core', label: 'Health and public health' },
  { id: 'housing-shelter-youth-services', group: 'core', label: 'Housing, shelters and youth services' },
  { id: 'labor-employment', group: 'core', label: 'Labor and employment' },
  { id: 'education', group: 'core', label: 'Education' },
  { id: 'youth-survivors', group: 'core', label: 'Youth, young adult survivors and youth advisory boards' },
  { id: 'caregivers', group: 'core', label: 'Caregivers (foster, resource and kin)' },
  { id: 'entertainment-recreation', group: 'community', label: 'Entertainment and recreation venues' },
  { id: 'businesses-at-risk', group: 'community', label: 'Businesses where trafficking can happen' },
  { id: 'faith-leaders', group: 'community', label: 'Faith leaders' },
  { id: 'youth-services-coalitions', group: 'community', label: 'Youth services coalitions' },
  { id: 'neighborhood-watch', group: 'community', label: 'Neighborhood watches' },
  { id: 'military', group: 'community', label: 'Military' },
  { id: 'landlord-tenant', group: 'community', label: 'Landlord and tenant associations' },
  { id: 'other', group: 'other', label: 'Other' },
];

export function sectorLabel(id: SectorId, otherLabel?: string | null): string {
  if (id === 'other' && otherLabel) return otherLabel;
  return sectors.find((sector) => sector.id === id)?.label ?? id;
}
