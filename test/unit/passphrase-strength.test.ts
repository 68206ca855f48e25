import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { installMainPassphraseEstimator } from '../../main/app/passphraseEstimator';
import { newPassphraseSchema } from '../../shared/contract';
import { weakPassphraseMessage } from '../../shared/passphraseStrength';
import { NEW_PASSPHRASE, PASSPHRASE, createTestWorkspace, snapshotFolder, testDesk } from './support/testDesk';

const WEAK = ['aaaaaaaaaaaa', 'password1234', '123456789012'];

describe('a new passphrase must be hard to guess', () => {
  beforeAll(installMainPassphraseEstimator);

  it.each(WEAK)('refuses %s when creating a workspace, says how to make a better one, and creates nothing', async (weak) => {
    const t = testDesk();
    const refused = await t.fail('workspace.create', {
      name: 'Riverside Youth Safety Coalition',
      jurisdiction: { state: 'Oregon', region: '' },
      passphrase: weak,
      location: null,
    });
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

  it('judges a long passphrase by its first 64 characters, so a 1,024-character one costs well under a second of CPU', () => {
    const noise = crypto.randomBytes(768).toString('base64');
    newPassphraseSchema.safeParse('warm up the dictionaries');
    const before = process.cpuUsage();
    expect(newPassphraseSchema.safeParse(noise).success).toBe(true);
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect(newPassphraseSchema.safeParse('a'.repeat(1024)).success).toBe(false);
  });

  it('refuses every new passphrase while no estimator is installed, rather than letting one through unchecked', async () => {
    vi.resetModules();
    const fresh = await import('../../shared/contract');
    const parsed = fresh.newPassphraseSchema.safeParse('riverbend sample coalition');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Still checking how hard this passphrase is to guess. Try again in a moment.');
  });
});
