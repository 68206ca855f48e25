import { describe, expect, it } from 'vitest';
import { sectors } from '../../shared/stakeholderSectors';
import { memberInput, organizationInput } from './support/directoryInputs';
import { createTestWorkspace, testDesk } from './support/testDesk';

describe('stakeholder coverage', () => {
  it('lists every sector as covered, only prospective or a gap, with counts, qualities and core organizations without a primary', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    const core = await t.call('directory.createOrganization', organizationInput({ name: 'County Child Welfare', qualities: { vulnerableYouth: true, traumaInformed: true } }));
    const foster = await t.call('directory.createOrganization', organizationInput({ name: 'Foster Network', involvement: 'periodic', qualities: { vulnerableYouth: true } }));
    await t.call('directory.createOrganization', organizationInput({ name: 'Kinship Circle', involvement: 'prospective', qualities: { traffickingExpertise: true } }));
    const staffed = await t.call('directory.createOrganization', organizationInput({ name: 'City Schools', sector: 'education' }));
    await t.call('directory.createOrganization', organizationInput({ name: 'Sheriff', sector: 'law-enforcement-justice', involvement: 'prospective' }));
    const archived = await t.call('directory.createOrganization', organizationInput({ name: 'Gone Clinic', sector: 'behavioral-health' }));
    await t.call('directory.archiveOrganization', { id: archived.id });
    await t.call('directory.createMember', memberInput({ organizationId: core.id }));
    await t.call('directory.createMember', memberInput({ fullName: 'Ben Ode', organizationId: staffed.id, representativeRole: 'primary' }));

    const coverage = await t.call('directory.coverage', {});
    expect(coverage.map((row) => row.sector)).toEqual(sectors.map((sector) => sector.id));
    const bySector = new Map(coverage.map((row) => [row.sector, row]));
    expect(bySector.get('child-welfare')).toEqual({
      sector: 'child-welfare',
      organizations: { core: 1, periodic: 1, prospective: 1, former: 0 },
      members: 1,
      status: 'covered',
      qualities: { vulnerableYouth: 2, traffickingExpertise: 0, traumaInformed: 1 },
      coreWithoutPrimary: [{ id: core.id, name: 'County Child Welfare' }],
      atTable: [
        { id: core.id, name: 'County Child Welfare', involvement: 'core' },
        { id: foster.id, name: 'Foster Network', involvement: 'periodic' },
      ],
    });
    expect(bySector.get('education')).toMatchObject({ status: 'covered', members: 1, coreWithoutPrimary: [], atTable: [{ id: staffed.id, name: 'City Schools', involvement: 'core' }] });
    expect(bySector.get('law-enforcement-justice')?.atTable).toEqual([]);
    expect(bySector.get('behavioral-health')?.atTable).toEqual([]);
    expect(bySector.get('law-enforcement-justice')).toMatchObject({ status: 'only-prospective', organizations: { core: 0, periodic: 0, prospective: 1, former: 0 } });
    expect(bySector.get('behavioral-health')).toMatchObject({ status: 'gap', organizations: { core: 0, periodic: 0, prospective: 0, former: 0 } });
    expect(coverage.filter((row) => row.status === 'gap')).toHaveLength(sectors.length - 3);
  });
});
