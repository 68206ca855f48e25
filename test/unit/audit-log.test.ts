import { describe, expect, it } from 'vitest';
import { loadAudit } from '../../main/db/auditRepository';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { openEncryptedDatabase } from '../../main/db/openDatabase';
import { unlockDataKey } from '../../main/workspace/unlockDataKey';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { NEW_PASSPHRASE, PASSPHRASE, createTestWorkspace, testDesk } from './support/testDesk';

describe('the audit log', () => {
  it('records every change with time, local profile, entity and what changed, and never a secret', async () => {
    const t = testDesk();
    const { workspace, recoveryCode } = await createTestWorkspace(t);
    await t.call('settings.setAutoLock', { minutes: 15 });
    await t.call('settings.changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    const { recoveryCode: secondCode } = await t.call('settings.newRecoveryCode', { passphrase: NEW_PASSPHRASE });
    await t.call('workspace.lock', {});

    const files = workspaceFiles(workspace.path);
    const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', NEW_PASSPHRASE);
    const db = openEncryptedDatabase(files.database, dataKey, keySlots.database, { readonly: true });
    const rows = (await loadAudit(sqlcipherEngine(db).db)).reverse();
    db.close();

    expect(rows.map((row) => [row.entity, row.action])).toEqual([
      ['workspace', 'created'],
      ['settings', 'updated'],
      ['workspace', 'passphrase changed'],
      ['workspace', 'recovery code replaced'],
    ]);
    expect(rows.every((row) => row.profile === 'tester' && row.at === '2026-03-01T12:00:00.000Z')).toBe(true);
    expect(rows[1]?.changes).toEqual({ from: 10, to: 15 });
    expect(rows.map((row) => row.id)).toEqual([...rows.map((row) => row.id)].sort());
    expect(rows[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const serialized = JSON.stringify(rows);
    for (const secret of [PASSPHRASE, NEW_PASSPHRASE, recoveryCode, secondCode]) expect(serialized).not.toContain(secret);
  });
});
