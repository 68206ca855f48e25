import { describe, expect, it } from 'vitest';
import { runExport } from './support/exportJobs';
import { parseCsv } from '../../main/import/csvParser';
import { csvFixture } from '../fixtures/csvFixtures';
import { createTestWorkspace, testDesk } from './support/testDesk';
import { unzip } from './support/unzip';

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
const fixedOrganizations = [
  'Organization,Stakeholder group,Involvement,Trauma-informed',
  'Eastside Youth Drop-in,Runaway and homeless youth,core,yes',
  'Lane County Child Welfare,Child welfare,core,no',
  'County Probation Department,Law enforcement,core,1',
].join('\r\n');

async function unlockedDesk() {
  const t = testDesk();
  await createTestWorkspace(t);
  return t;
}

describe('importing the roster from CSV', () => {
  it('previews per-row errors and, with any bad row, imports nothing at all', async () => {
    const t = await unlockedDesk();
    const request = { kind: 'organizations' as const, fileName: 'orgs.csv', contentBase64: base64(csvFixture('two-bad-rows-organizations.csv')) };
    const preview = await t.call('directory.importPreview', request);
    expect(preview.counts).toEqual({ new: 2, update: 0, duplicate: 0, error: 2 });
    expect(preview.rows.filter((row) => row.status === 'error').map((row) => row.line)).toEqual([3, 4]);
    expect(preview.rows.find((row) => row.line === 4)?.messages.join(' ')).toMatch(/Unknown sector 'Roller derby league'/);
    expect(preview.rows.find((row) => row.line === 4)?.label).toBe('Moonlight Rollerdrome');

    const refused = await t.fail('directory.importCommit', request);
    expect(refused.code).toBe('VALIDATION');
    expect(refused.fieldErrors?.rows?.[0]).toMatch(/^Row 3:/);
    expect(await t.call('directory.listOrganizations', {})).toEqual([]);
  });

  it('imports a fixed file in one go, then skips or updates the same rows on a second import', async () => {
    const t = await unlockedDesk();
    const request = { kind: 'organizations' as const, fileName: 'orgs.csv', contentBase64: base64(fixedOrganizations) };
    expect(await t.call('directory.importCommit', request)).toMatchObject({ created: 3, updated: 0, skipped: 0 });
    const organizations = await t.call('directory.listOrganizations', {});
    expect(organizations.map((org) => org.sector).sort()).toEqual(['child-welfare', 'law-enforcement-justice', 'runaway-homeless-youth']);
    expect(organizations.find((org) => org.name === 'Eastside Youth Drop-in')?.qualities.traumaInformed).toBe(true);

    expect(await t.call('directory.importCommit', request)).toMatchObject({ created: 0, updated: 0, skipped: 3 });
    const changed = fixedOrganizations.replace('Lane County Child Welfare,Child welfare,core,no', 'Lane County Child Welfare,Child welfare,periodic,yes');
    expect(await t.call('directory.importCommit', { ...request, contentBase64: base64(changed), duplicates: 'update' })).toMatchObject({
      created: 0,
      updated: 3,
      skipped: 0,
    });
    const updated = (await t.call('directory.listOrganizations', {})).find((org) => org.name === 'Lane County Child Welfare');
    expect(updated).toMatchObject({ involvement: 'periodic', qualities: { traumaInformed: true } });
  });

  it('imports members into their organizations, protected identities included', async () => {
    const t = await unlockedDesk();
    await t.call('directory.importCommit', { kind: 'organizations', fileName: 'orgs.csv', contentBase64: base64(fixedOrganizations) });
    const members = [
      'Full name,Display name,Organization,Email,Representative,Protected',
      'Ana Muñoz,,Lane County Child Welfare,ana@example.org,primary,no',
      'Jordan Secret-Name,J. (youth advisor),Eastside Youth Drop-in,j@example.org,none,yes',
    ].join('\n');
    const result = await t.call('directory.importCommit', { kind: 'members', fileName: 'm.csv', contentBase64: base64(members) });
    expect(result).toMatchObject({ created: 2, updated: 0, skipped: 0 });
    const listed = await t.call('directory.listMembers', {});
    expect(listed.map((member) => member.shownName).sort()).toEqual(['Ana Muñoz', 'J. (youth advisor)']);
    expect(JSON.stringify(listed)).not.toContain('Jordan Secret-Name');

    // Importing the same people again matches the protected member, which is recorded on their history.
    const again = await t.call('directory.importPreview', { kind: 'members', fileName: 'again.csv', contentBase64: base64(members) });
    expect(again.counts.duplicate).toBe(2);
    const protectedMember = listed.find((member) => member.protectedIdentity)!;
    const { history } = await t.call('directory.getMember', { id: protectedMember.id });
    expect(history.map((entry) => entry.action)).toContain('matched by an import');
  });

  it('refuses a file that is not UTF-8 with a clear message, changing nothing', async () => {
    const t = await unlockedDesk();
    const error = await t.fail('directory.importPreview', {
      kind: 'organizations',
      fileName: 'old.csv',
      contentBase64: base64(csvFixture('windows-1252.csv')),
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/not UTF-8/);
  });
});

describe('exporting the roster', () => {
  async function deskWithRoster() {
    const t = await unlockedDesk();
    const org = await t.call('directory.createOrganization', {
      name: '=HYPERLINK("http://evil","click")',
      sector: 'child-welfare',
      kind: 'public-agency',
      involvement: 'core',
    });
    await t.call('directory.createMember', { fullName: 'Ana Muñoz', organizationId: org.id, email: 'ana@example.org' });
    await t.call('directory.createMember', {
      fullName: 'Jordan Secret-Name',
      displayName: 'J. (youth advisor)',
      organizationId: org.id,
      email: 'jordan@example.org',
      protectedIdentity: true,
    });
    return t;
  }

  it('writes a CSV that reads back, neutralizes formulas and shows a protected member by display name only', async () => {
    const t = await deskWithRoster();
    const file = await runExport(t, { kind: 'roster', format: 'csv' });
    expect(file.fileName).toMatch(/roster \d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = parseCsv(file.bytes);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const text = JSON.stringify(parsed.csv.rows);
    expect(text).toContain('Ana Muñoz');
    expect(text).toContain('J. (youth advisor)');
    expect(text).not.toContain('Jordan Secret-Name');
    expect(text).not.toContain('jordan@example.org');
    expect(parsed.csv.rows.some((row) => row.cells.includes(`'=HYPERLINK("http://evil","click")`))).toBe(true);
    expect(parsed.csv.rows.some((row) => row.cells.some((cell) => cell.startsWith('=')))).toBe(false);
  });

  it('leaves protected members out, or includes them only when chosen for this export, and says so', async () => {
    const t = await deskWithRoster();
    const leftOut = (await runExport(t, { kind: 'roster', format: 'csv', protectedMembers: 'leave-out' })).bytes.toString();
    expect(leftOut).not.toContain('J. (youth advisor)');
    const included = await runExport(t, { kind: 'roster', format: 'csv', protectedMembers: 'include' });
    expect(included.fileName).toContain('(includes protected identities)');
    expect(included.bytes.toString()).toContain('Jordan Secret-Name');
  });

  it('writes an XLSX workbook', async () => {
    const t = await deskWithRoster();
    const file = await runExport(t, { kind: 'roster', format: 'xlsx' });
    const bytes = file.bytes;
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(file.fileName).toMatch(/\.xlsx$/);
    const sheets = [...unzip(bytes).values()].join('\n');
    expect(sheets).toContain('J. (youth advisor)');
    expect(sheets).toContain('Ana Muñoz');
    expect(sheets).not.toContain('Jordan Secret-Name');
  });
});
