/** A PostgreSQL connection string given with `--database`, and how it may be shown: never with its password. */
export interface DatabaseUrl {
  /** The connection string as given: only the pool sees it. */
  url: string;
  /** The same without the password, for messages, logs and the Settings page. */
  address: string;
}

const EXAMPLE = 'postgres://user@host/database';

/**
 * scheme://[user[:password]@][host][:port][/database][?parameters], as libpq and `pg` read it. Parsed by hand: the
 * WHATWG URL parser refuses a user with no host, which is how a unix socket is named (`postgres://me@/db?host=/run`).
 */
const CONNECTION_STRING = /^(postgres(?:ql)?):\/\/(?:([^@/?]*)@)?([^/?]*)(\/[^?]*)?(?:\?(.*))?$/i;

interface Parts {
  scheme: string;
  user: string | null;
  password: string | null;
  hostPort: string;
  database: string;
  parameters: Array<[string, string]>;
}

function partsOf(text: string): Parts | null {
  const match = CONNECTION_STRING.exec(text);
  if (!match) return null;
  const [, scheme = '', userInfo, hostPort = '', path = '', query] = match;
  const colon = userInfo?.indexOf(':') ?? -1;
  const parameters = (query ?? '')
    .split('&')
    .filter((pair) => pair.length > 0)
    .map((pair): [string, string] => {
      const equals = pair.indexOf('=');
      return equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
    });
  return {
    scheme,
    user: userInfo === undefined ? null : colon < 0 ? userInfo : userInfo.slice(0, colon),
    password: userInfo === undefined || colon < 0 ? null : userInfo.slice(colon + 1),
    hostPort,
    database: path.slice(1),
    parameters,
  };
}

/** Checks the form of a connection string (not whether the server answers); the message never repeats a password. */
export function parseDatabaseUrl(text: string): DatabaseUrl {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) throw new Error(`--database must be a PostgreSQL connection string such as ${EXAMPLE}.`);
  const parts = partsOf(text);
  if (!parts) throw new Error(`--database must start with postgres:// or postgresql:// (for example ${EXAMPLE}).`);
  if (parts.database.length === 0) throw new Error(`--database must name the database after the host: ${EXAMPLE}.`);
  return { url: text, address: redactedDatabaseUrl(text) };
}

const isPasswordParameter = ([key]: [string, string]) => key.toLowerCase() === 'password';

/** The connection string with its password (in the user part or as a `password` parameter) left out. */
export function redactedDatabaseUrl(text: string): string {
  const parts = partsOf(text);
  if (!parts) return '(a PostgreSQL database)';
  const user = parts.user === null ? '' : `${parts.user}@`;
  const parameters = parts.parameters.filter((pair) => !isPasswordParameter(pair)).map(([key, value]) => `${key}=${value}`);
  return `${parts.scheme}://${user}${parts.hostPort}/${parts.database}${parameters.length > 0 ? `?${parameters.join('&')}` : ''}`;
}

/** A message that may quote the connection string (a driver's error), with the password taken out wherever it is. */
export function withoutPassword(message: string, databaseUrl: string): string {
  let safe = message.split(databaseUrl).join(redactedDatabaseUrl(databaseUrl));
  for (const secret of passwordsOf(databaseUrl)) safe = safe.split(secret).join('***');
  return safe;
}

function passwordsOf(text: string): string[] {
  const parts = partsOf(text);
  if (!parts) return [];
  const given = [parts.password ?? '', ...parts.parameters.filter(isPasswordParameter).map(([, value]) => value)];
  return given
    .flatMap((secret) => [secret, safeDecode(secret)])
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
