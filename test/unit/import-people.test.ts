import { describe, expect, it } from 'vitest';
import { MESSY_ROSTER_CSV } from '../fixtures/messyRoster';
import { createTestWorkspace, testDesk, type TestDesk } from './support/testDesk';

const base64 = (text: string) => Buffer.from(text).toString('base64');
const peopleDefaults = { involvement: 'core', kind: 'nonprofit', votingMember: 'primary-representatives', coalitionRole: 'member' } as const;
const casaSector = { sector: { casagal: 'casa-gal-legal', survivorvoice: 'youth-survivors' } };

async function stagedRoster(csv = MESSY_ROSTER_CSV) {
  const t = testDesk();
  await createTestWorkspace(t);
  const { stagedId, rows } = await t.call('directory.importStage', { fileName: 'roster.csv', contentBase64: base64(csv) });
  return { t, stagedId, rows };
}

function peopleRequest(stagedId: string, extra: Record<string, unknown> = {}) {
  return { kind: 'people' as const, stagedId, defaults: peopleDefaults, ...extra };
}

async function rosterOf(t: TestDesk) {
  const organizations = await t.call('directory.listOrganizations', {});
  const members = await t.call('directory.listMembers', {});
  const organizationName = (id: string | null) => organizations.find((organization) => organization.id === id)?.name ?? null;
  return { organizations, members, organizationName };
}

describe('importing people with their organizations from one file', () => {
  it('lists each unrecognised value once, names rows as the spreadsheet does, and tells a duplicate inside the file from one in the directory', async () => {
    const { t, stagedId, rows } = await stagedRoster();
    expect(rows).toBe(9);
    const preview = await t.call('directory.importPreview', peopleRequest(stagedId));
    expect(preview.values.map((value) => [value.category, value.text, value.rows, value.chosen])).toEqual([
      ['sector', 'CASA/GAL', 2, null],
      ['sector', 'Survivor voice', 1, null],
    ]);
    const byRow = new Map(preview.rows.map((row) => [row.line, row]));
    // Priya's notes span two text lines; Ana is on text line 11 but row 10 of the spreadsheet.
    expect(byRow.get(10)?.label).toBe('Ana Muñoz');
    expect(byRow.get(9)).toMatchObject({ status: 'duplicate', messages: ['Same as row 4 of this file: skipped.'] });
    expect(byRow.get(2)?.messages.join(' ')).toMatch(/Unknown sector 'CASA\/GAL'\..*CASA, guardians ad litem/);
    expect(byRow.get(6)).toMatchObject({ status: 'error', label: 'Sam Lee' });
  });

  it('imports nothing while a row has a problem, unless asked to skip those rows', async () => {
    const { t, stagedId } = await stagedRoster();
    const refused = await t.fail('directory.importCommit', peopleRequest(stagedId, { valueMappings: casaSector }));
    expect(refused.fieldErrors?.rows).toEqual([expect.stringMatching(/^Row 6: .*email/i)]);
    expect(await t.call('directory.listMembers', {})).toEqual([]);
    expect(await t.call('directory.listOrganizations', {})).toEqual([]);

    const skipped = await t.call('directory.importProblemRows', peopleRequest(stagedId, { valueMappings: casaSector }));
    const skippedCsv = Buffer.from(skipped.contentBase64, 'base64').toString('utf8');
    expect(skippedCsv).toContain('6,');
    expect(skippedCsv).toContain('Sam Lee');
    expect(skippedCsv).toContain('Same as row 4 of this file');

    const result = await t.call('directory.importCommit', peopleRequest(stagedId, { valueMappings: casaSector, problemRows: 'skip' }));
    expect(result).toEqual({ created: 7, updated: 0, skipped: 1, problems: 1, organizationsCreated: 6 });
    const { organizations, members, organizationName } = await rosterOf(t);
    expect(organizations.find((organization) => organization.name === 'Lane County CASA')).toMatchObject({
      sector: 'casa-gal-legal',
      kind: 'nonprofit',
      involvement: 'core',
    });
    expect(organizations.find((organization) => organization.name === 'Youth Advisory Board')?.sector).toBe('youth-survivors');
    expect(organizations.find((organization) => organization.name === 'Hope Street Youth Shelter')?.sector).toBe('runaway-homeless-youth');
    const ana = members.find((member) => member.shownName === 'Ana Muñoz');
    expect(organizationName(ana?.organizationId ?? null)).toBe('Lane County CASA');
    expect(ana).toMatchObject({ representativeRole: 'alternate', votingMember: false });
    expect(
      members
        .filter((member) => member.votingMember)
        .map((member) => member.shownName)
        .sort(),
    ).toEqual(['Dr. Maya Okafor', 'Hon. Ruth Bell', 'Pastor Dee Grant', 'Priya Natarajan', 'Sgt. Luis Ortega']);
    const advisor = members.find((member) => member.protectedIdentity);
    expect(advisor).toMatchObject({ shownName: 'J. (youth advisor)', coalitionRole: 'advisor' });
    expect(JSON.stringify(members)).not.toContain('Jordan Rivers');
  });

  it('remembers the value mapping in the workspace and offers it next time; the staged file is gone after the commit', async () => {
    const { t, stagedId } = await stagedRoster();
    await t.call('directory.importCommit', peopleRequest(stagedId, { valueMappings: casaSector, problemRows: 'skip' }));
    expect((await t.fail('directory.importPreview', peopleRequest(stagedId))).code).toBe('NOT_FOUND');

    const same = await t.call('directory.importStage', { fileName: 'roster.csv', contentBase64: base64(MESSY_ROSTER_CSV) });
    const samePreview = await t.call('directory.importPreview', peopleRequest(same.stagedId));
    // The organizations are matched by name now (their cells are not read again), and the people are in the directory.
    expect(samePreview.organizations).toEqual({ new: 0, matched: 6 });
    expect(samePreview.counts).toMatchObject({ new: 0, duplicate: 8, error: 1 });

    const nextFile = ['Name,Agency,Sector', 'Lee Park,Coos County CASA,casa / gal', 'Ari Stone,Teen Council,SURVIVOR VOICE'].join('\n');
    const next = await t.call('directory.importStage', { fileName: 'more.csv', contentBase64: base64(nextFile) });
    const preview = await t.call('directory.importPreview', peopleRequest(next.stagedId));
    expect(preview.values.map((value) => [value.text, value.chosen])).toEqual([
      ['casa / gal', 'casa-gal-legal'],
      ['SURVIVOR VOICE', 'youth-survivors'],
    ]);
    expect(preview.counts).toMatchObject({ new: 2, error: 0 });
  });

  it('recognises a protected identity column by its usual names', async () => {
    const csv = ['Full name,Organization,Sector,Confidential,Display name', 'Kim Doe,Safe Harbor,Runaway & Homeless Youth,yes,K.'].join('\n');
    const { t, stagedId } = await stagedRoster(csv);
    const preview = await t.call('directory.importPreview', peopleRequest(stagedId));
    expect(preview.mapping.protectedIdentity).toBe(3);
    await t.call('directory.importCommit', peopleRequest(stagedId));
    expect((await t.call('directory.listMembers', {}))[0]).toMatchObject({ shownName: 'K.', protectedIdentity: true });
  });
});
