import type { SectorCoverage } from '../../../shared/contract';
import { sectors, type SectorDefinition, type SectorGroup } from '../../../shared/stakeholderSectors';

export interface SectorRow {
  sector: SectorDefinition;
  coverage: SectorCoverage;
}

const noCoverage = (sector: SectorDefinition['id']): SectorCoverage => ({
  sector,
  organizations: { core: 0, periodic: 0, prospective: 0, former: 0 },
  members: 0,
  status: 'gap',
  qualities: { vulnerableYouth: 0, traffickingExpertise: 0, traumaInformed: 0 },
  coreWithoutPrimary: [],
  atTable: [],
});

/** Every sector in the guide's order (13 core, 7 community groups, Other), with a row even when the host sent none. */
export function sectorRows(coverage: readonly SectorCoverage[]): SectorRow[] {
  const bySector = new Map(coverage.map((entry) => [entry.sector, entry]));
  return sectors.map((sector) => ({ sector, coverage: bySector.get(sector.id) ?? noCoverage(sector.id) }));
}

export function rowsInGroup(rows: readonly SectorRow[], group: SectorGroup): SectorRow[] {
  return rows.filter((row) => row.sector.group === group);
}

/** "11 of 13 core sectors covered; gaps: Child welfare, Education." */
export function coreCoverageSummary(rows: readonly SectorRow[]): string {
  const core = rowsInGroup(rows, 'core');
  const labelsWith = (status: SectorCoverage['status']) => core.filter((row) => row.coverage.status === status).map((row) => row.sector.label);
  const gaps = labelsWith('gap');
  const prospective = labelsWith('only-prospective');
  const parts = [`${labelsWith('covered').length} of ${core.length} core sectors covered`];
  if (gaps.length > 0) parts.push(`gaps: ${gaps.join(', ')}`);
  if (prospective.length > 0) parts.push(`only prospective: ${prospective.join(', ')}`);
  return `${parts.join('; ')}.`;
}
