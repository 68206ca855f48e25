import { sql } from 'kysely';
import { nameOrder } from './engine/dialectSql';
import { searchIndexFor } from './engine/search/searchIndexFor';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { memberOrderOf, shownNameOf } from './memberShownName';

/**
 * The few members or organizations a picker offers while someone types (issue 11), on either engine: the first
 * `limit` by name, or those whose name has every word typed (the directory's search documents, titles only), never
 * the whole directory. A protected member is found and shown by display name only: that is all the index holds of them.
 */
export type DirectoryPickKind = 'member' | 'organization';

export interface PickFilter {
  /** What was typed, as typed ('' for the first by name). */
  query: string;
  activeOnly: boolean;
  limit: number;
}

function memberOptions(db: StorageExecutor) {
  return db
    .selectFrom('members as m')
    .leftJoin('organizations as o', 'o.id', 'm.organization_id')
    .select(['m.id', shownNameOf('m').as('label'), 'o.name as detail', 'm.archived_at as archivedAt']);
}

function organizationOptions(db: StorageExecutor) {
  return db.selectFrom('organizations as o').select(['o.id', 'o.name as label', sql<string | null>`NULL`.as('detail'), 'o.archived_at as archivedAt']);
}

export type PickRow = Awaited<ReturnType<ReturnType<typeof memberOptions>['execute']>>[number];

/** Names with every word typed (the last as a prefix), or null when nothing typed holds a word. */
const namesMatching = (db: StorageExecutor, kind: DirectoryPickKind, query: string) =>
  searchIndexFor({ dialect: dialectOf(db) }).matchingRefs('directory', kind, query, { fields: 'title', prefixes: 'last' });

export function pickMembers(db: StorageExecutor, filter: PickFilter): Promise<PickRow[]> {
  const matching = namesMatching(db, 'member', filter.query);
  return memberOptions(db)
    .$if(matching !== null, (query) => query.where('m.id', 'in', sql<string>`(${matching})`))
    .$if(filter.activeOnly, (query) => query.where('m.archived_at', 'is', null))
    .orderBy(memberOrderOf('m'))
    .limit(filter.limit)
    .execute();
}

export function pickOrganizations(db: StorageExecutor, filter: PickFilter): Promise<PickRow[]> {
  const matching = namesMatching(db, 'organization', filter.query);
  return organizationOptions(db)
    .$if(matching !== null, (query) => query.where('o.id', 'in', sql<string>`(${matching})`))
    .$if(filter.activeOnly, (query) => query.where('o.archived_at', 'is', null))
    .orderBy(nameOrder(dialectOf(db), sql.ref('o.name')))
    .orderBy('o.id')
    .limit(filter.limit)
    .execute();
}

/** The chosen record, so a picker can show its name without loading the list. */
export function findPickOption(db: StorageExecutor, kind: DirectoryPickKind, id: string): Promise<PickRow | undefined> {
  return kind === 'member' ? memberOptions(db).where('m.id', '=', id).executeTakeFirst() : organizationOptions(db).where('o.id', '=', id).executeTakeFirst();
}
