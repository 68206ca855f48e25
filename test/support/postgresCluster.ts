// A throwaway PostgreSQL cluster for the tests (and later the bench): initdb into a temp folder, a server listening on
// a unix socket in that folder only (no TCP), and everything stopped and removed at the end, even when the process
// that started it is killed. Nobody starts a server by hand.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The superuser initdb creates; the socket folder is private to this cluster, so trust authentication is safe. */
export const POSTGRES_SUPERUSER = 'postgres';
/** Only names the socket file (`.s.PGSQL.<port>`): no TCP port is opened. */
const SOCKET_PORT = 5432;
/** The unprivileged system account Debian's package creates; initdb and postgres refuse to run as root. */
const UNPRIVILEGED_ACCOUNT = 'postgres';

export interface PostgresClusterOptions {
  /** Tests trade durability for speed; the bench keeps PostgreSQL's defaults. */
  durable?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Where a cluster listens: plain data, so a vitest global setup can hand it to the test files. */
export interface PostgresLocation {
  /** The socket folder. */
  host: string;
  port: number;
  user: string;
}

/** `postgresql://postgres@/<database>?host=<socket folder>&port=…`, for pg and psql. */
export function postgresConnectionString(location: PostgresLocation, database: string): string {
  const query = `host=${encodeURIComponent(location.host)}&port=${location.port}`;
  return `postgresql://${encodeURIComponent(location.user)}@/${encodeURIComponent(database)}?${query}`;
}

export interface PostgresCluster {
  /** The folder holding the data directory, the log and the socket. */
  readonly folder: string;
  readonly location: PostgresLocation;
  connectionString(database: string): string;
  /** Runs SQL through psql as the superuser (for setup: CREATE DATABASE, extensions). */
  psql(database: string, sql: string): string;
  /** Fast shutdown, then the folder is removed. Safe to call twice. */
  stop(): Promise<void>;
}

export class PostgresBinariesMissing extends Error {
  constructor(looked: string[]) {
    super(
      "The tests start their own throwaway PostgreSQL from the system's server binaries, and none were found " +
        `(looked in ${looked.join(', ')}). Install them (Debian/Ubuntu: \`sudo apt-get install -y postgresql\`; ` +
        'the service it starts is not used and may be disabled) or set PG_BIN to the folder holding initdb and pg_ctl.',
    );
    this.name = 'PostgresBinariesMissing';
  }
}

/** The folder holding initdb, pg_ctl and psql: PG_BIN, else the newest /usr/lib/postgresql/<n>/bin, else PATH. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env, debianRoot = '/usr/lib/postgresql'): string {
  const looked: string[] = [];
  const candidates: string[] = [];
  if (env.PG_BIN) candidates.push(env.PG_BIN);
  looked.push(env.PG_BIN ? `PG_BIN=${env.PG_BIN}` : 'PG_BIN (unset)', `${debianRoot}/*/bin`);
  if (fs.existsSync(debianRoot)) {
    const versions = fs
      .readdirSync(debianRoot)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(debianRoot, version, 'bin')));
  }
  looked.push('PATH');
  candidates.push(...(env.PATH ?? '').split(path.delimiter).filter(Boolean));
  const found = candidates.find((dir) => ['initdb', 'pg_ctl', 'psql'].every((tool) => isExecutable(path.join(dir, tool))));
  if (!found) throw new PostgresBinariesMissing(looked);
  return found;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

interface RunAs {
  /** The command prefix that drops root (empty when already unprivileged). */
  prefix: string[];
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root: then every server command runs as the unprivileged account via setpriv. */
function unprivilegedRunner(): RunAs | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const account = accountIds(UNPRIVILEGED_ACCOUNT);
  if (!account) {
    throw new Error(
      `The tests run as root, and PostgreSQL refuses to; they start it as the '${UNPRIVILEGED_ACCOUNT}' system account, ` +
        "which does not exist here. Installing Debian's postgresql package creates it, or run the tests as a normal user.",
    );
  }
  return {
    prefix: ['setpriv', `--reuid=${account.uid}`, `--regid=${account.gid}`, '--init-groups', '--'],
    ...account,
  };
}

function accountIds(name: string): { uid: number; gid: number } | null {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  const [, , uid, gid] = line?.split(':') ?? [];
  return uid && gid ? { uid: Number(uid), gid: Number(gid) } : null;
}

/** Starts a fresh cluster and returns once it accepts connections. */
export async function startPostgresCluster(options: PostgresClusterOptions = {}): Promise<PostgresCluster> {
  const env = options.env ?? process.env;
  const bin = findPostgresBin(env);
  const runAs = unprivilegedRunner();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-pg-'));
  if (runAs) fs.chownSync(folder, runAs.uid, runAs.gid);
  const dataDir = path.join(folder, 'data');
  const logFile = path.join(folder, 'server.log');
  // The tools' own environment: a fixed locale (the cluster's collation is ICU's, set below) and a cwd they may read.
  const toolEnv: NodeJS.ProcessEnv = { PATH: env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TZ: 'UTC' };
  const run = (tool: string, args: string[]): string => {
    const [command, ...prefixArgs] = [...(runAs?.prefix ?? []), path.join(bin, tool), ...args] as [string, ...string[]];
    return execFileSync(command, prefixArgs, { cwd: folder, env: toolEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  };

  const guard = removeWhenOrphaned(folder, dataDir);
  try {
    run('initdb', [
      `--pgdata=${dataDir}`,
      `--username=${POSTGRES_SUPERUSER}`,
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      // Names sort as people expect (Álvaro beside alba, not after Zoe), whatever locales the machine has installed.
      '--locale-provider=icu',
      '--icu-locale=und',
      '--no-sync',
      '--no-instructions',
    ]);
    const serverSettings = [
      `-k ${folder}`,
      "-c listen_addresses=''",
      `-p ${SOCKET_PORT}`,
      '-c max_connections=200',
      ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ];
    // pg_ctl -w returns once the server accepts connections (or fails, with the log saying why).
    run('pg_ctl', ['start', '--wait', '--timeout=120', `--pgdata=${dataDir}`, `--log=${logFile}`, `--options=${serverSettings.join(' ')}`]);
  } catch (error) {
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
    await guard.release();
    throw new Error(`The test PostgreSQL did not start: ${describeFailure(error)}${log ? `\nServer log:\n${log}` : ''}`);
  }

  const location: PostgresLocation = { host: folder, port: SOCKET_PORT, user: POSTGRES_SUPERUSER };
  return {
    folder,
    location,
    connectionString: (database) => postgresConnectionString(location, database),
    psql: (database, sql) =>
      run('psql', [
        '--no-psqlrc',
        '--quiet',
        '--tuples-only',
        '--no-align',
        '-v',
        'ON_ERROR_STOP=1',
        '-h',
        folder,
        '-p',
        String(SOCKET_PORT),
        '-U',
        POSTGRES_SUPERUSER,
        '-d',
        database,
        '-c',
        sql,
      ]),
    stop: () => guard.release(),
  };
}

function describeFailure(error: unknown): string {
  if (error && typeof error === 'object' && 'stderr' in error && typeof error.stderr === 'string' && error.stderr.trim()) {
    return error.stderr.trim();
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * A small shell, in its own session so a Ctrl-C in the terminal does not reach it, that waits for its stdin to close
 * and then stops the server (fast shutdown, SIGKILL after 10 s) and removes the folder. Our end of the pipe closes
 * when we call release() and also when this process dies in any way, so no server or folder outlives a test run.
 */
function removeWhenOrphaned(folder: string, dataDir: string): { release(): Promise<void> } {
  const script = [
    'cat >/dev/null',
    `pidfile="$2/postmaster.pid"`,
    'if [ -f "$pidfile" ]; then',
    '  pid=$(head -n 1 "$pidfile")',
    '  kill -INT "$pid" 2>/dev/null',
    '  tries=0',
    '  while kill -0 "$pid" 2>/dev/null && [ "$tries" -lt 100 ]; do sleep 0.1; tries=$((tries + 1)); done',
    // Only a server still running after 10 s is killed: a pid whose server has ended may already be someone else's.
    '  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null; fi',
    'fi',
    'rm -rf "$1"',
  ].join('\n');
  const child = spawn('sh', ['-c', script, 'postgres-guard', folder, dataDir], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.unref();
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  let released: Promise<void> | null = null;
  return {
    release() {
      released ??= (async () => {
        child.ref();
        child.stdin?.end();
        await exited;
      })();
      return released;
    },
  };
}
