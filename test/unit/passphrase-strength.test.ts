import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { newPassphraseSchema } from '../../shared/contract';
import { weakPassphraseMessage } from '../../shared/passphraseStrength';
import { NEW_PASSPHRASE, PASSPHRASE, createTestWorkspace, snapshotFolder, testDesk } from './support/testDesk';

const WEAK = ['aaaaaaaaaaaa', 'password1234', '123456789012'];

describe('a new passphrase must be hard to guess', () => {
  it.each(WEAK)('refuses %s when creating a workspace, says how to make a better one, and creates nothing', async (weak) => {
    const t = testDesk();
    const refused = await t.fail('workspace.create', { name: 'Riverside Youth Safety Coalition', jurisdiction: { state: 'Oregon', region: '' }, passphrase: weak, location: null });
    expect(refused).toMatchObject({ code: 'VALIDATION', message: weakPassphraseMessage, fieldErrors: { passphrase: [weakPassphraseMessage] } });
    expect(weakPassphraseMessage).toMatch(/three or four random words/);
    expect(fs.existsSync(path.join(t.dataDir, 'workspaces'))).toBe(false);
    expect((await t.fail('workspace.createSample', { passphrase: weak, location: null })).message).toBe(weakPassphraseMessage);
    expect(fs.existsSync(path.join(t.dataDir, 'workspaces'))).toBe(false);
  });

  it('refuses a weak one when changing the passphrase or resetting it with the recovery code, changing nothing', async () => {
    const t = testDesk();
    const { workspace, recoveryCode } = await createTestWorkspace(t);
    const before = snapshotFolder(workspace.path);
    for (const weak of WEAK) {
      const change = await t.fail('settings.changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: weak });
      expect(change).toMatchObject({ code: 'VALIDATION', fieldErrors: { newPassphrase: [weakPassphraseMessage] } });
    }
    await t.call('workspace.lock', {});
    const lockedBefore = snapshotFolder(workspace.path);
    for (const weak of WEAK) {
      const recover = await t.fail('workspace.recover', { path: workspace.path, recoveryCode, newPassphrase: weak });
      expect(recover).toMatchObject({ code: 'VALIDATION', fieldErrors: { newPassphrase: [weakPassphraseMessage] } });
    }
    expect(snapshotFolder(workspace.path)).toEqual(lockedBefore);
    expect(lockedBefore.get('keyslots.json')).toEqual(before.get('keyslots.json'));
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
  });

  it('accepts a few random words: the sample coalition’s passphrase and the ones the tests use', () => {
    for (const good of ['riverbend sample coalition', PASSPHRASE, NEW_PASSPHRASE, 'lantern orchard quietly']) {
      expect(newPassphraseSchema.safeParse(good).success).toBe(true);
    }
  });

  it('refuses every new passphrase while no estimator is installed, rather than letting one through unchecked', async () => {
    vi.resetModules();
    const fresh = await import('../../shared/contract');
    const parsed = fresh.newPassphraseSchema.safeParse('riverbend sample coalition');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Still checking how hard this passphrase is to guess. Try again in a moment.');
  });
});
