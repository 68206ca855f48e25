import { expect, it } from 'vitest';
import { memberInput, organizationInput } from './support/directoryInputs';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';
import type { TestDesk } from './support/testDesk';

const UNKNOWN_ID = '01900000-0000-7000-8000-000000000000';

async function deskWithDirectory({ t }: DeskUnderTest) {
  const shelter = await t.call(
    'directory.createOrganization',
    organizationInput({ name: 'Riverside Youth Shelter', sector: 'runaway-homeless-youth', kind: 'other', involvement: 'core' }),
  );
  const clinic = await t.call(
    'directory.createOrganization',
    organizationInput({ name: 'Eastside Clinic', sector: 'other', sectorOtherLabel: 'Dental', kind: 'other', involvement: 'core' }),
  );
  const court = await t.call(
    'directory.createOrganization',
    organizationInput({ name: 'Juvenile Court', sector: 'law-enforcement-justice', kind: 'court', involvement: 'periodic' }),
  );
  const rosa = await t.call('directory.createMember', memberInput({ organizationId: shelter.id }));
  const ben = await t.call(
    'directory.createMember',
    memberInput({ fullName: 'Ben Okafor', email: 'ben@example.org', organizationId: clinic.id, votingMember: true }),
  );
  const jay = await t.call('directory.createMember', memberInput({ fullName: 'Jordan Hale', displayName: 'Youth Advisor J', email: 'j@example.org' }));
  return { t, organizations: { shelter, clinic, court }, members: { rosa, ben, jay } };
}

/** Everything a failed bulk edit must leave as it was: the lists and every record's history. */
async function directoryState(t: TestDesk) {
  const organizations = await t.call('directory.listOrganizations', { includeArchived: true });
  const members = await t.call('directory.listMembers', { includeArchived: true });
  const histories = [
    ...(await Promise.all(organizations.map((row) => t.call('directory.getOrganization', { id: row.id })))).map((detail) => detail.history),
    ...(await Promise.all(members.map((row) => t.call('directory.getMember', { id: row.id })))).map((detail) => detail.history),
  ];
  return { organizations, members, histories };
}

describeEachDesk('bulk edit of organizations', (subject) => {
  it('sets involvement, kind and sector on the chosen organizations in one call, one history entry per changed record', async () => {
    const { t, organizations } = await deskWithDirectory(subject);
    const { shelter, clinic, court } = organizations;
    const result = await t.call('directory.bulkEditOrganizations', {
      organizationIds: [shelter.id, clinic.id, court.id, clinic.id],
      changes: { involvement: 'periodic', kind: 'nonprofit' },
    });
    expect(result).toEqual({ changed: 3, unchanged: 0 });
    const rows = await t.call('directory.listOrganizations', {});
    expect(rows.map((row) => [row.name, row.involvement, row.kind])).toEqual([
      ['Eastside Clinic', 'periodic', 'nonprofit'],
      ['Juvenile Court', 'periodic', 'nonprofit'],
      ['Riverside Youth Shelter', 'periodic', 'nonprofit'],
    ]);
    const courtHistory = (await t.call('directory.getOrganization', { id: court.id })).history;
    expect(courtHistory.map((entry) => entry.action)).toEqual(['updated', 'created']);
    // The court was periodic already: its entry names only what changed.
    expect(courtHistory[0]?.changes).toEqual({ kind: { from: 'court', to: 'nonprofit' } });

    const again = await t.call('directory.bulkEditOrganizations', { organizationIds: [shelter.id, court.id], changes: { involvement: 'periodic' } });
    expect(again).toEqual({ changed: 0, unchanged: 2 });
    expect((await t.call('directory.getOrganization', { id: shelter.id })).history).toHaveLength(2);
  });

  it('sets a sector, with its label for "Other", clearing the label otherwise, and search follows', async () => {
    const { t, organizations } = await deskWithDirectory(subject);
    const { shelter, clinic } = organizations;
    await t.call('directory.bulkEditOrganizations', { organizationIds: [clinic.id], changes: { sector: { id: 'health-public-health', otherLabel: '' } } });
    await t.call('directory.bulkEditOrganizations', { organizationIds: [shelter.id], changes: { sector: { id: 'other', otherLabel: 'Drop-in centers' } } });
    const byId = new Map((await t.call('directory.listOrganizations', {})).map((row) => [row.id, row]));
    expect(byId.get(clinic.id)).toMatchObject({ sector: 'health-public-health', sectorOtherLabel: '' });
    expect(byId.get(shelter.id)).toMatchObject({ sector: 'other', sectorOtherLabel: 'Drop-in centers' });
    expect((await t.call('directory.getOrganization', { id: clinic.id })).history[0]?.changes).toEqual({
      sector: { from: 'other', to: 'health-public-health' },
      sectorOtherLabel: { from: 'Dental', to: '' },
    });
    const hits = await t.call('search.global', { query: 'Drop-in centers' });
    expect(hits.map((hit) => hit.id)).toContain(shelter.id);
  });

  it('changes nothing, with a clear error, for an unknown id, an archived organization or a value it does not know', async () => {
    const { t, organizations } = await deskWithDirectory(subject);
    const { shelter, clinic, court } = organizations;
    await t.call('directory.archiveOrganization', { id: court.id });
    const before = await directoryState(t);

    expect(await t.fail('directory.bulkEditOrganizations', { organizationIds: [shelter.id, UNKNOWN_ID], changes: { involvement: 'former' } })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'One of the chosen organizations no longer exists. Reload the list and try again; nothing was changed.',
    });
    expect(
      await t.fail('directory.bulkEditOrganizations', { organizationIds: [shelter.id, court.id, clinic.id], changes: { involvement: 'former' } }),
    ).toMatchObject({
      code: 'CONFLICT',
      message: 'Juvenile Court is archived. Leave it out of the selection, or restore it first; nothing was changed.',
    });
    const invalid = [
      { organizationIds: [shelter.id], changes: {} },
      { organizationIds: [], changes: { involvement: 'former' } },
      { organizationIds: [shelter.id], changes: { kind: 'club' } },
      { organizationIds: [shelter.id], changes: { involvement: 'former', name: 'Renamed' } },
      { organizationIds: [shelter.id], changes: { sector: { id: 'other', otherLabel: '' } } },
      { organizationIds: [shelter.id], changes: { sector: { id: 'moon-base', otherLabel: '' } } },
      { organizationIds: ['not-an-id'], changes: { involvement: 'former' } },
    ];
    for (const input of invalid) {
      expect((await t.fail('directory.bulkEditOrganizations', input as never)).code, JSON.stringify(input)).toBe('VALIDATION');
    }
    expect((await t.fail('directory.bulkEditOrganizations', invalid[0] as never)).message).toMatch(/Choose at least one thing to change/);
    expect(await directoryState(t)).toEqual(before);
  });
});

describeEachDesk('bulk edit of members', (subject) => {
  it('sets voting and coalition role on the chosen members, one history entry per changed record', async () => {
    const { t, members } = await deskWithDirectory(subject);
    const { rosa, ben, jay } = members;
    expect(await t.call('directory.bulkEditMembers', { memberIds: [rosa.id, ben.id, jay.id], changes: { votingMember: true } })).toEqual({
      changed: 2,
      unchanged: 1,
    });
    expect((await t.call('directory.listMembers', {})).every((member) => member.votingMember)).toBe(true);
    expect((await t.call('directory.getMember', { id: ben.id })).history.map((entry) => entry.action)).toEqual(['created']);
    expect((await t.call('directory.getMember', { id: rosa.id })).history[0]).toMatchObject({
      action: 'updated',
      changes: { votingMember: { from: false, to: true } },
    });

    await t.call('directory.bulkEditMembers', { memberIds: [rosa.id, jay.id], changes: { coalitionRole: 'advisor', votingMember: false } });
    const byId = new Map((await t.call('directory.listMembers', {})).map((row) => [row.id, row]));
    expect([byId.get(rosa.id), byId.get(jay.id), byId.get(ben.id)].map((member) => [member?.coalitionRole, member?.votingMember])).toEqual([
      ['advisor', false],
      ['advisor', false],
      ['member', true],
    ]);
  });

  it('protects identities only when everyone chosen has a display name, and then lists and search hide the full name', async () => {
    const { t, members } = await deskWithDirectory(subject);
    const { rosa, ben, jay } = members;
    const before = await directoryState(t);
    const refused = await t.fail('directory.bulkEditMembers', { memberIds: [jay.id, rosa.id, ben.id], changes: { protectedIdentity: true } });
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      message:
        'Rosa Muñoz and Ben Okafor have no display name. A protected member is known by a display name only: give each one first, or leave them out of the selection; nothing was changed.',
    });
    expect(await directoryState(t)).toEqual(before);

    expect(await t.call('directory.bulkEditMembers', { memberIds: [jay.id], changes: { protectedIdentity: true } })).toEqual({ changed: 1, unchanged: 0 });
    const listed = (await t.call('directory.listMembers', {})).find((member) => member.id === jay.id);
    expect(listed).toMatchObject({ protectedIdentity: true, fullName: null, email: null, shownName: 'Youth Advisor J' });
    expect((await t.call('search.global', { query: 'Hale' })).map((hit) => hit.id)).not.toContain(jay.id);
    expect((await t.call('directory.getMember', { id: jay.id })).history[0]?.changes).toEqual({ protectedIdentity: { from: false, to: true } });
  });

  it('changes nothing, with a clear error, for unknown ids, archived members or values it does not know', async () => {
    const { t, members } = await deskWithDirectory(subject);
    const { rosa, ben, jay } = members;
    await t.call('directory.archiveMember', { id: rosa.id });
    await t.call('directory.archiveMember', { id: ben.id });
    const before = await directoryState(t);
    expect(
      await t.fail('directory.bulkEditMembers', { memberIds: [jay.id, UNKNOWN_ID, '01900000-0000-7000-8000-000000000001'], changes: { votingMember: true } }),
    ).toMatchObject({
      code: 'NOT_FOUND',
      message: '2 of the chosen members no longer exist. Reload the list and try again; nothing was changed.',
    });
    expect(await t.fail('directory.bulkEditMembers', { memberIds: [jay.id, rosa.id, ben.id], changes: { votingMember: true } })).toMatchObject({
      code: 'CONFLICT',
      message: 'Rosa Muñoz and Ben Okafor are archived. Leave them out of the selection, or restore them first; nothing was changed.',
    });
    for (const input of [
      { memberIds: [jay.id], changes: { coalitionRole: 'president' } },
      { memberIds: [jay.id], changes: { votingMember: 'yes' } },
      { memberIds: [jay.id], changes: { fullName: 'Someone else' } },
      { memberIds: [jay.id], changes: {} },
    ]) {
      expect((await t.fail('directory.bulkEditMembers', input as never)).code, JSON.stringify(input)).toBe('VALIDATION');
    }
    expect(await directoryState(t)).toEqual(before);
  });
});
