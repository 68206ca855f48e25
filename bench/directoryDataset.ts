import { uuidv7 } from 'uuidv7';
import { coalitionRoles, involvementLevels, organizationKinds } from '../shared/contract';
import { sectorIds } from '../shared/stakeholderSectors';
import { insertMember } from '../main/db/memberRepository';
import type { Db } from '../main/db/openDatabase';
import { insertOrganization } from '../main/db/organizationRepository';

/** A large fictional directory, written through the real repositories (rows and search index) in one transaction. */
const givenNames = ['Ana', 'José', 'Mei', 'Tomás', 'Aisha', 'Jonah', 'Lucía', 'Noah', 'Zoë', 'Raúl', 'Priya', 'Søren'];
const familyNames = ['Muñoz', 'García', 'Okafor', 'Nguyen', 'Smith', 'Björk', 'Patel', 'Lopez', 'Haddad', 'Kowalski'];
const places = ['Riverside', 'Lane County', 'Eastgate', 'North Hills', 'Harbor City'];

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

export function insertDirectoryDataset(db: Db, counts: { organizations: number; members: number }, at: string): void {
  db.transaction(() => {
    const organizationIds = Array.from({ length: counts.organizations }, (_, index) => {
      const id = uuidv7();
      const sector = pick(sectorIds, index);
      insertOrganization(db, id, {
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
      }, at);
      return id;
    });
    for (let index = 0; index < counts.members; index += 1) {
      const protectedIdentity = index % 50 === 0;
      insertMember(db, uuidv7(), {
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
      }, at);
    }
  })();
}
