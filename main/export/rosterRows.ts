import { compareNames } from '../../shared/nameSortKey';
import { type Member, type Organization } from '../../shared/contract/directorySchemas';
import { sectorLabel } from '../../shared/stakeholderSectors';
import { coalitionRoleLabels, contactPreferenceLabels, involvementLabels, organizationKindLabels, representativeRoleLabels, yesNoLabel } from './valueLabels';

/**
 * The roster as one table, a row per member under their organization (and a row for an organization
 * nobody represents yet). Protected identities are shown by display name only, or left out, unless
 * the exporter opted in for this export; then the caller passes members whose details it revealed.
 */
export interface RosterOptions {
  includeProtected: boolean;
  /** Without includeProtected: show protected members by display name (the default), or leave them out. */
  protectedMembers?: 'display-name' | 'leave-out';
}

export interface RosterTable {
  headers: string[];
  rows: string[][];
}

export const rosterHeaders = [
  'Organization',
  'Sector',
  'Kind',
  'Involvement',
  'Jurisdiction served',
  'Organization phone',
  'Website',
  'Name',
  'Display name',
  'Pronouns',
  'Title',
  'Coalition role',
  'Representative role',
  'Voting member',
  'Email',
  'Phone',
  'Preferred contact',
  'Start date',
  'End date',
];

const memberColumnCount = rosterHeaders.length - rosterHeaders.indexOf('Name');
const representativeOrder = { primary: 0, alternate: 1, none: 2 } as const;

function organizationCells(organization: Organization | null, fallbackName: string | null): string[] {
  if (!organization) return [fallbackName ?? '', '', '', '', '', '', ''];
  return [
    organization.name,
    sectorLabel(organization.sector, organization.sectorOtherLabel),
    organizationKindLabels[organization.kind],
    involvementLabels[organization.involvement],
    organization.jurisdiction,
    organization.phone,
    organization.website,
  ];
}

function displayNameOnlyCells(member: Member): string[] {
  const roleCells = [coalitionRoleLabels[member.coalitionRole], representativeRoleLabels[member.representativeRole], yesNoLabel(member.votingMember)];
  return [member.shownName, member.shownName, '', '', ...roleCells, '', '', '', '', ''];
}

function fullMemberCells(member: Member): string[] {
  return [
    member.fullName ?? member.shownName,
    member.displayName,
    member.pronouns,
    member.title,
    coalitionRoleLabels[member.coalitionRole],
    representativeRoleLabels[member.representativeRole],
    yesNoLabel(member.votingMember),
    member.email ?? '',
    member.phone ?? '',
    contactPreferenceLabels[member.preferredContact],
    member.startOn ?? '',
    member.endOn ?? '',
  ];
}

function memberCells(member: Member, options: RosterOptions): string[] | null {
  if (!member.protectedIdentity || options.includeProtected) return fullMemberCells(member);
  return options.protectedMembers === 'leave-out' ? null : displayNameOnlyCells(member);
}

const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });

function rosterOrder(a: Member, b: Member): number {
  return representativeOrder[a.representativeRole] - representativeOrder[b.representativeRole] || compareNames(a.shownName, b.shownName);
}

function membersByOrganization(members: readonly Member[]): Map<string | null, Member[]> {
  const groups = new Map<string | null, Member[]>();
  for (const member of members) {
    const group = groups.get(member.organizationId) ?? [];
    group.push(member);
    groups.set(member.organizationId, group);
  }
  return groups;
}

export function rosterRows(organizations: readonly Organization[], members: readonly Member[], options: RosterOptions): RosterTable {
  const groups = membersByOrganization(members);
  const rows: string[][] = [];
  const emptyMember = Array<string>(memberColumnCount).fill('');

  for (const organization of [...organizations].sort((a, b) => byName(a.name, b.name))) {
    const orgCells = organizationCells(organization, null);
    const memberRows = (groups.get(organization.id) ?? []).sort(rosterOrder).map((member) => memberCells(member, options));
    groups.delete(organization.id);
    const shown = memberRows.filter((cells): cells is string[] => cells !== null);
    if (shown.length === 0) rows.push([...orgCells, ...emptyMember]);
    for (const cells of shown) rows.push([...orgCells, ...cells]);
  }

  const unattached = [...groups.values()].flat().sort((a, b) => byName(a.organizationName ?? '', b.organizationName ?? '') || rosterOrder(a, b));
  for (const member of unattached) {
    const cells = memberCells(member, options);
    if (cells) rows.push([...organizationCells(null, member.organizationName), ...cells]);
  }
  return { headers: [...rosterHeaders], rows };
}
