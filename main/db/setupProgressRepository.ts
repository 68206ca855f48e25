import type { Db } from './openDatabase';

/** What the setup checklist counts, over records that are not archived. */
export interface SetupProgress {
  organizations: number;
  members: number;
  votingMembers: number;
  /** Meetings planned, held or recorded; cancelled ones do not count. */
  meetings: number;
  /** Organizations at the table (core or periodic). */
  organizationsAtTable: number;
  /** Names of organizations at the table with no active primary representative, by name. */
  withoutPrimary: string[];
}

export function readSetupProgress(db: Db): SetupProgress {
  const counts = db
    .prepare(
      `SELECT
         (SELECT count(*) FROM organizations WHERE archived_at IS NULL) AS organizations,
         (SELECT count(*) FROM organizations WHERE archived_at IS NULL AND involvement IN ('core', 'periodic')) AS organizationsAtTable,
         (SELECT count(*) FROM members WHERE archived_at IS NULL) AS members,
         (SELECT count(*) FROM members WHERE archived_at IS NULL AND voting_member = 1) AS votingMembers,
         (SELECT count(*) FROM meetings WHERE status <> 'cancelled') AS meetings`,
    )
    .get() as Omit<SetupProgress, 'withoutPrimary'>;
  const withoutPrimary = db
    .prepare(
      `SELECT o.name FROM organizations o
       WHERE o.archived_at IS NULL AND o.involvement IN ('core', 'periodic')
         AND NOT EXISTS (
           SELECT 1 FROM members m
           WHERE m.organization_id = o.id AND m.representative_role = 'primary' AND m.archived_at IS NULL
         )
       ORDER BY o.name COLLATE NOCASE`,
    )
    .pluck()
    .all() as string[];
  return { ...counts, withoutPrimary };
}
