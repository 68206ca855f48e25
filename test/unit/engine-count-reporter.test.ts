import { expect, it } from 'vitest';
import { countTestsPerEngine, describeEngineCounts } from '../support/engineCountReporter';

it('counts the tests that ran on each engine by the tag in their suite name, leaving skipped ones out', () => {
  const counts = countTestsPerEngine([
    { fullName: 'search [SQLCipher] > finds Muñoz', ran: true },
    { fullName: 'search [PostgreSQL] > finds Muñoz', ran: true },
    { fullName: 'search [PostgreSQL] > ranks titles first', ran: true },
    { fullName: 'search [SQLCipher] > ranks titles first', ran: false },
    { fullName: 'backups > write one', ran: true },
  ]);
  expect(counts).toEqual({ sqlcipher: 1, postgres: 2 });
  expect(describeEngineCounts(counts)).toBe('Storage tests by engine: 1 ran on SQLCipher, 2 on PostgreSQL.');
});
