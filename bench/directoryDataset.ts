import { uuidv7 } from 'uuidv7';
import { coalitionRoles, involvementLevels, organizationKinds } from '../shared/contract';
import { sectorIds } from '../shared/stakeholderSectors';
import type { StorageEngine } from '../main/db/engine/storageEngine';
import { insertMember, type MemberValues } from '../main/db/memberStore';
import { insertOrganization, type OrganizationValues } from '../main/db/organizationStore';

/** A large fictional directory, written through the app's repositories (rows and search index) in one transaction. */
const givenNames = ['Ana', 'José', 'Mei', 'Tomás', 'Aisha', 'Jonah', 'Lucía', 'Noah', 'Zoë', 'Raúl', 'Priya', 'Søren'];
const familyNames = ['Muñoz', 'García', 'Okafor', 'Nguyen', 'Smith', 'Björk', 'Patel', 'Lopez', 'Haddad', 'Kowalski'];
const places = ['Riverside', 'Lane County', 'Eastgate', 'North Hills', 'Harbor City'];

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

interface DirectoryCounts {
  organizations: number;
  members: number;
}

function organizationValues(index: number): OrganizationValues {
  const sector = pick(sectorIds, index);
  return {
    name: `${pick(places, index)} ${pick(familyNames, index * 7)} Youth Services ${index}`,
    sector,
    sectorOtherLabel: sector === 'other' ? 'Transit authority' : '',
    kind: pick(organizationKinds, index),
    jurisdiction: pick(places, index + 2),
    address: '',
    phone: '',
    website: '',
    involvement: pick(involvementLevels, index),
    qualities: { vulnerableYouth: index % 2 === 0, traffickingExpertise: index % 3 === 0, traumaInformed: index % 5 === 0 },
    notes: 'Shelter referrals, screening protocol and outreach training.',
    joinedOn: null,
    leftOn: null,
  };
}

function memberValues(index: number, organizationIds: readonly string[]): MemberValues {
  const protectedIdentity = index % 50 === 0;
  return {
    fullName: `${pick(givenNames, index)} ${pick(familyNames, index * 3 + 1)} ${index}`,
    displayName: protectedIdentity ? `Advisor ${index}` : '',
    pronouns: '',
    organizationId: organizationIds.length > 0 ? pick(organizationIds, index) : null,
    title: 'Program coordinator',
    coalitionRole: pick(coalitionRoles, index),
    representativeRole: 'none',
    votingMember: index % 2 === 0,
    email: `person${index}@example.org`,
    phone: '',
    preferredContact: 'email',
    startOn: null,
    endOn: null,
    notes: '',
    protectedIdentity,
  };
}

const newIds = (count: number) => Array.from({ length: count }, () => uuidv7());

/** On either storage engine: a workspace file through `sqlcipherEngine(db)`, or PostgreSQL. */
export async function insertDirectoryDataset(engine: StorageEngine, counts: DirectoryCounts, at: string): Promise<void> {
  await engine.transaction(async (trx) => {
    const organizationIds = newIds(counts.organizations);
    for (const [index, id] of organizationIds.entries()) await insertOrganization(trx, id, organizationValues(index), at);
    for (let index = 0; index < counts.members; index += 1) await insertMember(trx, uuidv7(), memberValues(index, organizationIds), at);
  });
}
