// Directory records of any shape on either engine, through the directory's channels (the directory runs on the
// storage engine on both), for tests of services that read the directory (coverage, the setup checklist, meetings).
import type { MemberInput, OrganizationInput } from '../../../shared/contract';
import { memberInput, organizationInput } from './directoryInputs';
import type { DeskUnderTest } from './eachDesk';

type Ref = { id: string };

export function addDeskOrganization(subject: DeskUnderTest, overrides: Partial<OrganizationInput> = {}): Promise<Ref> {
  return subject.t.call('directory.createOrganization', organizationInput(overrides));
}

export function addDeskMember(subject: DeskUnderTest, overrides: Partial<MemberInput> = {}): Promise<Ref> {
  return subject.t.call('directory.createMember', memberInput(overrides));
}

export async function archiveDeskOrganization(subject: DeskUnderTest, id: string): Promise<void> {
  await subject.t.call('directory.archiveOrganization', { id });
}

export async function archiveDeskMember(subject: DeskUnderTest, id: string): Promise<void> {
  await subject.t.call('directory.archiveMember', { id });
}
