import type { Qualities } from '../../../shared/contract';
import { qualityLabels } from '../../../shared/directoryLabels';

export { coalitionRoleLabels, contactPreferenceLabels, involvementLabels, kindLabels, qualityLabels, representativeRoleLabels } from '../../../shared/directoryLabels';

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
