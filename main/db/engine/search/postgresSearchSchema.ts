import { sql } from 'kysely';
import { POSTGRES_SEARCH_CONFIG, postgresSearchTable, searchConfiguration } from '../../migrations/postgresSearch';
import type { StorageExecutor } from '../storageEngine';

export { POSTGRES_SEARCH_CONFIG };

/**
 * PostgreSQL's counterpart of the FTS5 tables of migrations 0020 (directory_search), 0030 (meeting_search) and 0070 (action_item_search), as
 * those steps create them (main/db/migrations/postgresSearch.ts): for tests that build a search index without the
 * whole schema. One text with no parameters, so `pg` sends it as one simple query of several statements.
 */
export async function createPostgresSearchTables(db: StorageExecutor): Promise<void> {
  await sql
    .raw(
      searchConfiguration +
        postgresSearchTable('directory_search') +
        postgresSearchTable('meeting_search') +
        postgresSearchTable('action_item_search') +
        postgresSearchTable('document_search'),
    )
    .execute(db);
}
