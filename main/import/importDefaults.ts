import { type involvementLevels, type organizationKinds } from '../../shared/contract/directorySchemas';

/** What an organization gets when the file says nothing about it: the coordinator can change it afterwards. */
export type OrganizationKind = (typeof organizationKinds)[number];
export type InvolvementLevel = (typeof involvementLevels)[number];

export const defaultOrganizationKind: OrganizationKind = 'other';
export const defaultInvolvement: InvolvementLevel = 'core';
