// After `vitest run`, names the tests that started no result: a test whose worker process died under it (a crash, an
// out-of-memory abort) is otherwise only "Worker exited unexpectedly", with no file named, far above the summary.
import type { Reporter, TestModule } from 'vitest/node';

export interface ReportedTest {
  readonly file: string;
  readonly fullName: string;
  readonly state: 'pending' | 'passed' | 'failed' | 'skipped';
}

/** "file > test" for every test still pending when the run ended, in the order given. */
export function unfinishedTests(tests: Iterable<ReportedTest>): string[] {
  return [...tests].filter((test) => test.state === 'pending').map((test) => `${test.file} > ${test.fullName}`);
}

export function describeUnfinishedTests(names: readonly string[]): string {
  return [`Tests with no result (their worker stopped under them): ${names.length}`, ...names.map((name) => `  ${name}`)].join('\n');
}

export default class UnfinishedTestsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const names = unfinishedTests(
      testModules.flatMap((module) =>
        [...module.children.allTests()].map((test) => ({
          file: module.relativeModuleId,
          fullName: test.fullName,
          state: test.result().state,
        })),
      ),
    );
    if (names.length > 0) process.stdout.write(`\n${describeUnfinishedTests(names)}\n`);
  }
}
