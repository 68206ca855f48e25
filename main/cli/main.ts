import { AppError } from '../../shared/errors';
import { UnlockThrottle } from '../services/unlockThrottle';
import { backupCommand, restoreCommand, verifyCommand } from './commands';
import { PASSPHRASE_ENV, RECOVERY_CODE_ENV, UsageError, readSecret } from './readSecret';

const USAGE = `Coalition Desk command line, for IT staff.

Usage:
  coalition-desk verify <workspace-folder | backup-file>
  coalition-desk backup <workspace-folder> [out-file.cdbackup]
    (without a file name, into the workspace's backup folder, as "Back up now" does)
  coalition-desk restore <backup-file> <new-workspace-folder>

The passphrase is asked for at a prompt, or read from ${PASSPHRASE_ENV}
(or the recovery code from ${RECOVERY_CODE_ENV}). It is never an argument.
Exit codes: 0 ok, 1 check failed or wrong passphrase, 2 usage error.`;

/**
 * Entry of the headless CLI (`npx coalition-desk …`). Wrong secrets count against the same delay as in the app,
 * kept beside the workspace's key slots; `now` is for tests.
 */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
  now: () => Date = () => new Date(),
): Promise<number> {
  const [command, ...rest] = argv;
  const throttle = new UnlockThrottle(undefined, () => now().getTime());
  try {
    if (command === 'verify' && rest.length === 1) {
      return (await verifyCommand(rest[0] as string, await readSecret(env, 'Passphrase: '), print, throttle)) ? 0 : 1;
    }
    if (command === 'backup' && (rest.length === 1 || rest.length === 2)) {
      return (await backupCommand(rest[0] as string, rest[1], await readSecret(env, 'Passphrase: '), print, throttle)) ? 0 : 1;
    }
    if (command === 'restore' && rest.length === 2) {
      return (await restoreCommand(rest[0] as string, rest[1] as string, await readSecret(env, 'Passphrase of the backup: '), print, throttle)) ? 0 : 1;
    }
    print(USAGE);
    return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  } catch (error) {
    if (error instanceof UsageError) {
      print(error.message);
      return 2;
    }
    print(error instanceof AppError ? `${error.code}: ${error.message}` : `Failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), process.env, (line) => console.log(line)).then((code) => {
    process.exitCode = code;
  });
}
