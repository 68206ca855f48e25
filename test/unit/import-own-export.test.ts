import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../main/import/csvParser';
import { runExport } from './support/exportJobs';
import { createTestWorkspace, testDesk } from './support/testDesk';

const GUARDED_NAMES = ['@Home Youth Shelter', '+Plus Mentoring', '=SUM(1,2) Partners'];

async function unlockedDesk() {
  const t = testDesk();
  await createTestWorkspace(t);
  return t;
}

async function rosterCsv(t: Awaited<ReturnType<typeof unlockedDesk>>): Promise<Buffer> {
  return (await runExport(t, { kind: 'roster', format: 'csv' })).bytes;
}

const cellsOf = (bytes: Buffer) => {
  const parsed = parseCsv(bytes);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.csv.rows.flatMap((row) => row.cells);
};

describe('importing our own export again', () => {
  it('takes off the apostrophe our formula guard added, and the next export guards the cells again', async () => {
    const first = await unlockedDesk();
    for (const name of GUARDED_NAMES)
      await first.call('directory.createOrganization', { name, sector: 'child-welfare', kind: 'nonprofit', involvement: 'core' });
    const exported = await rosterCsv(first);
    expect(cellsOf(exported)).toEqual(expect.arrayContaining(GUARDED_NAMES.map((name) => `'${name}`)));

    const second = await unlockedDesk();
    const request = { kind: 'organizations' as const, fileName: 'roster.csv', contentBase64: exported.toString('base64') };
    expect(await second.call('directory.importCommit', request)).toMatchObject({ created: 3 });
    const names = (await second.call('directory.listOrganizations', {})).map((organization) => organization.name).sort();
    expect(names).toEqual([...GUARDED_NAMES].sort());

    const again = cellsOf(await rosterCsv(second));
    expect(again).toEqual(expect.arrayContaining(GUARDED_NAMES.map((name) => `'${name}`)));
    expect(again.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });

  it('keeps the apostrophe in a file that is not our export: the cells are what the person wrote', async () => {
    const t = await unlockedDesk();
    const own = ['Organization,Stakeholder group,Involvement', "'@Home Youth Shelter,Child welfare,core"].join('\r\n');
    const request = { kind: 'organizations' as const, fileName: 'mine.csv', contentBase64: Buffer.from(`\uFEFF${own}`).toString('base64') };
    expect(await t.call('directory.importCommit', request)).toMatchObject({ created: 1 });
    expect((await t.call('directory.listOrganizations', {})).map((organization) => organization.name)).toEqual(["'@Home Youth Shelter"]);
  });
});
