import { type representativeRoles } from '../../shared/contract/directorySchemas';
import { representativeRoleLabels as shownRepresentativeRoles } from '../../shared/directoryLabels';

/** Exports use the app's own words (shared/directoryLabels), each of which the import's tolerant matching reads back. */
export { coalitionRoleLabels, contactPreferenceLabels, involvementLabels, kindLabels as organizationKindLabels } from '../../shared/directoryLabels';

/** A blank cell reads better than "None" in a roster column. */
export const representativeRoleLabels: Record<(typeof representativeRoles)[number], string> = { ...shownRepresentativeRoles, none: '' };

export const yesNoLabel = (value: boolean) => (value ? 'Yes' : 'No');
