// Directory records of any shape on either engine, for tests of services that read the directory (coverage, the
// setup checklist). On SQLCipher they are made through the directory's channels. The directory's services do not run
// on PostgreSQL yet, so there the same rows are written directly (as deskRoster.ts does); when they do, both engines
// take the channel path and this file loses its second half.
import { uuidv7 } from 'uuidv7';
import type { MemberInput, OrganizationInput } from '../../../shared/contract';
import { memberSortKey } from '../../../main/db/memberShownName';
import { memberInput, organizationInput } from './directoryInputs';
import type { DeskUnderTest } from './eachDesk';

type Ref = { id: string };
const AT = new Date('2026-03-01T12:00:00Z').toISOString();

export async function addDeskOrganization(subject: DeskUnderTest, overrides: Partial<OrganizationInput> = {}): Promise<Ref> {
  const input = organizationInput(overrides);
  if (!subject.serverEngine) return subject.t.call('directory.createOrganization', input);
  const id = uuidv7();
  const flag = (value: boolean | undefined) => (value ? 1 : 0);
  await subject.serverEngine.db
    .insertInto('organizations')
    .values({
      id,
      name: input.name,
      sector: input.sector ?? 'other',
      kind: input.kind ?? 'other',
      involvement: input.involvement ?? 'core',
      vulnerable_youth: flag(input.qualities?.vulnerableYouth),
      trafficking_expertise: flag(input.qualities?.traffickingExpertise),
      trauma_informed: flag(input.qualities?.traumaInformed),
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return { id };
}

export async function addDeskMember(subject: DeskUnderTest, overrides: Partial<MemberInput> = {}): Promise<Ref> {
  const input = memberInput(overrides);
  if (!subject.serverEngine) return subject.t.call('directory.createMember', input);
  const id = uuidv7();
  await subject.serverEngine.db
    .insertInto('members')
    .values({
      id,
      full_name: input.fullName,
      display_name: input.displayName ?? '',
      email: input.email ?? '',
      organization_id: input.organizationId ?? null,
      coalition_role: 'member',
      representative_role: input.representativeRole ?? 'none',
      voting_member: input.votingMember ? 1 : 0,
      preferred_contact: 'email',
      protected_identity: input.protectedIdentity ? 1 : 0,
      sort_key: memberSortKey({ displayName: input.displayName ?? '', fullName: input.fullName }),
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return { id };
}

/** Archives an organization as the directory would (through its channel on SQLCipher). */
export async function archiveDeskOrganization(subject: DeskUnderTest, id: string): Promise<void> {
  if (!subject.serverEngine) {
    await subject.t.call('directory.archiveOrganization', { id });
    return;
  }
  await subject.serverEngine.db.updateTable('organizations').set({ archived_at: AT }).where('id', '=', id).execute();
}

/** Archives a member as the directory would (through its channel on SQLCipher). */
export async function archiveDeskMember(subject: DeskUnderTest, id: string): Promise<void> {
  if (!subject.serverEngine) {
    await subject.t.call('directory.archiveMember', { id });
    return;
  }
  await subject.serverEngine.db.updateTable('members').set({ archived_at: AT }).where('id', '=', id).execute();
}
