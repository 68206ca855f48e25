// `npm run bench:before-after -- --before <commit> [--bench bench/<file>.ts …] [--runs N]`: the desktop before and
// after, printed in one run (issue 12). The commit's tree is taken out of git into a temp folder (with this
// checkout's node_modules when the lockfiles match, else its own npm ci) and its own copy of the bench file runs
// there; then this checkout's; N times, alternating, so both see the same machine. Rows with the same operation are
// joined: before, after, after/before, and whether the after is within 10% of the before. PostgreSQL is left out
// (BENCH_ENGINES=sqlcipher): the comparison is the desktop's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from './harness';

const root = path.resolve(import.meta.dirname, '..');
const WITHIN = 1.1;

interface Options {
  before: string;
  benches: string[];
  runs: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { before: '', benches: [], runs: 1 };
  for (let index = 0; index < argv.length; index += 1) {
    const value = argv[index + 1] ?? '';
    if (argv[index] === '--before') options.before = value;
    else if (argv[index] === '--bench') options.benches.push(value);
    else if (argv[index] === '--runs') options.runs = Number(value);
    else throw new Error(`Unknown option ${argv[index]}. Usage: --before <commit> [--bench bench/<file>.ts] [--runs N]`);
    index += 1;
  }
  if (options.benches.length === 0) options.benches.push('bench/run.ts');
  if (!options.before) throw new Error('--before <commit> names the commit to compare with (e.g. the one before an area moved).');
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a whole number from 1.');
  return options;
}

/** The commit's files in a temp folder, with this checkout's node_modules; removed by the caller. */
function treeOf(commit: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-before-'));
  const archive = spawnSync('git', ['-C', root, 'archive', '--format=tar', commit], { maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive ${commit} failed: ${archive.stderr.toString()}`);
  const unpack = spawnSync('tar', ['-x', '-C', folder], { input: archive.stdout });
  if (unpack.status !== 0) throw new Error(`unpacking ${commit} failed: ${unpack.stderr.toString()}`);
  const sameLock = fs.readFileSync(path.join(folder, 'package-lock.json'), 'utf8') === fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8');
  if (sameLock) fs.symlinkSync(path.join(root, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
  else installPackages(folder, commit);
  return folder;
}

/** The commit's own packages (its lockfile differs from this checkout's): npm ci, the SQLCipher module built from source. */
function installPackages(folder: string, commit: string): void {
  console.error(`[before/after] ${commit} has other packages: npm ci in ${folder} (a few minutes)`);
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'ci', '--no-audit', '--no-fund']] : ['npm', ['ci', '--no-audit', '--no-fund']];
  const result = spawnSync(command, args, { cwd: folder, env: { npm_config_nodedir: '/usr', ...process.env }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm ci for ${commit} failed (exit ${result.status}).`);
}

/** Every row a bench printed in its JSON lines: the workspace rows (encrypted ms) and the engines table (SQLCipher ms). */
function rowsOf(output: string): Map<string, number> {
  const rows = new Map<string, number>();
  for (const line of output.split('\n').filter((text) => text.startsWith('{'))) {
    const report = JSON.parse(line) as {
      rows?: Array<{ operation: string; encryptedMs: number }>;
      engines?: Array<{ operation: string; sqlcipherMs: number }>;
    };
    for (const row of report.rows ?? []) rows.set(row.operation, row.encryptedMs);
    for (const row of report.engines ?? []) rows.set(row.operation, row.sqlcipherMs);
  }
  return rows;
}

function runBench(cwd: string, bench: string, label: string): Map<string, number> {
  console.error(`[before/after] ${label}: ${bench} in ${cwd}`);
  const result = spawnSync(process.execPath, [path.join(cwd, 'node_modules', 'tsx', 'dist', 'cli.mjs'), bench], {
    cwd,
    env: { ...process.env, BENCH_ENGINES: 'sqlcipher' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${label}: ${bench} failed (exit ${result.status}).`);
  return rowsOf(result.stdout);
}

/** A bench's "X: 50,000 vs 500" rows hold a difference between two of its rows, not a time to compare. */
const isGrowthRow = (operation: string) => / vs /.test(operation);

function compare(options: Options, beforeTree: string, bench: string): void {
  if (!fs.existsSync(path.join(beforeTree, bench))) throw new Error(`${options.before} has no ${bench}: pick a later commit or another bench.`);
  const samples = { before: new Map<string, number[]>(), after: new Map<string, number[]>() };
  const keep = (side: keyof typeof samples, rows: Map<string, number>) => {
    for (const [operation, ms] of rows) samples[side].set(operation, [...(samples[side].get(operation) ?? []), ms]);
  };
  for (let run = 1; run <= options.runs; run += 1) {
    keep('before', runBench(beforeTree, bench, `before (${options.before}), run ${run}`));
    keep('after', runBench(root, bench, `after (this checkout), run ${run}`));
  }
  const joined = [...samples.after.keys()]
    .filter((operation) => samples.before.has(operation) && !isGrowthRow(operation))
    .map((operation) => {
      const before = median(samples.before.get(operation)!);
      const after = median(samples.after.get(operation)!);
      return { operation, beforeMs: before, afterMs: after, ratio: before === 0 ? null : after / before };
    });
  console.log(`\nDesktop before (${options.before}) and after (this checkout), ${bench}, median of ${options.runs} run(s) each, ms`);
  console.table(
    joined.map((row) => ({
      operation: row.operation,
      before: row.beforeMs.toFixed(2),
      after: row.afterMs.toFixed(2),
      'after/before': row.ratio === null ? '—' : row.ratio.toFixed(2),
      'within 10%': row.ratio === null ? '—' : row.ratio <= WITHIN ? 'yes' : 'no',
    })),
  );
  const onlyOneSide = new Set(
    [...samples.after.keys(), ...samples.before.keys()].filter((operation) => !(samples.before.has(operation) && samples.after.has(operation))),
  );
  if (onlyOneSide.size > 0) console.log(`Rows on one side only (not compared): ${[...onlyOneSide].join('; ')}`);
  console.log(JSON.stringify({ before: options.before, bench, runs: options.runs, rows: joined }));
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const beforeTree = treeOf(options.before);
  try {
    for (const bench of options.benches) compare(options, beforeTree, bench);
  } finally {
    fs.rmSync(beforeTree, { recursive: true, force: true });
  }
}

main();
