import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/main';
import { PASSPHRASE, createTestWorkspace, tempDir, testDesk } from './support/testDesk';

async function cli(args: string[], env: Record<string, string> = { COALITION_DESK_PASSPHRASE: PASSPHRASE }) {
  const lines: string[] = [];
  const code = await runCli(args, env, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

async function lockedWorkspace() {
  const t = testDesk();
  const created = await createTestWorkspace(t);
  await t.call('workspace.lock', {});
  return { ...created, t };
}

describe('the headless CLI for IT staff', () => {
  it('verifies a workspace: integrity and cipher', async () => {
    const { workspace } = await lockedWorkspace();
    const result = await cli(['verify', workspace.path]);
    expect(result.code).toBe(0);
    expect(result.output).toContain('Integrity: ok');
    expect(result.output).toContain('SQLCipher 4 compatible');
  });

  it('backs up, verifies the backup and restores it into a new workspace that opens', async () => {
    const { workspace, t } = await lockedWorkspace();
    const out = path.join(tempDir(), 'coalition.cdbackup');
    expect((await cli(['backup', workspace.path, out])).code).toBe(0);
    expect((await cli(['backup', workspace.path, out])).code).toBe(2);
    const verified = await cli(['verify', out]);
    expect(verified.output).toContain('Checksum: ok');
    expect(verified.code).toBe(0);

    const target = path.join(tempDir(), 'Restored');
    const restored = await cli(['restore', out, target]);
    expect(restored.code).toBe(0);
    expect(restored.output).toContain('Restored "Riverside Youth Safety Coalition"');
    const opened = await t.call('workspace.unlock', { path: `${target}.coalition`, passphrase: PASSPHRASE });
    expect(opened.name).toBe('Riverside Youth Safety Coalition');
  });

  it('accepts the recovery code from the environment', async () => {
    const { workspace, recoveryCode } = await lockedWorkspace();
    expect((await cli(['verify', workspace.path], { COALITION_DESK_RECOVERY_CODE: recoveryCode })).code).toBe(0);
  });

  it('fails clearly on a wrong passphrase, a corrupt backup, no terminal, or bad usage', async () => {
    const { workspace } = await lockedWorkspace();
    const wrong = await cli(['verify', workspace.path], { COALITION_DESK_PASSPHRASE: 'not the right one' });
    expect(wrong).toMatchObject({ code: 1 });
    expect(wrong.output).toContain('WRONG_PASSPHRASE');

    const out = path.join(tempDir(), 'b.cdbackup');
    await cli(['backup', workspace.path, out]);
    const bytes = fs.readFileSync(out);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    fs.writeFileSync(out, bytes);
    const corrupt = await cli(['verify', out]);
    expect(corrupt.code).toBe(1);
    expect(corrupt.output).toContain('checksum does not match');
    const target = path.join(tempDir(), 'never');
    expect((await cli(['restore', out, target])).code).toBe(1);
    expect(fs.existsSync(`${target}.coalition`)).toBe(false);

    expect((await cli(['verify', workspace.path], {})).output).toContain('COALITION_DESK_PASSPHRASE');
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['verify'])).code).toBe(2);
  });

  it('runs as `npx coalition-desk`: the real command, with the passphrase from the environment only', async () => {
    const { workspace } = await lockedWorkspace();
    const root = path.resolve(import.meta.dirname, '..', '..');
    // Bundle the current sources, so a stale dist/ from an older checkout cannot answer for them.
    expect(spawnSync(process.execPath, [path.join(root, 'scripts', 'build-main.mjs')], { cwd: root }).status).toBe(0);
    const shim = path.join(root, 'scripts', 'coalition-desk.cjs');
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [shim, 'verify', workspace.path], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', input: '' });
    const ok = run({ COALITION_DESK_PASSPHRASE: PASSPHRASE });
    expect(ok.stdout).toContain('Integrity: ok');
    expect(ok.status).toBe(0);
    const noSecret = run({});
    expect(noSecret.status).toBe(2);
    expect(noSecret.stdout).toContain('No terminal to ask for the passphrase');
  });
});
