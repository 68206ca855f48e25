import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../main/cli/main';
import { UNLOCK_ATTEMPTS_FILE } from '../../main/workspace/unlockAttemptsFile';
import { PASSPHRASE, createTestWorkspace, testDesk, type TestDesk } from './support/testDesk';

const FREE_TRIES = 3;

afterEach(() => {
  vi.restoreAllMocks();
});

async function lockedWorkspace(t: TestDesk) {
  const created = await createTestWorkspace(t);
  await t.call('workspace.lock', {});
  return created.workspace;
}

async function useUpFreeTries(t: TestDesk, workspacePath: string) {
  for (let attempt = 1; attempt <= FREE_TRIES; attempt += 1) {
    const wrong = await t.fail('workspace.unlock', { path: workspacePath, passphrase: `wrong guess number ${attempt}` });
    expect(wrong).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(wrong.retryAfterMs).toBeUndefined();
  }
}

describe('the wrong-guess delay', () => {
  it('evaluates at most one of 40 guesses sent at once after the free tries: the rest wait for the delay', async () => {
    const t = testDesk();
    const workspacePath = await lockedWorkspace(t).then((workspace) => workspace.path);
    await useUpFreeTries(t, workspacePath);
    const derivations = vi.spyOn(crypto, 'scrypt');

    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, index) => t.desk.router.invoke('workspace.unlock', { path: workspacePath, passphrase: `burst guess number ${index}` })),
    );

    expect(derivations.mock.calls.length).toBeLessThanOrEqual(1);
    const codes = answers.map((answer) => (answer.ok ? 'OK' : answer.error.code));
    expect(codes.filter((code) => code === 'WRONG_PASSPHRASE')).toHaveLength(1);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(39);
  });

  it('counts a guess on disk before its key derivation starts, so stopping the app mid-guess cannot undo it', async () => {
    const t = testDesk();
    const workspacePath = await lockedWorkspace(t).then((workspace) => workspace.path);
    await useUpFreeTries(t, workspacePath);
    const attemptsFile = path.join(workspacePath, UNLOCK_ATTEMPTS_FILE);
    const countsSeenByDerivations: number[] = [];
    const scrypt = crypto.scrypt.bind(crypto) as (...args: unknown[]) => void;
    vi.spyOn(crypto, 'scrypt').mockImplementation(((...args: unknown[]) => {
      const stored = JSON.parse(fs.readFileSync(attemptsFile, 'utf8')) as { kinds: { passphrase: { failures: number } } };
      countsSeenByDerivations.push(stored.kinds.passphrase.failures);
      scrypt(...args);
    }) as typeof crypto.scrypt);

    const fourth = await t.fail('workspace.unlock', { path: workspacePath, passphrase: 'fourth wrong guess' });
    expect(fourth.retryAfterMs).toBe(2000);
    expect(countsSeenByDerivations).toEqual([FREE_TRIES + 1]);
  });

  it('survives a restart of the app: a new app on the same data folder keeps the wait, even for the right passphrase', async () => {
    const first = testDesk();
    const workspacePath = await lockedWorkspace(first).then((workspace) => workspace.path);
    await useUpFreeTries(first, workspacePath);
    expect((await first.fail('workspace.unlock', { path: workspacePath, passphrase: 'fourth wrong guess' })).retryAfterMs).toBe(2000);
    first.desk.close();

    const restarted = testDesk(first.dataDir);
    restarted.clock.now = first.clock.now;
    const refused = await restarted.fail('workspace.unlock', { path: workspacePath, passphrase: PASSPHRASE });
    expect(refused.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.message).toBe('Too many wrong attempts. Try again in 2 seconds.');

    restarted.clock.advance(2000);
    expect((await restarted.fail('workspace.unlock', { path: workspacePath, passphrase: 'fifth wrong guess' })).retryAfterMs).toBe(4000);
    restarted.clock.advance(4000);
    await restarted.call('workspace.unlock', { path: workspacePath, passphrase: PASSPHRASE });
    // In good standing again: the count is gone from the folder.
    expect(fs.existsSync(path.join(workspacePath, UNLOCK_ATTEMPTS_FILE))).toBe(false);
  });

  it('keeps the count in a file only its owner can read, and a damaged file costs the free tries rather than resetting them', async () => {
    const t = testDesk();
    const workspacePath = await lockedWorkspace(t).then((workspace) => workspace.path);
    await t.fail('workspace.unlock', { path: workspacePath, passphrase: 'one wrong guess' });
    const attemptsFile = path.join(workspacePath, UNLOCK_ATTEMPTS_FILE);
    expect(fs.statSync(attemptsFile).mode & 0o777).toBe(0o600);

    fs.writeFileSync(attemptsFile, '{ not json');
    const restarted = testDesk(t.dataDir);
    restarted.clock.now = t.clock.now;
    expect((await restarted.fail('workspace.unlock', { path: workspacePath, passphrase: 'after the damage' })).retryAfterMs).toBe(2000);
  });

  it('holds in the CLI too: guesses in the app make the CLI wait, and the CLI counts its own', async () => {
    const t = testDesk();
    const workspacePath = await lockedWorkspace(t).then((workspace) => workspace.path);
    await useUpFreeTries(t, workspacePath);
    await t.fail('workspace.unlock', { path: workspacePath, passphrase: 'fourth wrong guess' });
    const lines: string[] = [];
    const cli = (passphrase: string) =>
      runCli(
        ['verify', workspacePath],
        { COALITION_DESK_PASSPHRASE: passphrase },
        (line) => lines.push(line),
        () => t.clock.now,
      );

    expect(await cli(PASSPHRASE)).toBe(1);
    expect(lines.at(-1)).toBe('TOO_MANY_ATTEMPTS: Too many wrong attempts. Try again in 2 seconds.');

    t.clock.advance(2000);
    expect(await cli('a wrong guess from the terminal')).toBe(1);
    const refused = await t.fail('workspace.unlock', { path: workspacePath, passphrase: PASSPHRASE });
    expect(refused).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterMs: 4000 });
  });
});
