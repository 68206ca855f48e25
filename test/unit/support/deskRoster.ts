// The meetings tests' small coalition (meetingInputs.ts meetingCoalition) on either engine: two organizations in two
// sectors with voting representatives, a non-voting member and a protected youth advisor, made as deskDirectory.ts
// makes directory records (through the directory's channels, on both engines).
import type { MemberInput } from '../../../shared/contract';
import { addDeskMember, addDeskOrganization } from './deskDirectory';
import type { DeskUnderTest } from './eachDesk';

type PersonSeed = {
  fullName: string;
  displayName?: string;
  email: string;
  organization: 'welfare' | 'police' | null;
  primary?: boolean;
  voting: boolean;
  protectedIdentity?: boolean;
};

const people = {
  rosa: { fullName: 'Rosa Muñoz', email: 'rosa.munoz@example.org', organization: 'welfare', primary: true, voting: true },
  ben: { fullName: 'Ben Okafor', email: 'ben@example.org', organization: 'police', primary: true, voting: true },
  cy: { fullName: 'Cy Dee', email: 'cy@example.org', organization: 'welfare', voting: false },
  advisor: { fullName: 'Jordan Hidden', displayName: 'Youth Advisor J', email: 'j@example.org', organization: null, voting: true, protectedIdentity: true },
} satisfies Record<string, PersonSeed>;

type Ref = { id: string };
export interface DeskRoster {
  organizations: Record<'welfare' | 'police', Ref>;
  members: Record<keyof typeof people, Ref>;
}

export async function deskRoster(subject: DeskUnderTest): Promise<DeskRoster> {
  const organizations = {
    welfare: await addDeskOrganization(subject),
    police: await addDeskOrganization(subject, { name: 'Eugene Police Department', sector: 'law-enforcement-justice', kind: 'public-agency' }),
  };
  const member = (seed: PersonSeed): Promise<Ref> => addDeskMember(subject, memberOverrides(seed, organizations));
  return {
    organizations,
    members: { rosa: await member(people.rosa), ben: await member(people.ben), cy: await member(people.cy), advisor: await member(people.advisor) },
  };
}

function memberOverrides(seed: PersonSeed, organizations: DeskRoster['organizations']): Partial<MemberInput> {
  return {
    fullName: seed.fullName,
    ...(seed.displayName ? { displayName: seed.displayName } : {}),
    email: seed.email,
    organizationId: seed.organization ? organizations[seed.organization].id : null,
    representativeRole: seed.primary ? 'primary' : 'none',
    votingMember: seed.voting,
    protectedIdentity: seed.protectedIdentity ?? false,
  };
}
