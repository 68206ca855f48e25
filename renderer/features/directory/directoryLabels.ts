import type { Qualities } from '../../../shared/contract';
import { qualityLabels } from '../../../shared/directoryLabels';
import { memberFieldLabels as importedMemberLabels } from '../../../shared/importFields';

export {
  coalitionRoleLabels,
  contactPreferenceLabels,
  involvementLabels,
  kindLabels,
  qualityLabels,
  representativeRoleLabels,
} from '../../../shared/directoryLabels';

export const qualityKeys = Object.keys(qualityLabels) as (keyof Qualities)[];

export function qualitiesText(qualities: Qualities): string {
  return qualityKeys
    .filter((key) => qualities[key])
    .map((key) => qualityLabels[key])
    .join(', ');
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

/** The member form's labels are the import's, with the organization chosen by id rather than typed by name. */
const { organization, firstName: _firstName, lastName: _lastName, ...memberLabelsByField } = importedMemberLabels;
export const memberFieldLabels = { ...memberLabelsByField, organizationId: organization } as const;
