import { describe, expect, it } from 'vitest';
import { PASSPHRASE, testDesk } from './support/testDesk';

describe('the sample coalition', () => {
  it('creates a real encrypted workspace with ~40 organizations, ~90 members, two core gaps and protected advisors', async () => {
    const t = testDesk();
    const { workspace, recoveryCode } = await t.call('workspace.createSample', { passphrase: PASSPHRASE, location: null });
    expect(workspace.name).toMatch(/sample/);
    expect(recoveryCode).toMatch(/^[0-9A-Z-]+$/);

    const organizations = await t.call('directory.listOrganizations', {});
    const members = await t.call('directory.listMembers', {});
    expect(organizations.length).toBeGreaterThanOrEqual(38);
    expect(members.length).toBeGreaterThanOrEqual(85);

    const coverage = await t.call('directory.coverage', {});
    const coreGaps = coverage.filter((row) => row.status === 'gap').map((row) => row.sector);
    expect(coreGaps).toEqual(expect.arrayContaining(['labor-employment', 'caregivers']));
    expect(coverage.filter((row) => row.status === 'covered').length).toBeGreaterThanOrEqual(11);

    const advisors = members.filter((member) => member.protectedIdentity);
    expect(advisors).toHaveLength(3);
    expect(advisors.every((member) => member.fullName === null && member.email === null)).toBe(true);
    expect((await t.call('search.global', { query: 'munoz' })).some((hit) => hit.title.includes('Muñoz'))).toBe(true);
  });

  it('is refused, changing nothing, when a sample workspace already exists there', async () => {
    const t = testDesk();
    await t.call('workspace.createSample', { passphrase: PASSPHRASE, location: null });
    await t.call('workspace.lock', {});
    expect((await t.fail('workspace.createSample', { passphrase: PASSPHRASE, location: null })).code).toBe('CONFLICT');
    expect((await t.call('app.status', {})).recent).toHaveLength(1);
  });
});
