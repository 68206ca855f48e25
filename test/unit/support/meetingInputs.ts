import type { ChannelInput } from '../../../shared/contract';
import { memberInput, organizationInput } from './directoryInputs';
import { type TestDesk, createTestWorkspace, testDesk } from './testDesk';

/** Input builders and a small coalition for the meetings tests. */
export function meetingInput(overrides: Partial<ChannelInput<'meetings.create'>> = {}): ChannelInput<'meetings.create'> {
  return {
    title: 'Coalition meeting',
    kind: 'full-coalition',
    startsAt: '2026-03-12T10:00',
    timeZone: 'America/Los_Angeles',
    durationMinutes: 90,
    ...overrides,
  };
}

export function itemInput(meetingId: string, overrides: Partial<ChannelInput<'agenda.addItem'>> = {}): ChannelInput<'agenda.addItem'> {
  return { meetingId, title: 'Runaway protocol', timeboxMinutes: 15, ...overrides };
}

export async function deskWithWorkspace(): Promise<{ t: TestDesk; workspacePath: string }> {
  const t = testDesk();
  const { workspace } = await createTestWorkspace(t);
  return { t, workspacePath: workspace.path };
}

/** Two organizations in two sectors with voting representatives, a non-voting member, and a protected youth advisor. */
export async function meetingCoalition() {
  const { t, workspacePath } = await deskWithWorkspace();
  const welfare = await t.call('directory.createOrganization', organizationInput());
  const police = await t.call(
    'directory.createOrganization',
    organizationInput({ name: 'Eugene Police Department', sector: 'law-enforcement-justice', kind: 'public-agency' }),
  );
  const rosa = await t.call('directory.createMember', memberInput({ organizationId: welfare.id, representativeRole: 'primary', votingMember: true }));
  const ben = await t.call(
    'directory.createMember',
    memberInput({ fullName: 'Ben Okafor', email: 'ben@example.org', organizationId: police.id, representativeRole: 'primary', votingMember: true }),
  );
  const cy = await t.call(
    'directory.createMember',
    memberInput({ fullName: 'Cy Dee', email: 'cy@example.org', organizationId: welfare.id, votingMember: false }),
  );
  const advisor = await t.call(
    'directory.createMember',
    memberInput({ fullName: 'Jordan Hidden', displayName: 'Youth Advisor J', email: 'j@example.org', protectedIdentity: true, votingMember: true }),
  );
  return { t, workspacePath, organizations: { welfare, police }, members: { rosa, ben, cy, advisor } };
}
