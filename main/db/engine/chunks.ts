/** Few enough bound values for either engine in one statement (an `IN (…)` list, or rows of a multi-row insert). */
const CHUNK = 500;

export function chunksOf<T>(values: readonly T[], size = CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < values.length; start += size) chunks.push(values.slice(start, start + size));
  return chunks;
}
