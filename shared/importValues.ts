import { coalitionRoles, involvementLevels, organizationKinds, representativeRoles } from './contract/directorySchemas';
import { coalitionRoleLabels, involvementLabels, kindLabels, representativeRoleLabels } from './directoryLabels';
import { sectors } from './stakeholderSectors';

/**
 * The kinds of cell value an import reads as a choice, and the choices each offers: a value the import does not
 * recognise ("CASA/GAL") is matched to one of these by the person, once per distinct value.
 */
export const valueCategories = ['sector', 'kind', 'involvement', 'coalitionRole', 'representativeRole', 'yesNo'] as const;
export type ValueCategory = (typeof valueCategories)[number];

export const valueCategoryLabels: Record<ValueCategory, string> = {
  sector: 'Sector',
  kind: 'Kind of organization',
  involvement: 'Involvement',
  coalitionRole: 'Coalition role',
  representativeRole: 'Representative role',
  yesNo: 'Yes or no',
};

export interface ValueOption {
  id: string;
  label: string;
}

const fromLabels = (ids: readonly string[], labels: Record<string, string>): ValueOption[] => ids.map((id) => ({ id, label: labels[id] ?? id }));

export const valueOptions: Record<ValueCategory, readonly ValueOption[]> = {
  sector: sectors.map((sector) => ({ id: sector.id, label: sector.label })),
  kind: fromLabels(organizationKinds, kindLabels),
  involvement: fromLabels(involvementLevels, involvementLabels),
  coalitionRole: fromLabels(coalitionRoles, coalitionRoleLabels),
  representativeRole: fromLabels(representativeRoles, representativeRoleLabels),
  yesNo: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
  ],
};

export function isValueOption(category: ValueCategory, id: string): boolean {
  return valueOptions[category].some((option) => option.id === id);
}

/** What the file does not say, chosen before the import: a roster import must not make everybody non-voting by silence. */
export const votingDefaults = ['everyone', 'primary-representatives', 'nobody'] as const;
