// After `vitest run`, says how many tests ran on each storage engine (suites named with ENGINE_TAGS).
import type { Reporter, TestModule } from 'vitest/node';
import type { StorageDialect } from '../../main/db/engine/storageEngine';
import { ENGINE_TAGS } from './engineTags';

export type EngineCounts = Record<StorageDialect, number>;

/** Tests that ran (passed or failed, not skipped) per engine, from their full names. */
export function countTestsPerEngine(tests: Iterable<{ fullName: string; ran: boolean }>): EngineCounts {
  const counts: EngineCounts = { sqlcipher: 0, postgres: 0 };
  for (const test of tests) {
    if (!test.ran) continue;
    for (const dialect of Object.keys(ENGINE_TAGS) as StorageDialect[]) {
      if (test.fullName.includes(ENGINE_TAGS[dialect])) counts[dialect] += 1;
    }
  }
  return counts;
}

export function describeEngineCounts(counts: EngineCounts): string {
  return `Storage tests by engine: ${counts.sqlcipher} ran on SQLCipher, ${counts.postgres} on PostgreSQL.`;
}

export default class EngineCountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = countTestsPerEngine(
      testModules.flatMap((module) =>
        [...module.children.allTests()].map((test) => {
          const state = test.result().state;
          return { fullName: test.fullName, ran: state === 'passed' || state === 'failed' };
        }),
      ),
    );
    if (counts.sqlcipher + counts.postgres > 0) process.stdout.write(`\n${describeEngineCounts(counts)}\n`);
  }
}
