import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEW_PASSPHRASE, PASSPHRASE, createTestWorkspace, tempDir, testDesk } from './support/testDesk';

describe('secrets under pressure', () => {
  it('a lock that lands while the passphrase is being changed changes nothing, and the old passphrase still opens', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const keyFileBefore = fs.readFileSync(path.join(workspace.path, 'keyslots.json'));
    const change = t.desk.router.invoke('settings.changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    await t.desk.router.invoke('workspace.lock', {});
    const result = await change;
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(fs.readFileSync(path.join(workspace.path, 'keyslots.json'))).toEqual(keyFileBefore);
    expect(await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE })).toEqual(workspace);
  });

  it('counts wrong guesses per workspace however its path is spelled, and across unlock and change passphrase', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const alias = path.join(tempDir(), 'alias.coalition');
    fs.symlinkSync(workspace.path, alias);
    expect(
      (await t.fail('settings.changePassphrase', { currentPassphrase: 'wrong guess number 1', newPassphrase: NEW_PASSPHRASE })).retryAfterMs,
    ).toBeUndefined();
    await t.call('workspace.lock', {});
    expect((await t.fail('workspace.unlock', { path: alias, passphrase: 'wrong guess number 2' })).retryAfterMs).toBeUndefined();
    expect((await t.fail('workspace.unlock', { path: workspace.path, passphrase: 'wrong guess number 3' })).retryAfterMs).toBeUndefined();
    expect((await t.fail('workspace.unlock', { path: alias, passphrase: 'wrong guess number 4' })).retryAfterMs).toBe(2000);
    expect((await t.fail('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE })).code).toBe('TOO_MANY_ATTEMPTS');
  });
});
