import { type RawBuilder, sql } from 'kysely';
import { nameSortKey } from '../../shared/nameSortKey';

/** A member is shown by display name when there is one, else by full name (SQL and TypeScript agree). */
export const shownName = (member: { displayName: string; fullName: string }): string => (member.displayName !== '' ? member.displayName : member.fullName);

/** Where a member files in lists (members.sort_key): from the name shown, so it reveals nothing a protected identity hides. */
export const memberSortKey = (member: { displayName: string; fullName: string }): string => nameSortKey(shownName(member));

export const shownNameSql = (alias: string): string => `CASE WHEN ${alias}.display_name <> '' THEN ${alias}.display_name ELSE ${alias}.full_name END`;

/** The storage-engine form of shownNameSql, for Kysely queries on either engine. */
export const shownNameOf = (alias: string): RawBuilder<string> =>
  sql<string>`CASE WHEN ${sql.ref(`${alias}.display_name`)} <> '' THEN ${sql.ref(`${alias}.display_name`)} ELSE ${sql.ref(`${alias}.full_name`)} END`;

/** Lists of members order by this, then id for a stable order among equal names. */
export const memberOrderOf = (alias: string): RawBuilder<string> => sql<string>`${sql.ref(`${alias}.sort_key`)}, ${sql.ref(`${alias}.id`)}`;
