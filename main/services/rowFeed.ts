import type { RowFeed, TableRow } from '../export/exportJob';

/**
 * A long list's feed: its keys (ids, in the list's order, read when the export was prepared) taken a chunk at a
 * time and read into rows as the export worker asks. Keys whose records went meanwhile give no row; an empty chunk
 * ends the list, so a chunk whose rows all went is passed over.
 */
export function feedInChunks<Key>(keys: readonly Key[], readRows: (chunk: readonly Key[]) => Promise<TableRow[]>): RowFeed {
  let next = 0;
  return async (most) => {
    while (next < keys.length) {
      const chunk = keys.slice(next, next + most);
      next += chunk.length;
      const rows = await readRows(chunk);
      if (rows.length > 0) return rows;
    }
    return [];
  };
}
