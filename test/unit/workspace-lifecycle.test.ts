import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNLOCK_ATTEMPTS_FILE } from '../../main/workspace/unlockAttemptsFile';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { isWellFormedRecoveryCode } from '../../shared/recoveryCode';
import { folderDigest } from './support/backupSteps';
import { NEW_PASSPHRASE, PASSPHRASE, createTestWorkspace, testDesk, withDatabaseFile } from './support/testDesk';

describe('a coordinator creates, locks and unlocks a workspace', () => {
  it('creates an unlocked workspace in the data folder, with a well-formed recovery code and a recent entry', async () => {
    const t = testDesk();
    const { workspace, recoveryCode } = await createTestWorkspace(t);
    expect(isWellFormedRecoveryCode(recoveryCode)).toBe(true);
    expect(workspace.path).toBe(path.join(t.dataDir, 'workspaces', 'Riverside Youth Safety Coalition.coalition'));
    expect(fs.existsSync(path.join(workspace.path, 'workspace.db'))).toBe(true);
    const status = await t.call('app.status', {});
    expect(status.session).toEqual({ state: 'unlocked', workspace, storage: 'workspace' });
    expect(status.recent).toEqual([{ name: workspace.name, path: workspace.path, lastOpenedAt: t.clock.now.toISOString() }]);
  });

  it('locks, then unlocks with the passphrase', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await t.call('workspace.lock', {});
    expect((await t.call('app.status', {})).session).toEqual({ state: 'locked' });
    expect((await t.fail('workspace.details', {})).code).toBe('LOCKED');
    const unlocked = await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(unlocked).toEqual(workspace);
    expect((await t.call('workspace.details', {})).workspace.name).toBe('Riverside Youth Safety Coalition');
  });

  it('refuses a wrong passphrase and a wrong recovery code with WRONG_PASSPHRASE, leaving every file but the guess count byte-identical', async () => {
    const t = testDesk();
    const { workspace, recoveryCode } = await createTestWorkspace(t);
    await t.call('workspace.lock', {});
    const before = folderDigest(t.dataDir);

    const wrongPassphrase = await t.fail('workspace.unlock', { path: workspace.path, passphrase: 'not the passphrase at all' });
    expect(wrongPassphrase.code).toBe('WRONG_PASSPHRASE');
    expect(wrongPassphrase.fieldErrors?.passphrase).toBeDefined();

    const otherCode = recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const wrongCode = await t.fail('workspace.recover', { path: workspace.path, recoveryCode: otherCode, newPassphrase: NEW_PASSPHRASE });
    expect(wrongCode.code).toBe('WRONG_PASSPHRASE');
    expect(wrongCode.fieldErrors?.recoveryCode).toBeDefined();

    const after = folderDigest(t.dataDir);
    const guessCount = path.join(path.relative(t.dataDir, workspace.path), UNLOCK_ATTEMPTS_FILE);
    expect(after.has(guessCount)).toBe(true);
    after.delete(guessCount);
    expect(after).toEqual(before);
  });

  it('refuses a workspace without its coalition record with WORKSPACE_DAMAGED', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await t.call('workspace.lock', {});
    await withDatabaseFile(workspaceFiles(workspace.path), (db) => db.prepare('DELETE FROM workspace_meta').run());
    const error = await t.fail('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(error).toMatchObject({ code: 'WORKSPACE_DAMAGED', message: 'The workspace has no coalition record.' });
  });

  it('changes the passphrase: the new one opens, the old one stops working', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    expect((await t.fail('settings.changePassphrase', { currentPassphrase: 'wrong wrong wrong', newPassphrase: NEW_PASSPHRASE })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    await t.call('settings.changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    await t.call('workspace.lock', {});
    expect((await t.fail('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    expect(await t.call('workspace.unlock', { path: workspace.path, passphrase: NEW_PASSPHRASE })).toEqual(workspace);
  });

  it('recovers with the recovery code, typed loosely, and sets a new passphrase', async () => {
    const t = testDesk();
    const { workspace, recoveryCode } = await createTestWorkspace(t);
    await t.call('workspace.lock', {});
    const typed = recoveryCode.toLowerCase().replaceAll('-', ' ');
    await t.call('workspace.recover', { path: workspace.path, recoveryCode: typed, newPassphrase: NEW_PASSPHRASE });
    await t.call('workspace.lock', {});
    expect((await t.fail('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    await t.call('workspace.unlock', { path: workspace.path, passphrase: NEW_PASSPHRASE });
  });

  it('a new recovery code replaces the old one', async () => {
    const t = testDesk();
    const { workspace, recoveryCode: oldCode } = await createTestWorkspace(t);
    const { recoveryCode: newCode } = await t.call('settings.newRecoveryCode', { passphrase: PASSPHRASE });
    expect(newCode).not.toBe(oldCode);
    await t.call('workspace.lock', {});
    expect((await t.fail('workspace.recover', { path: workspace.path, recoveryCode: oldCode, newPassphrase: NEW_PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    await t.call('workspace.recover', { path: workspace.path, recoveryCode: newCode, newPassphrase: NEW_PASSPHRASE });
  });

  it('slows down repeated wrong guesses with a growing delay, then lets the right passphrase in', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await t.call('workspace.lock', {});
    const guess = () => t.fail('workspace.unlock', { path: workspace.path, passphrase: 'guess guess guess' });
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await guess()).retryAfterMs).toBeUndefined();
    const fourth = await guess();
    expect(fourth.retryAfterMs).toBe(2000);
    const tooSoon = await t.fail('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(tooSoon.code).toBe('TOO_MANY_ATTEMPTS');
    t.clock.advance(2000);
    expect((await guess()).retryAfterMs).toBe(4000);
    t.clock.advance(4000);
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
  });

  it('refuses to create over an existing workspace and to use a folder that does not exist', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    await t.call('workspace.lock', {});
    expect(
      (await t.fail('workspace.create', { name: 'Riverside Youth Safety Coalition', jurisdiction: { state: 'Oregon' }, passphrase: PASSPHRASE })).code,
    ).toBe('CONFLICT');
    const missing = await t.fail('workspace.create', { name: 'X', jurisdiction: { state: 'Oregon' }, passphrase: PASSPHRASE, location: '/no/such/folder' });
    expect(missing.fieldErrors?.location).toEqual(['That folder does not exist.']);
  });

  it('auto-locks after the idle time set in Settings and tells the host', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    const events: unknown[] = [];
    t.desk.events.subscribe((event) => events.push(event));
    await t.call('settings.setAutoLock', { minutes: 5 });
    t.clock.advance(4 * 60_000);
    await t.call('session.activity', {});
    t.clock.advance(4 * 60_000);
    await t.call('app.status', {});
    expect(t.desk.lockIfIdle()).toBe(false);
    t.clock.advance(61_000);
    expect(t.desk.lockIfIdle()).toBe(true);
    expect(events).toEqual([{ type: 'session.locked', reason: 'idle' }]);
    expect((await t.call('app.status', {})).session).toEqual({ state: 'locked' });
  });
});
