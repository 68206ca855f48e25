import pg from 'pg';
import { logError } from '../../log';

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
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, types });
  // An idle connection the server ends (a restart, an administrator) is dropped from the pool; the next query opens a
  // new one. Without this listener the error would end the backend process.
  pool.on('error', (error) => logError('an idle PostgreSQL connection ended', error));
  return pool;
}
