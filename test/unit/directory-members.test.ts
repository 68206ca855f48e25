import { expect, it } from 'vitest';
import { memberInput, organizationInput } from './support/directoryInputs';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';

async function deskWithOrganization({ t }: DeskUnderTest) {
  const organization = await t.call('directory.createOrganization', organizationInput());
  return { t, organization };
}

describeEachDesk('a coordinator keeps the roster of members', (subject) => {
  it('creates, edits, archives and restores a member, with history', async () => {
    const { t, organization } = await deskWithOrganization(subject);
    const created = await t.call('directory.createMember', memberInput({ organizationId: organization.id, title: 'Caseworker' }));
    expect(created).toMatchObject({
      fullName: 'Rosa Muñoz',
      shownName: 'Rosa Muñoz',
      organizationName: 'Lane County Child Welfare',
      organizationSector: 'child-welfare',
      coalitionRole: 'member',
      representativeRole: 'none',
      archivedAt: null,
    });
    const updated = await t.call('directory.updateMember', {
      ...memberInput({ organizationId: organization.id, title: 'Supervisor', displayName: 'Rosa' }),
      id: created.id,
    });
    expect(updated).toMatchObject({ title: 'Supervisor', shownName: 'Rosa' });
    expect((await t.call('directory.archiveMember', { id: created.id })).archivedAt).not.toBeNull();
    expect(await t.call('directory.listMembers', {})).toEqual([]);
    expect(await t.call('directory.listMembers', { includeArchived: true })).toHaveLength(1);
    await t.call('directory.restoreMember', { id: created.id });

    const detail = await t.call('directory.getMember', { id: created.id });
    expect(detail.organization?.id).toBe(organization.id);
    expect(detail.history.map((entry) => entry.action)).toEqual(['restored', 'archived', 'updated', 'created']);
    expect(detail.history[2]?.changes).toEqual({ displayName: { from: '', to: 'Rosa' }, title: { from: 'Caseworker', to: 'Supervisor' } });
  });

  it('refuses a second active primary representative with CONFLICT and changes nothing', async () => {
    const { t, organization } = await deskWithOrganization(subject);
    await t.call('directory.createMember', memberInput({ organizationId: organization.id, representativeRole: 'primary' }));
    const other = await t.call(
      'directory.createMember',
      memberInput({ fullName: 'Ben Ode', organizationId: organization.id, representativeRole: 'alternate' }),
    );
    const before = { members: await t.call('directory.listMembers', {}), organizations: await t.call('directory.listOrganizations', {}) };

    const onCreate = await t.fail(
      'directory.createMember',
      memberInput({ fullName: 'Cy Dee', organizationId: organization.id, representativeRole: 'primary' }),
    );
    expect(onCreate).toMatchObject({
      code: 'CONFLICT',
      message: 'Rosa Muñoz is already the primary representative of Lane County Child Welfare. Make them an alternate first.',
      fieldErrors: { representativeRole: [onCreate.message] },
    });
    const onUpdate = await t.fail('directory.updateMember', {
      ...memberInput({ fullName: 'Ben Ode', organizationId: organization.id, representativeRole: 'primary' }),
      id: other.id,
    });
    expect(onUpdate.code).toBe('CONFLICT');
    expect({ members: await t.call('directory.listMembers', {}), organizations: await t.call('directory.listOrganizations', {}) }).toEqual(before);
  });

  it('keeps one active primary representative when two are saved at the same moment: the other gets CONFLICT', async () => {
    const { t, organization } = await deskWithOrganization(subject);
    const both = await Promise.all(
      ['Rosa Muñoz', 'Ben Ode'].map((fullName) =>
        t.desk.router.invoke('directory.createMember', memberInput({ fullName, organizationId: organization.id, representativeRole: 'primary' })),
      ),
    );
    expect(both.filter((result) => result.ok)).toHaveLength(1);
    expect(both.find((result) => !result.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await t.call('directory.listMembers', {})).filter((member) => member.representativeRole === 'primary')).toHaveLength(1);
  });

  it('refuses to restore a former primary while the organization has another, and allows it once they are an alternate', async () => {
    const { t, organization } = await deskWithOrganization(subject);
    const first = await t.call('directory.createMember', memberInput({ organizationId: organization.id, representativeRole: 'primary' }));
    await t.call('directory.archiveMember', { id: first.id });
    await t.call('directory.createMember', memberInput({ fullName: 'Ben Ode', organizationId: organization.id, representativeRole: 'primary' }));
    expect((await t.fail('directory.restoreMember', { id: first.id })).code).toBe('CONFLICT');
    await t.call('directory.updateMember', { ...memberInput({ organizationId: organization.id, representativeRole: 'alternate' }), id: first.id });
    expect((await t.call('directory.restoreMember', { id: first.id })).archivedAt).toBeNull();
  });

  it('refuses an organization that does not exist or is archived, but keeps a member with their archived organization', async () => {
    const { t, organization } = await deskWithOrganization(subject);
    const member = await t.call('directory.createMember', memberInput({ organizationId: organization.id }));
    const missing = await t.fail('directory.createMember', memberInput({ organizationId: '01900000-0000-7000-8000-000000000000' }));
    expect(missing.code).toBe('VALIDATION');
    expect(missing.fieldErrors?.organizationId).toHaveLength(1);

    await t.call('directory.archiveOrganization', { id: organization.id });
    expect((await t.fail('directory.createMember', memberInput({ organizationId: organization.id }))).fieldErrors?.organizationId).toHaveLength(1);
    const edited = await t.call('directory.updateMember', { ...memberInput({ organizationId: organization.id, title: 'Liaison' }), id: member.id });
    expect(edited).toMatchObject({ title: 'Liaison', organizationName: 'Lane County Child Welfare' });
  });

  it('answers NOT_FOUND for an unknown or stale member id', async () => {
    const { t } = await deskWithOrganization(subject);
    const id = '01900000-0000-7000-8000-000000000000';
    for (const channel of ['directory.getMember', 'directory.archiveMember', 'directory.restoreMember', 'directory.revealMember'] as const) {
      expect((await t.fail(channel, { id })).code).toBe('NOT_FOUND');
    }
    expect((await t.fail('directory.updateMember', { ...memberInput(), id })).code).toBe('NOT_FOUND');
  });
});

describeEachDesk('directory input is validated with messages for each field', (subject) => {
  it('refuses a bad email, "Other" without a label, and dates that end before they start', async () => {
    const { t } = subject;
    const badEmail = await t.fail('directory.createMember', memberInput({ email: 'rosa at example' }));
    expect(badEmail).toMatchObject({ code: 'VALIDATION', fieldErrors: { email: ['That email address does not look right.'] } });
    const otherSector = await t.fail('directory.createOrganization', organizationInput({ sector: 'other' }));
    expect(otherSector.fieldErrors?.sectorOtherLabel).toEqual(['Say which sector, when it is "Other".']);
    const leftBeforeJoined = await t.fail('directory.createOrganization', organizationInput({ joinedOn: '2025-05-01', leftOn: '2025-04-30' }));
    expect(leftBeforeJoined.fieldErrors?.leftOn).toEqual(['The date left cannot be before the date joined.']);
    expect(await t.call('directory.listOrganizations', { includeArchived: true })).toEqual([]);
    expect(await t.call('directory.listMembers', { includeArchived: true })).toEqual([]);
  });
});
