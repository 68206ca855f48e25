import { expect, it } from 'vitest';
import { deskAudit } from './support/deskAudit';
import { TEST_COALITION, describeEachDesk } from './support/eachDesk';

const renamed = { name: 'Lane County Youth Safety Coalition', jurisdiction: { state: 'Oregon', region: 'Lane and Linn Counties' } };

describeEachDesk('the coalition’s name and jurisdiction', (subject) => {
  it('saves them with one audit row of what changed, and shows them in the details', async () => {
    const { t } = subject;
    const auditBefore = (await deskAudit(subject)).length;
    const summary = await t.call('settings.setCoalitionDetails', renamed);
    expect(summary).toMatchObject(renamed);
    expect((await t.call('workspace.details', {})).workspace).toEqual(summary);
    const rows = (await deskAudit(subject)).slice(auditBefore);
    expect(rows.map((row) => [row.entity, row.action, row.entityId])).toEqual([['workspace', 'updated', summary.id]]);
    expect(rows[0]?.changes).toEqual({
      name: { from: TEST_COALITION, to: renamed.name },
      jurisdictionRegion: { from: 'Lane County', to: 'Lane and Linn Counties' },
    });
  });

  it('writes no audit row when nothing changed, and changes nothing on a refused name', async () => {
    const { t } = subject;
    const auditBefore = (await deskAudit(subject)).length;
    const { workspace } = await t.call('workspace.details', {});
    expect(await t.call('settings.setCoalitionDetails', { name: workspace.name, jurisdiction: workspace.jurisdiction })).toEqual(workspace);
    expect((await t.fail('settings.setCoalitionDetails', { ...renamed, name: '   ' })).code).toBe('VALIDATION');
    expect((await t.call('workspace.details', {})).workspace).toEqual(workspace);
    expect(await deskAudit(subject)).toHaveLength(auditBefore);
  });
});
