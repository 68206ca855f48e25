// The meetings tests' small coalition (meetingInputs.ts meetingCoalition) on either engine: two organizations in two
// sectors with voting representatives, a non-voting member and a protected youth advisor. On SQLCipher it is made
// through the directory's channels. The directory's services do not run on PostgreSQL yet, so there the same rows are
// written directly; when they do, both engines take the channel path and this file loses its second half.
import { uuidv7 } from 'uuidv7';
import type { Member, Organization } from '../../../shared/contract';
import { memberSortKey } from '../../../main/db/memberShownName';
import type { StorageEngine } from '../../../main/db/engine/storageEngine';
import { memberInput, organizationInput } from './directoryInputs';
import type { DeskUnderTest } from './eachDesk';

type PersonSeed = { fullName: string; displayName?: string; email: string; organization: 'welfare' | 'police' | null; primary?: boolean; voting: boolean; protectedIdentity?: boolean };

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
  return subject.serverEngine ? writeRoster(subject.serverEngine) : callRoster(subject);
}

async function callRoster({ t }: DeskUnderTest): Promise<DeskRoster> {
  const welfare: Organization = await t.call('directory.createOrganization', organizationInput());
  const police: Organization = await t.call('directory.createOrganization', organizationInput({ name: 'Eugene Police Department', sector: 'law-enforcement-justice', kind: 'public-agency' }));
  const organizationIds = { welfare: welfare.id, police: police.id };
  const member = async (seed: PersonSeed): Promise<Member> =>
    t.call(
      'directory.createMember',
      memberInput({
        fullName: seed.fullName,
        ...(seed.displayName ? { displayName: seed.displayName } : {}),
        email: seed.email,
        organizationId: seed.organization ? organizationIds[seed.organization] : null,
        representativeRole: seed.primary ? 'primary' : 'none',
        votingMember: seed.voting,
        protectedIdentity: seed.protectedIdentity ?? false,
      }),
    );
  return {
    organizations: { welfare, police },
    members: { rosa: await member(people.rosa), ben: await member(people.ben), cy: await member(people.cy), advisor: await member(people.advisor) },
  };
}

async function writeRoster(engine: StorageEngine): Promise<DeskRoster> {
  const at = new Date('2026-03-01T12:00:00Z').toISOString();
  const welfareInput = organizationInput();
  const policeInput = organizationInput({ name: 'Eugene Police Department', sector: 'law-enforcement-justice', kind: 'public-agency' });
  const organizations = { welfare: { id: uuidv7() }, police: { id: uuidv7() } };
  for (const [key, input] of [['welfare', welfareInput], ['police', policeInput]] as const) {
    await engine.db
      .insertInto('organizations')
      .values({ id: organizations[key].id, name: input.name, sector: input.sector ?? 'other', kind: input.kind ?? 'other', involvement: input.involvement ?? 'core', created_at: at, updated_at: at })
      .execute();
  }
  const member = async (seed: PersonSeed): Promise<Ref> => {
    const id = uuidv7();
    await engine.db
      .insertInto('members')
      .values({
        id,
        full_name: seed.fullName,
        display_name: seed.displayName ?? '',
        email: seed.email,
        organization_id: seed.organization ? organizations[seed.organization].id : null,
        coalition_role: 'member',
        representative_role: seed.primary ? 'primary' : 'none',
        voting_member: seed.voting ? 1 : 0,
        preferred_contact: 'email',
        protected_identity: seed.protectedIdentity ? 1 : 0,
        sort_key: memberSortKey({ displayName: seed.displayName ?? '', fullName: seed.fullName }),
        created_at: at,
        updated_at: at,
      })
      .execute();
    return { id };
  };
  return { organizations, members: { rosa: await member(people.rosa), ben: await member(people.ben), cy: await member(people.cy), advisor: await member(people.advisor) } };
}

/** Archives a member as the directory would (through its channel on SQLCipher). */
export async function archiveDeskMember(subject: DeskUnderTest, id: string): Promise<void> {
  if (!subject.serverEngine) {
    await subject.t.call('directory.archiveMember', { id });
    return;
  }
  await subject.serverEngine.db.updateTable('members').set({ archived_at: new Date('2026-03-01T12:00:00Z').toISOString() }).where('id', '=', id).execute();
}
