import type { SectorId } from '../../shared/stakeholderSectors';
import type { Db } from './openDatabase';

/** Counts per sector over organizations that are not archived; qualities only where core or periodic. */
export interface SectorTally {
  sector: SectorId;
  core: number;
  periodic: number;
  prospective: number;
  former: number;
  members: number;
  vulnerableYouth: number;
  traffickingExpertise: number;
  traumaInformed: number;
}

export function tallySectors(db: Db): SectorTally[] {
  const atTable = "o.involvement IN ('core', 'periodic')";
  return db
    .prepare(
      `WITH active_members AS (
         SELECT organization_id, count(*) AS members FROM members
         WHERE archived_at IS NULL AND organization_id IS NOT NULL GROUP BY organization_id
       )
       SELECT o.sector,
              sum(o.involvement = 'core') AS core,
              sum(o.involvement = 'periodic') AS periodic,
              sum(o.involvement = 'prospective') AS prospective,
              sum(o.involvement = 'former') AS former,
              coalesce(sum(am.members) FILTER (WHERE o.involvement <> 'former'), 0) AS members,
              sum(${atTable} AND o.vulnerable_youth = 1) AS vulnerableYouth,
              sum(${atTable} AND o.trafficking_expertise = 1) AS traffickingExpertise,
              sum(${atTable} AND o.trauma_informed = 1) AS traumaInformed
       FROM organizations o LEFT JOIN active_members am ON am.organization_id = o.id
       WHERE o.archived_at IS NULL
       GROUP BY o.sector`,
    )
    .all() as SectorTally[];
}

export function coreOrganizationsWithoutPrimary(db: Db): Array<{ id: string; name: string; sector: SectorId }> {
  return db
    .prepare(
      `SELECT o.id, o.name, o.sector FROM organizations o
       WHERE o.archived_at IS NULL AND o.involvement = 'core'
         AND NOT EXISTS (
           SELECT 1 FROM members m
           WHERE m.organization_id = o.id AND m.representative_role = 'primary' AND m.archived_at IS NULL
         )
       ORDER BY o.name COLLATE NOCASE`,
    )
    .all() as Array<{ id: string; name: string; sector: SectorId }>;
}

/** The organizations at the table (core or periodic, not archived), by name, with their sector. */
export function organizationsAtTable(db: Db): Array<{ id: string; name: string; sector: SectorId; involvement: 'core' | 'periodic' }> {
  return db
    .prepare(
      `SELECT o.id, o.name, o.sector, o.involvement FROM organizations o
       WHERE o.archived_at IS NULL AND o.involvement IN ('core', 'periodic')
       ORDER BY o.name COLLATE NOCASE`,
    )
    .all() as Array<{ id: string; name: string; sector: SectorId; involvement: 'core' | 'periodic' }>;
}
