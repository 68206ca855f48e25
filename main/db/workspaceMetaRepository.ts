import type { StorageExecutor } from './engine/storageEngine';
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

export function getWorkspaceMeta(db: Db): WorkspaceMetaRow | undefined {
  return db
    .prepare(
      `SELECT id, name, jurisdiction_state AS jurisdictionState, jurisdiction_region AS jurisdictionRegion,
              created_at AS createdAt
       FROM workspace_meta`,
    )
    .get() as WorkspaceMetaRow | undefined;
}

/** The storage-engine form of getWorkspaceMeta: the coalition record (one row). */
export async function loadWorkspaceMeta(db: StorageExecutor): Promise<WorkspaceMetaRow | undefined> {
  return db
    .selectFrom('workspace_meta')
    .select(['id', 'name', 'jurisdiction_state as jurisdictionState', 'jurisdiction_region as jurisdictionRegion', 'created_at as createdAt'])
    .executeTakeFirst();
}

/** The storage-engine form of insertWorkspaceMeta: a new database's coalition record. */
export async function addWorkspaceMeta(db: StorageExecutor, meta: WorkspaceMetaRow): Promise<void> {
  await db
    .insertInto('workspace_meta')
    .values({
      id: meta.id,
      name: meta.name,
      jurisdiction_state: meta.jurisdictionState,
      jurisdiction_region: meta.jurisdictionRegion,
      created_at: meta.createdAt,
      updated_at: meta.createdAt,
    })
    .execute();
}

export async function saveCoalitionDetails(db: StorageExecutor, details: CoalitionDetails, at: string): Promise<void> {
  await db
    .updateTable('workspace_meta')
    .set({ name: details.name, jurisdiction_state: details.jurisdictionState, jurisdiction_region: details.jurisdictionRegion, updated_at: at })
    .execute();
}
