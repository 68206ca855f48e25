import type { Db } from './openDatabase';

export interface WorkspaceMetaRow {
  id: string;
  name: string;
  jurisdictionState: string;
  jurisdictionRegion: string;
  createdAt: string;
}

export function insertWorkspaceMeta(db: Db, meta: WorkspaceMetaRow): void {
  db.prepare(
    `INSERT INTO workspace_meta (id, name, jurisdiction_state, jurisdiction_region, created_at, updated_at)
     VALUES (@id, @name, @jurisdictionState, @jurisdictionRegion, @createdAt, @createdAt)`,
  ).run(meta);
}

export type CoalitionDetails = Pick<WorkspaceMetaRow, 'name' | 'jurisdictionState' | 'jurisdictionRegion'>;

export function updateCoalitionDetails(db: Db, details: CoalitionDetails, at: string): void {
  db.prepare(
    `UPDATE workspace_meta
     SET name = @name, jurisdiction_state = @jurisdictionState, jurisdiction_region = @jurisdictionRegion, updated_at = @at`,
  ).run({ ...details, at });
}

export function getWorkspaceMeta(db: Db): WorkspaceMetaRow | undefined {
  return db
    .prepare(
      `SELECT id, name, jurisdiction_state AS jurisdictionState, jurisdiction_region AS jurisdictionRegion,
              created_at AS createdAt
       FROM workspace_meta`,
    )
    .get() as WorkspaceMetaRow | undefined;
}
