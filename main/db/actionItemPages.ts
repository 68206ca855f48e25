import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Db } from './openDatabase';

/**
 * Keyset ("seek") paging for a list whose order is a sequence of segments (issue 11). A page starts right after
 * the row the previous page ended on, so it costs the same on page 1 and page 3,000: no OFFSET walks past the rows
 * before it, and where an index holds the segment's order (due date: (due_on, id)) no row outside the page is sorted.
 */
export interface ListSegment {
  /** The rows of this segment (SQL over the list's aliases), or null for every row. */
  where: string | null;
  /** The order within the segment before the id, or null for the id alone. Never NULL for a row of the segment. */
  key: string | null;
}

export interface SegmentedPageRequest {
  segments: readonly ListSegment[];
  direction: 'ASC' | 'DESC';
  /** `FROM …` with joins; the list's own table must be `a`, with an `id` column. */
  from: string;
  conditions: readonly string[];
  params: Record<string, string | number | null>;
  limit: number;
  /** The `next` of the previous page. */
  after: string | null;
}

/** Where a page ended: the segment, the key of its last row and that row's id. */
const cursorSchema = z.tuple([z.number().int().min(0), z.union([z.string(), z.number(), z.null()]), z.string()]);
type Cursor = z.infer<typeof cursorSchema>;

export function readSegmentedPage(db: Db, request: SegmentedPageRequest): { ids: string[]; next: string | null } {
  const start = request.after === null ? null : readCursor(request.after, request.segments.length);
  const ids: string[] = [];
  let last: Cursor | null = null;
  for (let index = start?.[0] ?? 0; index < request.segments.length && ids.length < request.limit; index += 1) {
    const segment = request.segments[index]!;
    const rows = readSegment(db, request, segment, start?.[0] === index ? start : null, request.limit - ids.length);
    for (const row of rows) ids.push(row.id);
    const final = rows.at(-1);
    if (final) last = [index, final.key, final.id];
  }
  return { ids, next: ids.length === request.limit && last ? JSON.stringify(last) : null };
}

function readSegment(db: Db, request: SegmentedPageRequest, segment: ListSegment, after: Cursor | null, limit: number): Array<{ id: string; key: string | number | null }> {
  const { direction } = request;
  const beyond = direction === 'ASC' ? '>' : '<';
  const conditions = [...request.conditions, ...(segment.where ? [segment.where] : [])];
  const params: Record<string, string | number | null> = { ...request.params, pageLimit: limit };
  if (after) {
    conditions.push(segment.key ? `(${segment.key}, a.id) ${beyond} (@afterKey, @afterId)` : `a.id ${beyond} @afterId`);
    Object.assign(params, { afterKey: after[1], afterId: after[2] });
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.map((condition) => `(${condition})`).join(' AND ')}` : '';
  const order = [...(segment.key ? [`${segment.key} ${direction}`] : []), `a.id ${direction}`].join(', ');
  return db.prepare(`SELECT a.id, ${segment.key ?? 'NULL'} AS key FROM ${request.from} ${where} ORDER BY ${order} LIMIT @pageLimit`).all(params) as Array<{ id: string; key: string | number | null }>;
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
