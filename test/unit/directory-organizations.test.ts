import { expect, it } from 'vitest';
import { deskAudit } from './support/deskAudit';
import { memberInput, organizationInput } from './support/directoryInputs';
import { describeEachDesk } from './support/eachDesk';

describeEachDesk('a coordinator keeps the roster of organizations', (subject) => {
  it('creates, reads, edits, archives and restores an organization, with an audit row for each change', async () => {
    const { t } = subject;
    const created = await t.call('directory.createOrganization', organizationInput({ qualities: { traumaInformed: true }, joinedOn: '2025-01-15' }));
    expect(created).toMatchObject({
      name: 'Lane County Child Welfare',
      qualities: { vulnerableYouth: false, traffickingExpertise: false, traumaInformed: true },
      joinedOn: '2025-01-15',
      archivedAt: null,
      memberCount: 0,
      primaryRepresentative: null,
      alternateRepresentatives: [],
    });
    expect(created.createdAt).toBe('2026-03-01T12:00:00.000Z');

    t.clock.advance(60_000);
    const updated = await t.call('directory.updateOrganization', { ...created, jurisdiction: 'Lane County', involvement: 'periodic' });
    expect(updated).toMatchObject({ jurisdiction: 'Lane County', involvement: 'periodic', updatedAt: '2026-03-01T12:01:00.000Z' });

    const archived = await t.call('directory.archiveOrganization', { id: created.id });
    expect(archived.archivedAt).toBe('2026-03-01T12:01:00.000Z');
    expect(await t.call('directory.listOrganizations', {})).toEqual([]);
    expect(await t.call('directory.listOrganizations', { includeArchived: true })).toEqual([archived]);
    expect((await t.call('directory.restoreOrganization', { id: created.id })).archivedAt).toBeNull();

    const detail = await t.call('directory.getOrganization', { id: created.id });
    expect(detail.history.map((entry) => entry.action)).toEqual(['restored', 'archived', 'updated', 'created']);
    expect(detail.history[2]?.changes).toEqual({ jurisdiction: { from: '', to: 'Lane County' }, involvement: { from: 'core', to: 'periodic' } });

    const audit = (await deskAudit(subject)).filter((row) => row.entity === 'organization');
    expect(audit).toHaveLength(4);
    expect(audit.every((row) => row.entityId === created.id && row.profile === 'tester')).toBe(true);
  });

  it('answers NOT_FOUND for an unknown id when reading, editing, archiving or restoring', async () => {
    const { t } = subject;
    const id = '01900000-0000-7000-8000-000000000000';
    expect((await t.fail('directory.getOrganization', { id })).code).toBe('NOT_FOUND');
    expect((await t.fail('directory.updateOrganization', { ...organizationInput(), id })).code).toBe('NOT_FOUND');
    expect((await t.fail('directory.archiveOrganization', { id })).code).toBe('NOT_FOUND');
    expect((await t.fail('directory.restoreOrganization', { id })).code).toBe('NOT_FOUND');
  });

  it('shows member count, the primary and the alternates, and keeps members when the organization is archived', async () => {
    const { t } = subject;
    const organization = await t.call('directory.createOrganization', organizationInput());
    const primary = await t.call('directory.createMember', memberInput({ organizationId: organization.id, representativeRole: 'primary' }));
    const alternate = await t.call(
      'directory.createMember',
      memberInput({ fullName: 'Ben Ode', displayName: 'Ben', organizationId: organization.id, representativeRole: 'alternate' }),
    );
    await t.call('directory.createMember', memberInput({ fullName: 'Cy Dee', organizationId: organization.id }));

    const [listed] = await t.call('directory.listOrganizations', {});
    expect(listed).toMatchObject({
      memberCount: 3,
      primaryRepresentative: { id: primary.id, displayName: 'Rosa Muñoz' },
      alternateRepresentatives: [{ id: alternate.id, displayName: 'Ben' }],
    });

    await t.call('directory.archiveOrganization', { id: organization.id });
    const members = await t.call('directory.listMembers', {});
    expect(members).toHaveLength(3);
    expect(members.every((member) => member.organizationName === 'Lane County Child Welfare')).toBe(true);
  });
});
