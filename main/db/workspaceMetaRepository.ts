import { z } from 'zod';
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

const storedMeta: z.ZodType<WorkspaceMetaRow> = z.object({
  id: z.string(),
  name: z.string(),
  jurisdictionState: z.string(),
  jurisdictionRegion: z.string(),
  createdAt: z.string(),
});

/**
 * The coalition record as a workspace opens, before its engine exists. The row is checked, not cast: undefined when
 * there is none or it cannot be read, which the opener reports as a damaged workspace.
 */
export function getWorkspaceMeta(db: Db): WorkspaceMetaRow | undefined {
  const row: unknown = db
    .prepare(
      `SELECT id, name, jurisdiction_state AS jurisdictionState, jurisdiction_region AS jurisdictionRegion,
              created_at AS createdAt
       FROM workspace_meta`,
    )
    .get();
  const parsed = storedMeta.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

/** The coalition record (one row), through the storage engine. */
export async function loadWorkspaceMeta(db: StorageExecutor): Promise<WorkspaceMetaRow | undefined> {
  return db
    .selectFrom('workspace_meta')
    .select(['id', 'name', 'jurisdiction_state as jurisdictionState', 'jurisdiction_region as jurisdictionRegion', 'created_at as createdAt'])
    .executeTakeFirst();
}

/** A new database's coalition record, through the storage engine. */
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
