import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAudit } from '../../main/db/auditRepository';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { PASSPHRASE, createTestWorkspace, snapshotFolder, testDesk, withDatabaseFile } from './support/testDesk';

const renamed = { name: 'Lane County Youth Safety Coalition', jurisdiction: { state: 'Oregon', region: 'Lane and Linn Counties' } };

describe('editing the coalition’s name and jurisdiction', () => {
  it('saves them with one audit row of what changed, everywhere the app names the coalition, and keeps the folder', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const summary = await t.call('settings.setCoalitionDetails', renamed);
    expect(summary).toEqual({ ...workspace, ...renamed });
    // The folder keeps the name it was made with: backups, the recent list and shortcuts find it by its path.
    expect(summary.path).toBe(workspace.path);
    expect(fs.existsSync(workspace.path)).toBe(true);
    expect((await t.call('workspace.details', {})).workspace).toEqual(summary);

    await t.call('workspace.lock', {});
    const status = await t.call('app.status', {});
    expect(status.recent.map((recent) => [recent.name, recent.path])).toEqual([[renamed.name, workspace.path]]);
    expect(await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE })).toEqual(summary);
    await t.call('workspace.lock', {});

    const rows = await withDatabaseFile(workspaceFiles(workspace.path), async (db) => (await loadAudit(sqlcipherEngine(db).db)).reverse());
    expect(rows.map((row) => [row.entity, row.action])).toEqual([
      ['workspace', 'created'],
      ['workspace', 'updated'],
    ]);
    expect(rows[1]?.entityId).toBe(workspace.id);
    expect(rows[1]?.changes).toEqual({
      name: { from: 'Riverside Youth Safety Coalition', to: renamed.name },
      jurisdictionRegion: { from: 'Lane County', to: 'Lane and Linn Counties' },
    });
  });

  it('trims the name and refuses one the shared name rules refuse, changing nothing', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    expect((await t.call('settings.setCoalitionDetails', { ...renamed, name: `  ${renamed.name}  ` })).name).toBe(renamed.name);

    await t.call('workspace.lock', {});
    const before = snapshotFolder(workspace.path);
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    for (const [name, message] of [
      ['   ', 'Coalition name is required.'],
      ['x'.repeat(201), 'Coalition name must be at most 200 characters.'],
      ['Riverside\nCoalition', null],
      ['Riverside\u202eCoalition', null],
    ] as const) {
      const error = await t.fail('settings.setCoalitionDetails', { ...renamed, name });
      expect(error.code, JSON.stringify(name)).toBe('VALIDATION');
      expect(error.fieldErrors?.name?.[0], JSON.stringify(name)).toMatch(message ?? /Coalition name/);
    }
    expect(
      (await t.fail('settings.setCoalitionDetails', { ...renamed, jurisdiction: { state: '', region: '' } })).fieldErrors?.['jurisdiction.state'],
    ).toBeDefined();
    expect((await t.call('workspace.details', {})).workspace.name).toBe(renamed.name);
    await t.call('workspace.lock', {});
    const after = snapshotFolder(workspace.path);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(after.get('workspace.db')?.equals(before.get('workspace.db')!)).toBe(true);
  });

  it('saving the same details writes no audit row; a locked workspace is refused', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await t.call('settings.setCoalitionDetails', { name: workspace.name, jurisdiction: workspace.jurisdiction });
    await t.call('workspace.lock', {});
    expect((await t.fail('settings.setCoalitionDetails', renamed)).code).toBe('LOCKED');
    const rows = await withDatabaseFile(workspaceFiles(workspace.path), (db) => loadAudit(sqlcipherEngine(db).db));
    expect(rows.map((row) => row.action)).toEqual(['created']);
  });
});
