import { expect, it } from 'vitest';
import { describeUnfinishedTests, unfinishedTests } from '../support/unfinishedTestsReporter';

it('names the tests left pending when the run ended, by file and full name, and no finished or skipped one', () => {
  const names = unfinishedTests([
    { file: 'test/unit/a.test.ts', fullName: 'exports > writes the file', state: 'passed' },
    { file: 'test/unit/a.test.ts', fullName: 'exports > reads it back', state: 'pending' },
    { file: 'test/unit/b.test.ts', fullName: 'backups > verify', state: 'failed' },
    { file: 'test/unit/b.test.ts', fullName: 'backups > later', state: 'skipped' },
  ]);
  expect(names).toEqual(['test/unit/a.test.ts > exports > reads it back']);
  expect(describeUnfinishedTests(names)).toBe('Tests with no result (their worker stopped under them): 1\n  test/unit/a.test.ts > exports > reads it back');
});
