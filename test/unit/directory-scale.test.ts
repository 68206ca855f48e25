import { describe, expect, it } from 'vitest';
import { insertDirectoryDataset } from '../../bench/directoryDataset';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { withStoredDatabase } from './support/directoryInputs';
import { createTestWorkspace, testDesk } from './support/testDesk';

describe('a large coalition directory', () => {
  it('lists 5,000 members and 1,000 organizations in one call each, with counts that add up', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await withStoredDatabase(t, workspace.path, (db) =>
      insertDirectoryDataset(sqlcipherEngine(db), { organizations: 1000, members: 5000 }, '2026-03-01T12:00:00.000Z'),
    );

    const members = await t.call('directory.listMembers', {});
    const organizations = await t.call('directory.listOrganizations', {});
    expect(members).toHaveLength(5000);
    expect(organizations).toHaveLength(1000);
    expect(organizations.reduce((total, organization) => total + organization.memberCount, 0)).toBe(5000);
    expect(members.filter((member) => member.protectedIdentity && member.fullName === null)).toHaveLength(100);
    expect(await t.call('search.global', { query: 'munoz', limit: 100 })).toHaveLength(100);
  });
});
