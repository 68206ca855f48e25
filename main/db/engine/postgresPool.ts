import pg from 'pg';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * A pool whose values look like SQLite's: count(*) and sums (bigint, numeric) come back as numbers, not strings, so
 * a repository reads the same types on both engines. Our counts stay far below 2^53. Every value the schema stores
 * is TEXT or INTEGER, so no date or JSON parsing is involved.
 */
export function createPostgresPool(connectionString: string, options: { max?: number } = {}): pg.Pool {
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID || oid === NUMERIC_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  return new pg.Pool({ connectionString, max: options.max ?? 10, types });
}
