import { type RawBuilder, sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { StorageExecutor } from './engine/storageEngine';

/**
 * Keyset ("seek") paging for a list whose order is a sequence of segments (issue 11). A page starts right after
 * the row the previous page ended on, so it costs the same on page 1 and page 3,000: no OFFSET walks past the rows
 * before it, and where an index holds the segment's order (due date: (due_on, id)) no row outside the page is sorted.
 */
export interface ListSegment {
  /** The rows of this segment (SQL over the list's aliases), or null for every row. */
  where: RawBuilder<unknown> | null;
  /** The order within the segment before the id, or null for the id alone. Never NULL for a row of the segment. */
  key: RawBuilder<unknown> | null;
}

export interface SegmentedPageRequest {
  segments: readonly ListSegment[];
  direction: 'ASC' | 'DESC';
  /** `FROM …` with joins; the list's own table must be `a`, with an `id` column. */
  from: RawBuilder<unknown>;
  conditions: ReadonlyArray<RawBuilder<unknown>>;
  limit: number;
  /** The `next` of the previous page. */
  after: string | null;
}

/** Where a page ended: the segment, the key of its last row and that row's id. */
const cursorSchema = z.tuple([z.number().int().min(0), z.union([z.string(), z.number(), z.null()]), z.string()]);
type Cursor = z.infer<typeof cursorSchema>;

export async function readSegmentedPage(db: StorageExecutor, request: SegmentedPageRequest): Promise<{ ids: string[]; next: string | null }> {
  const start = request.after === null ? null : readCursor(request.after, request.segments.length);
  const ids: string[] = [];
  let last: Cursor | null = null;
  for (let index = start?.[0] ?? 0; index < request.segments.length && ids.length < request.limit; index += 1) {
    const segment = request.segments[index]!;
    const rows = await readSegment(db, request, segment, start?.[0] === index ? start : null, request.limit - ids.length);
    for (const row of rows) ids.push(row.id);
    const final = rows.at(-1);
    if (final) last = [index, final.key, final.id];
  }
  return { ids, next: ids.length === request.limit && last ? JSON.stringify(last) : null };
}

/** `WHERE (a) AND (b)…`, or nothing. */
export function whereAll(conditions: ReadonlyArray<RawBuilder<unknown>>): RawBuilder<unknown> {
  return conditions.length > 0
    ? sql`WHERE ${sql.join(
        conditions.map((condition) => sql`(${condition})`),
        sql` AND `,
      )}`
    : sql``;
}

async function readSegment(
  db: StorageExecutor,
  request: SegmentedPageRequest,
  segment: ListSegment,
  after: Cursor | null,
  limit: number,
): Promise<Array<{ id: string; key: string | number | null }>> {
  const direction = sql.raw(request.direction);
  const beyond = sql.raw(request.direction === 'ASC' ? '>' : '<');
  const conditions = [...request.conditions, ...(segment.where ? [segment.where] : [])];
  if (after) conditions.push(segment.key ? sql`(${segment.key}, a.id) ${beyond} (${after[1]}, ${after[2]})` : sql`a.id ${beyond} ${after[2]}`);
  const order = sql.join([...(segment.key ? [sql`${segment.key} ${direction}`] : []), sql`a.id ${direction}`]);
  const { rows } = await sql<{
    id: string;
    key: string | number | null;
  }>`SELECT a.id, ${segment.key ?? sql`NULL`} AS key FROM ${request.from} ${whereAll(conditions)} ORDER BY ${order} LIMIT ${limit}`.execute(db);
  return rows;
}

function readCursor(text: string, segments: number): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const cursor = cursorSchema.safeParse(parsed);
  if (!cursor.success || cursor.data[0] >= segments) {
    throw new AppError('VALIDATION', 'That page of the list is no longer available. Go back to the first page and try again.');
  }
  return cursor.data;
}
