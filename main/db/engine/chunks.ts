/** Few enough bound values for either engine in one statement (an `IN (…)` list). */
const CHUNK = 500;

export function chunksOf<T>(values: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < values.length; start += CHUNK) chunks.push(values.slice(start, start + CHUNK));
  return chunks;
}
