import type { Organization, Qualities } from '../../../../shared/contract';
import type { involvementLevels, organizationKinds } from '../../../../shared/contract';
import type { SectorId } from '../../../../shared/stakeholderSectors';

/** What the organization form holds while someone types: empty strings where the contract has nulls. */
export interface OrganizationDraft {
  name: string;
  sector: SectorId | '';
  sectorOtherLabel: string;
  kind: (typeof organizationKinds)[number] | '';
  jurisdiction: string;
  address: string;
  phone: string;
  website: string;
  involvement: (typeof involvementLevels)[number] | '';
  qualities: Qualities;
  notes: string;
  joinedOn: string;
  leftOn: string;
}

export const organizationFormKeys = [
  'name',
  'sector',
  'sectorOtherLabel',
  'kind',
  'jurisdiction',
  'address',
  'phone',
  'website',
  'involvement',
  'notes',
  'joinedOn',
  'leftOn',
] as const;

export const emptyOrganizationDraft: OrganizationDraft = {
  name: '',
  sector: '',
  sectorOtherLabel: '',
  kind: '',
  jurisdiction: '',
  address: '',
  phone: '',
  website: '',
  involvement: '',
  qualities: { vulnerableYouth: false, traffickingExpertise: false, traumaInformed: false },
  notes: '',
  joinedOn: '',
  leftOn: '',
};

export function draftFromOrganization(organization: Organization): OrganizationDraft {
  return {
    ...emptyOrganizationDraft,
    ...Object.fromEntries(organizationFormKeys.map((key) => [key, organization[key] ?? ''])),
    qualities: organization.qualities,
  } as OrganizationDraft;
}

/** The draft as the contract wants it; unchosen selects stay empty so the schema names what is missing. */
export function organizationInputFromDraft(draft: OrganizationDraft) {
  return {
    ...draft,
    sector: draft.sector || undefined,
    kind: draft.kind || undefined,
    involvement: draft.involvement || undefined,
    sectorOtherLabel: draft.sector === 'other' ? draft.sectorOtherLabel : '',
    joinedOn: draft.joinedOn || null,
    leftOn: draft.leftOn || null,
  };
}
