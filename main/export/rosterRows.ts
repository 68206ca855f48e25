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

/** What a row shows of an organization. */
export type RosterOrganization = Pick<
  Organization,
  'id' | 'name' | 'sector' | 'sectorOtherLabel' | 'kind' | 'involvement' | 'jurisdiction' | 'phone' | 'website'
>;
/** What a row shows of a member (fullName, email and phone as revealed, when the exporter chose to include them). */
export type RosterMember = Pick<
  Member,
  | 'id'
  | 'fullName'
  | 'displayName'
  | 'pronouns'
  | 'title'
  | 'coalitionRole'
  | 'representativeRole'
  | 'votingMember'
  | 'email'
  | 'phone'
  | 'preferredContact'
  | 'startOn'
  | 'endOn'
  | 'protectedIdentity'
  | 'shownName'
  | 'organizationId'
  | 'organizationName'
>;
/** What ordering the roster needs to know of a member. */
export type RosterPlace = Pick<Member, 'id' | 'organizationId' | 'organizationName' | 'representativeRole' | 'shownName' | 'protectedIdentity'>;

/**
 * One row of the roster, before its cells are read: an organization (null: the member's organization is not on
 * the roster, and the row shows its name alone), and a member (null: a row for an organization nobody represents).
 */
export interface RosterRowKey {
  organizationId: string | null;
  memberId: string | null;
}

function organizationCells(organization: RosterOrganization | null, fallbackName: string | null): string[] {
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

function displayNameOnlyCells(member: RosterMember): string[] {
  const roleCells = [coalitionRoleLabels[member.coalitionRole], representativeRoleLabels[member.representativeRole], yesNoLabel(member.votingMember)];
  return [member.shownName, member.shownName, '', '', ...roleCells, '', '', '', '', ''];
}

function fullMemberCells(member: RosterMember): string[] {
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

const leftOut = (member: RosterPlace, options: RosterOptions) =>
  member.protectedIdentity && !options.includeProtected && options.protectedMembers === 'leave-out';

function memberCells(member: RosterMember, options: RosterOptions): string[] {
  return !member.protectedIdentity || options.includeProtected ? fullMemberCells(member) : displayNameOnlyCells(member);
}

const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });

function rosterOrder(a: RosterPlace, b: RosterPlace): number {
  return representativeOrder[a.representativeRole] - representativeOrder[b.representativeRole] || compareNames(a.shownName, b.shownName);
}

function membersByOrganization<Place extends RosterPlace>(members: readonly Place[]): Map<string | null, Place[]> {
  const groups = new Map<string | null, Place[]>();
  for (const member of members) {
    const group = groups.get(member.organizationId) ?? [];
    group.push(member);
    groups.set(member.organizationId, group);
  }
  return groups;
}

/**
 * The roster's rows in order, as keys: organizations by name, each with its members (primary representative first,
 * then alternates, then by name; a row of its own when none is shown), then people whose organization is not on the
 * roster. Protected members to leave out have no row.
 */
export function rosterRowKeys(
  organizations: ReadonlyArray<Pick<RosterOrganization, 'id' | 'name'>>,
  members: readonly RosterPlace[],
  options: RosterOptions,
): RosterRowKey[] {
  const groups = membersByOrganization(members.filter((member) => !leftOut(member, options)));
  const keys: RosterRowKey[] = [];
  for (const organization of [...organizations].sort((a, b) => byName(a.name, b.name))) {
    const shown = (groups.get(organization.id) ?? []).sort(rosterOrder);
    groups.delete(organization.id);
    if (shown.length === 0) keys.push({ organizationId: organization.id, memberId: null });
    for (const member of shown) keys.push({ organizationId: organization.id, memberId: member.id });
  }
  const unattached = [...groups.values()].flat().sort((a, b) => byName(a.organizationName ?? '', b.organizationName ?? '') || rosterOrder(a, b));
  for (const member of unattached) keys.push({ organizationId: null, memberId: member.id });
  return keys;
}

const emptyMember = (): string[] => Array<string>(memberColumnCount).fill('');

/** The cells of one row; null when its member or organization has gone since the list was read. */
export function rosterRowCells(
  key: RosterRowKey,
  read: { organization: (id: string) => RosterOrganization | undefined; member: (id: string) => RosterMember | undefined },
  options: RosterOptions,
): string[] | null {
  const organization = key.organizationId === null ? null : read.organization(key.organizationId);
  const member = key.memberId === null ? null : read.member(key.memberId);
  if (organization === undefined || member === undefined) return null;
  if (!member) return organization ? [...organizationCells(organization, null), ...emptyMember()] : null;
  return [...organizationCells(organization, member.organizationName), ...memberCells(member, options)];
}

/** The whole roster as one table (a small roster, or a test); the export reads the same rows a chunk at a time. */
export function rosterRows(organizations: readonly RosterOrganization[], members: readonly RosterMember[], options: RosterOptions): RosterTable {
  const organizationsById = new Map(organizations.map((organization) => [organization.id, organization]));
  const membersById = new Map(members.map((member) => [member.id, member]));
  const read = { organization: (id: string) => organizationsById.get(id), member: (id: string) => membersById.get(id) };
  const rows = rosterRowKeys(organizations, members, options).flatMap((key) => {
    const cells = rosterRowCells(key, read, options);
    return cells ? [cells] : [];
  });
  return { headers: [...rosterHeaders], rows };
}
