import type { Member, Organization } from '../../shared/contract';
import { compareNames } from '../../shared/nameSortKey';
import type { MemberRow } from '../db/memberStore';
import type { OrganizationRow } from '../db/organizationStore';

/** The directory's stored rows as the channels answer them: flags become booleans, representatives sorted by name. */
export function toMember(row: MemberRow): Member {
  return { ...row, votingMember: row.votingMember === 1, protectedIdentity: row.protectedIdentity === 1 };
}

export function toOrganization(row: OrganizationRow): Organization {
  const { vulnerableYouth, traffickingExpertise, traumaInformed, representatives, ...rest } = row;
  const people = [...representatives].sort((a, b) => compareNames(a.displayName, b.displayName));
  const primary = people.find((person) => person.role === 'primary');
  return {
    ...rest,
    qualities: { vulnerableYouth: vulnerableYouth === 1, traffickingExpertise: traffickingExpertise === 1, traumaInformed: traumaInformed === 1 },
    primaryRepresentative: primary ? { id: primary.id, displayName: primary.displayName } : null,
    alternateRepresentatives: people.filter((person) => person.role === 'alternate').map(({ id, displayName }) => ({ id, displayName })),
  };
}
