/** A member is shown by display name when there is one, else by full name (SQL and TypeScript agree). */
export const shownNameSql = (alias: string): string =>
  `CASE WHEN ${alias}.display_name <> '' THEN ${alias}.display_name ELSE ${alias}.full_name END`;
