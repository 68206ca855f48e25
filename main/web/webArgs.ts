export interface WebArgs {
  port: number | undefined;
  open: boolean;
  dataDir: string | undefined;
  rendererDir: string | undefined;
}

const usage = 'Usage: start:web [--port N] [--no-open] [--data-dir FOLDER]';

export function parseWebArgs(argv: readonly string[]): WebArgs {
  const args: WebArgs = { port: undefined, open: true, dataDir: undefined, rendererDir: undefined };
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
    else throw new Error(`Unknown option ${flag}. ${usage}`);
  }
  return args;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535. ${usage}`);
  return port;
}
