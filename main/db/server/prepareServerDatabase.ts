import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { coalitionNameSchema } from '../../../shared/contract';
import { migratePostgres } from '../migratePostgres';
import { migrations } from '../migrations';
import { type DatabaseUrl, withoutPassword } from './databaseUrl';

/** How long to wait for a server that does not answer before saying so. */
const CONNECT_TIMEOUT_MS = 10_000;

export interface PreparedServerDatabase {
  /** The coalition the database holds. */
  coalitionName: string;
  /** Whether this start created the coalition record (a new database). */
  created: boolean;
  /** Schema steps applied by this start ("0010 workspace", …), none when the database was up to date. */
  applied: string[];
}

/** A start that cannot go on, with a one-line message fit for the console (no password, no stack). */
export class ServerDatabaseError extends Error {
  override name = 'ServerDatabaseError';
}

/**
 * What `--database` does before the app opens: connects, brings the database to the app's schema with the same
 * numbered list as a workspace file (migratePostgres), and makes sure it holds the coalition record, creating it with
 * `coalitionName` on a new database. The jurisdiction starts empty: Settings asks for it.
 */
export async function prepareServerDatabase(
  database: DatabaseUrl,
  options: { coalitionName?: string | undefined; now?: () => Date } = {},
): Promise<PreparedServerDatabase> {
  const client = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new ServerDatabaseError(connectionProblem(error, database));
  }
  try {
    const { applied } = await migratePostgres(client, migrations).catch((error: unknown) => {
      throw new ServerDatabaseError(`The database ${database.address} could not be brought up to date: ${safeMessage(error, database)}`);
    });
    const existing = await client.query<{ name: string }>('SELECT name FROM workspace_meta');
    const name = existing.rows[0]?.name;
    if (name !== undefined) return { coalitionName: name, created: false, applied };
    const chosen = newCoalitionName(options.coalitionName, database);
    const at = (options.now ?? (() => new Date()))().toISOString();
    await client.query(
      `INSERT INTO workspace_meta (id, name, jurisdiction_state, jurisdiction_region, created_at, updated_at) VALUES ($1, $2, '', '', $3, $3)`,
      [uuidv7(), chosen, at],
    );
    return { coalitionName: chosen, created: true, applied };
  } catch (error) {
    if (error instanceof ServerDatabaseError) throw error;
    throw new ServerDatabaseError(`The database ${database.address} could not be prepared: ${safeMessage(error, database)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function newCoalitionName(given: string | undefined, database: DatabaseUrl): string {
  if (given === undefined) {
    throw new ServerDatabaseError(
      `The database ${database.address} holds no coalition yet. Start again with --coalition "Your coalition's name" to create it there.`,
    );
  }
  const parsed = coalitionNameSchema.safeParse(given);
  if (!parsed.success) throw new ServerDatabaseError(`--coalition: ${parsed.error.issues[0]?.message ?? 'That name cannot be used.'}`);
  return parsed.data;
}

/** The common ways a connection fails, said plainly; anything else with the driver's own words. */
function connectionProblem(error: unknown, database: DatabaseUrl): string {
  const code = (error as { code?: unknown }).code;
  const where = `the PostgreSQL server of ${database.address}`;
  if (code === 'ECONNREFUSED' || code === 'ENOENT')
    return `Could not reach ${where}: nothing answers there. Is the server running, and are the host and port right?`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `Could not reach ${where}: that host name is not known.`;
  if (code === '28P01' || code === '28000') return `${capitalized(where)} refused the user name or password.`;
  if (code === '3D000') return `The database named in ${database.address} does not exist on its server. Create it first (for example with createdb).`;
  if (/timeout/i.test(safeMessage(error, database))) return `Could not reach ${where}: it did not answer within ${CONNECT_TIMEOUT_MS / 1000} seconds.`;
  return `Could not connect to ${where}: ${safeMessage(error, database)}`;
}

function safeMessage(error: unknown, database: DatabaseUrl): string {
  const message = error instanceof Error ? error.message : String(error);
  return withoutPassword(message.split('\n')[0] ?? '', database.url);
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
