/** Rows by id in the order of `ids` (a page's ids come sorted; the rows are read by key); unknown ids are left out. */
export function inIdOrder<R extends { id: string }>(ids: readonly string[], rows: readonly R[]): R[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
