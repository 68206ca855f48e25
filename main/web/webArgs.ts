import { type DatabaseUrl, parseDatabaseUrl, withoutPassword } from '../db/server/databaseUrl';

export interface WebArgs {
  port: number | undefined;
  /** `--database`: run on this PostgreSQL database instead of workspace files. */
  database: DatabaseUrl | undefined;
  /** `--coalition`: the coalition's name, when --database names a new database. */
  coalitionName: string | undefined;
  /** `--sample`: load the fictional sample coalition into the (new, empty) --database. */
  sample: boolean;
  open: boolean;
  dataDir: string | undefined;
  rendererDir: string | undefined;
}

const usage = 'Usage: start:web [--port N] [--no-open] [--data-dir FOLDER] [--database postgres://user@host/db [--coalition NAME | --sample]]';

export function parseWebArgs(argv: readonly string[]): WebArgs {
  const args: WebArgs = {
    port: undefined,
    database: undefined,
    coalitionName: undefined,
    sample: false,
    open: true,
    dataDir: undefined,
    rendererDir: undefined,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new Error(`${flag} needs a value. ${usage}`);
      return next;
    };
    if (flag === '--no-open') args.open = false;
    else if (flag === '--port') args.port = parsePort(value());
    else if (flag === '--data-dir') args.dataDir = value();
    else if (flag === '--renderer-dir') args.rendererDir = value();
    else if (flag === '--database') args.database = parseDatabaseUrl(value());
    else if (flag === '--coalition') args.coalitionName = value();
    else if (flag === '--sample') args.sample = true;
    else throw new Error(`Unknown option ${flag?.startsWith('postgres') ? '(a connection string: put --database before it)' : flag}. ${usage}`);
  }
  if (args.coalitionName !== undefined && !args.database)
    throw new Error(`--coalition names the coalition of a new --database; without --database it has no use. ${usage}`);
  if (args.sample && !args.database)
    throw new Error(
      `--sample loads the sample coalition into a new --database. For a sample workspace file, use "Try it with a sample coalition" on the start page. ${usage}`,
    );
  if (args.sample && args.coalitionName !== undefined)
    throw new Error(`--sample gives the database the sample coalition's own name: leave out --coalition. ${usage}`);
  return args;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535. ${usage}`);
  return port;
}

/** A message with any password of a connection string among the arguments taken out. */
export function redactArguments(message: string, argv: readonly string[]): string {
  return argv.filter((arg) => /^postgres(ql)?:/i.test(arg)).reduce((safe, url) => withoutPassword(safe, url), message);
}
