import { expect, it } from 'vitest';
import { sectors } from '../../shared/stakeholderSectors';
import { addDeskMember, addDeskOrganization, archiveDeskOrganization } from './support/deskDirectory';
import { describeEachDesk } from './support/eachDesk';

describeEachDesk('stakeholder coverage', (subject) => {
  it('lists every sector as covered, only prospective or a gap, with counts, qualities and core organizations without a primary', async () => {
    const { t } = subject;
    const core = await addDeskOrganization(subject, { name: 'County Child Welfare', qualities: { vulnerableYouth: true, traumaInformed: true } });
    const foster = await addDeskOrganization(subject, { name: 'Foster Network', involvement: 'periodic', qualities: { vulnerableYouth: true } });
    await addDeskOrganization(subject, { name: 'Kinship Circle', involvement: 'prospective', qualities: { traffickingExpertise: true } });
    const staffed = await addDeskOrganization(subject, { name: 'City Schools', sector: 'education' });
    await addDeskOrganization(subject, { name: 'Sheriff', sector: 'law-enforcement-justice', involvement: 'prospective' });
    const archived = await addDeskOrganization(subject, { name: 'Gone Clinic', sector: 'behavioral-health' });
    await archiveDeskOrganization(subject, archived.id);
    await addDeskMember(subject, { organizationId: core.id });
    await addDeskMember(subject, { fullName: 'Ben Ode', organizationId: staffed.id, representativeRole: 'primary' });

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
    expect(bySector.get('education')).toMatchObject({
      status: 'covered',
      members: 1,
      coreWithoutPrimary: [],
      atTable: [{ id: staffed.id, name: 'City Schools', involvement: 'core' }],
    });
    expect(bySector.get('law-enforcement-justice')?.atTable).toEqual([]);
    expect(bySector.get('behavioral-health')?.atTable).toEqual([]);
    expect(bySector.get('law-enforcement-justice')).toMatchObject({
      status: 'only-prospective',
      organizations: { core: 0, periodic: 0, prospective: 1, former: 0 },
    });
    expect(bySector.get('behavioral-health')).toMatchObject({ status: 'gap', organizations: { core: 0, periodic: 0, prospective: 0, former: 0 } });
    expect(coverage.filter((row) => row.status === 'gap')).toHaveLength(sectors.length - 3);
  });

  it('lists the organizations at the table by name as people read them, accents and capitals aside', async () => {
    for (const name of ['Zonta Club', 'école Ouverte', 'Álvaro Youth Center', 'bridges'])
      await addDeskOrganization(subject, { name, sector: 'education', involvement: 'periodic' });
    const education = (await subject.t.call('directory.coverage', {})).find((row) => row.sector === 'education');
    expect(education?.atTable.map((organization) => organization.name)).toEqual(['Álvaro Youth Center', 'bridges', 'école Ouverte', 'Zonta Club']);
  });
});
