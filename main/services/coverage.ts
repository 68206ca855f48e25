import type { SectorCoverage } from '../../shared/contract';
import { sectors } from '../../shared/stakeholderSectors';
import { type SectorTally, organizationsAtTable, tallySectors } from '../db/coverageRepository';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

const noOrganizations = { core: 0, periodic: 0, prospective: 0, former: 0, members: 0, vulnerableYouth: 0, traffickingExpertise: 0, traumaInformed: 0 };

/** Every sector and community group, present or not, so that a gap shows as a row of its own. */
export async function coverage(context: ServiceContext): Promise<SectorCoverage[]> {
  const db = storage(context);
  const tallies = new Map((await tallySectors(db)).map((tally) => [tally.sector, tally]));
  const atTable = await organizationsAtTable(db);
  return sectors.map(({ id }) => {
    const tally = tallies.get(id) ?? { ...noOrganizations, sector: id };
    const inSector = atTable.filter((organization) => organization.sector === id);
    return {
      sector: id,
      organizations: { core: tally.core, periodic: tally.periodic, prospective: tally.prospective, former: tally.former },
      members: tally.members,
      status: coverageStatus(tally),
      qualities: { vulnerableYouth: tally.vulnerableYouth, traffickingExpertise: tally.traffickingExpertise, traumaInformed: tally.traumaInformed },
      coreWithoutPrimary: inSector
        .filter((organization) => organization.involvement === 'core' && !organization.hasPrimary)
        .map(({ id: organizationId, name }) => ({ id: organizationId, name })),
      atTable: inSector.map(({ id: organizationId, name, involvement }) => ({ id: organizationId, name, involvement })),
    };
  });
}

function coverageStatus(tally: SectorTally): SectorCoverage['status'] {
  if (tally.core + tally.periodic > 0) return 'covered';
  return tally.prospective > 0 ? 'only-prospective' : 'gap';
}
