import readline from 'node:readline';
import type { Secret } from '../workspace/verifyWorkspace';

export const PASSPHRASE_ENV = 'COALITION_DESK_PASSPHRASE';
export const RECOVERY_CODE_ENV = 'COALITION_DESK_RECOVERY_CODE';

/**
 * The passphrase comes from the environment or a hidden prompt, never from an argument,
 * where it would show in the process list and the shell history.
 */
export async function readSecret(env: NodeJS.ProcessEnv, prompt: string): Promise<Secret> {
  const passphrase = env[PASSPHRASE_ENV];
  if (passphrase) return { kind: 'passphrase', value: passphrase };
  const recoveryCode = env[RECOVERY_CODE_ENV];
  if (recoveryCode) return { kind: 'recovery', value: recoveryCode };
  if (!process.stdin.isTTY) {
    throw new UsageError(`No terminal to ask for the passphrase. Set ${PASSPHRASE_ENV} (or ${RECOVERY_CODE_ENV}).`);
  }
  return { kind: 'passphrase', value: await promptHidden(prompt) };
}

function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    process.stdout.write(prompt);
    output._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

export class UsageError extends Error {}
