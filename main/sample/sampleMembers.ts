import type { MemberInput } from '../../shared/contract';
import { type SampleOrganization, sampleOrganizations } from './sampleOrganizations';

/**
 * About ninety fictional people, made deterministically from name lists (with accents, so search can be
 * tried with "munoz"), two or three per active organization, plus protected youth and survivor advisors.
 */
const givenNames = [
  'Ana',
  'Marcus',
  'Priya',
  'Tomás',
  'Keisha',
  'Daniel',
  'Mei',
  'Jordan',
  'Lucía',
  'Samuel',
  'Aisha',
  'Ethan',
  'Noemí',
  'Grace',
  'Hiroshi',
  'Fatima',
  'Owen',
  'Renée',
  'Malik',
  'Sofía',
  'Benjamin',
  'Leilani',
  'Carlos',
  'Hannah',
];
const familyNames = [
  'Muñoz',
  'García',
  'Okafor',
  'Nguyễn',
  'Lindqvist',
  'Haddad',
  'Brennan',
  'Castillo',
  'Whitehorse',
  'Kowalski',
  'Ibáñez',
  'Chen',
  'Osei',
  'Delacroix',
  'Patel',
  'Ólafsdóttir',
  'Moreau',
  'Sánchez',
  'Fitzgerald',
  'Yamamoto',
];
const titles = [
  'Program Manager',
  'Caseworker Supervisor',
  'Detective',
  'Probation Officer',
  'Outreach Coordinator',
  'Clinical Director',
  'Staff Attorney',
  'Victim Advocate',
  'School Counselor',
  'Public Health Nurse',
  'Executive Director',
  'Youth Services Specialist',
];

export type SampleMember = Omit<MemberInput, 'organizationId'> & { organizationName: string | null };

const PROTECTED_ADVISORS = ['R. (youth advisor)', 'M. (survivor advisor)', 'K. (youth advisor)'];
const LEADERSHIP = ['chair', 'co-chair', 'coordinator', 'facilitator', 'note-taker'] as const;

function membersPerOrganization(organization: SampleOrganization, index: number): number {
  if (organization.involvement === 'former') return 0;
  if (organization.involvement === 'prospective') return 1;
  return organization.involvement === 'core' ? 2 + (index % 3) : 2;
}

export function sampleMembers(): SampleMember[] {
  const members: SampleMember[] = [];
  const emails = new Set<string>();
  let person = 0;
  sampleOrganizations.forEach((organization, orgIndex) => {
    const count = membersPerOrganization(organization, orgIndex);
    for (let seat = 0; seat < count; seat += 1, person += 1) {
      const given = givenNames[(person * 7) % givenNames.length]!;
      const family = familyNames[(person * 11 + orgIndex) % familyNames.length]!;
      const fullName = `${given} ${family}`;
      const email = ownEmail(
        emails,
        `${given}.${family}`
          .normalize('NFD')
          .replace(/[^\w.]/g, '')
          .toLowerCase(),
      );
      members.push({
        fullName,
        displayName: '',
        organizationName: organization.name,
        title: titles[(person * 5) % titles.length]!,
        coalitionRole: LEADERSHIP[person] ?? 'member',
        representativeRole: seat === 0 ? 'primary' : seat === 1 ? 'alternate' : 'none',
        votingMember: organization.involvement === 'core' && seat < 2,
        email,
        phone: `555-01${String(person % 100).padStart(2, '0')}`,
        preferredContact: person % 3 === 0 ? 'phone' : 'email',
        startOn: `20${22 + (person % 4)}-0${1 + (person % 9)}-15`,
      });
    }
  });
  PROTECTED_ADVISORS.forEach((displayName, index) => {
    members.push({
      fullName: `Protected Advisor ${index + 1} (fictional)`,
      displayName,
      organizationName: 'Riverbend Youth Advisory Board',
      title: 'Advisory board member',
      coalitionRole: 'advisor',
      representativeRole: 'none',
      votingMember: true,
      email: `advisor${index + 1}@example.org`,
      preferredContact: 'email',
      protectedIdentity: true,
    });
  });
  return members;
}

/** Two people of the same name (in different organizations) each have an address of their own. */
function ownEmail(taken: Set<string>, localPart: string): string {
  let email = `${localPart}@example.org`;
  for (let suffix = 2; taken.has(email); suffix += 1) email = `${localPart}${suffix}@example.org`;
  taken.add(email);
  return email;
}
