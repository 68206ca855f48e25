import { describe, expect, it, vi } from 'vitest';
import { guessColumnMapping } from '../../main/import/columnMapping';
import { parseCsv, parseCsvText, type ParsedCsv } from '../../main/import/csvParser';
import { importRows, type ExistingRecord, type MemberImportLookups, type MemberKey } from '../../main/import/importRows';
import { csvFixture } from '../fixtures/csvFixtures';
import { cpuMillis } from './support/cpuTime';

const childWelfareId = '0b8f2a56-3c1d-4e7a-9f10-2b3c4d5e6f70';
const clinicId = '1c9e3b67-4d2e-4f8b-8a21-3c4d5e6f7081';

function csvOf(result: ReturnType<typeof parseCsv>): ParsedCsv {
  if (!result.ok) throw new Error(result.error.message);
  return result.csv;
}

function directory(
  existingOrganizations: Record<string, string> = {},
  existingMembers: (key: MemberKey) => ExistingRecord | null = () => null,
): MemberImportLookups {
  const byName = new Map(Object.entries(existingOrganizations).map(([name, id]) => [name.toLowerCase(), { id }]));
  return { findOrganizationByName: (name) => byName.get(name.toLowerCase()) ?? null, findMember: existingMembers };
}

function previewOrganizations(text: string, lookups = directory(), duplicates: 'skip' | 'update' = 'skip') {
  const csv = csvOf(parseCsvText(text));
  return importRows('organizations', csv.rows, guessColumnMapping('organizations', csv.headers), lookups, { duplicates });
}

describe('importing organizations', () => {
  it('shows the two bad rows of the fixture with their lines and reasons', () => {
    const csv = csvOf(parseCsv(csvFixture('two-bad-rows-organizations.csv')));
    const preview = importRows('organizations', csv.rows, guessColumnMapping('organizations', csv.headers), directory(), { duplicates: 'skip' });

    expect(preview.rows.map(({ line, status, messages }) => ({ line, status, messages }))).toEqual([
      { line: 2, status: 'new', messages: [] },
      { line: 3, status: 'error', messages: ['Name is required.'] },
      { line: 4, status: 'error', messages: [expect.stringMatching(/^Unknown sector 'Roller derby league'\. .*use one of: Child welfare; .*; Other\.$/)] },
      { line: 5, status: 'new', messages: [] },
    ]);
    expect(preview.counts).toEqual({ new: 2, update: 0, duplicate: 0, error: 2 });
    expect(preview.rows[3]?.input).toMatchObject({
      name: 'County Probation Department',
      sector: 'law-enforcement-justice',
      involvement: 'core',
      qualities: { traumaInformed: true },
    });
  });

  it('fills the schema defaults and records which fields the row gave', () => {
    const [row] = previewOrganizations('Name,Sector,Trauma informed\nHarbor Clinic,Health,yes\n').rows;
    expect(row?.input).toMatchObject({
      kind: 'other',
      involvement: 'core',
      website: '',
      joinedOn: null,
      qualities: { vulnerableYouth: false, traumaInformed: true },
    });
    expect(row?.presentFields).toEqual(['name', 'sector', 'qualities.traumaInformed']);
  });

  it('reads kinds, involvement and dates, and reports each bad cell once', () => {
    const preview = previewOrganizations(
      'Name,Sector,Kind,Involvement,Joined,Website\nA,Education,School district,Prospective,9/1/2025,https://a.example.org\nB,Education,Spaceship,Sometimes,31/31/2025,ftp://b\n',
    );
    expect(preview.rows[0]?.input).toMatchObject({ kind: 'school-district', involvement: 'prospective', joinedOn: '2025-09-01' });
    expect(preview.rows[1]?.messages).toEqual([
      'Unknown kind of organization \'Spaceship\'. Match it in the "Match values" step, or use one of: Public agency; Nonprofit; Court; School or district; Business; Faith community; Tribal; Other.',
      'Unknown involvement \'Sometimes\'. Match it in the "Match values" step, or use one of: Core; Periodic; Prospective; Former.',
      "Date joined: use a date like 2026-03-31 or 3/31/2026, not '31/31/2025'.",
      'Use a web address starting with https://',
    ]);
  });

  it('asks for a label when the sector is Other', () => {
    const preview = previewOrganizations('Name,Sector,Sector label\nA,Other,\nB,Other,Tribal council\n');
    expect(preview.rows.map((row) => row.status)).toEqual(['error', 'new']);
    expect(preview.rows[0]?.messages).toEqual(['Say which sector, when it is "Other".']);
  });

  it('finds duplicates within the file and against the directory', () => {
    const text = 'Name,Sector\nHarbor Clinic,Health\nharbor  clinic,Health\nCounty Child Welfare,Child welfare\n';
    const skipped = previewOrganizations(text, directory({ 'County Child Welfare': childWelfareId }), 'skip');
    expect(skipped.rows.map(({ status, messages, existingId }) => ({ status, messages, existingId }))).toEqual([
      { status: 'new', messages: [], existingId: undefined },
      { status: 'duplicate', messages: ['Same as row 2 of this file: skipped.'], existingId: undefined },
      { status: 'duplicate', messages: ['Already in the directory: skipped.'], existingId: childWelfareId },
    ]);
    const updated = previewOrganizations(text, directory({ 'County Child Welfare': childWelfareId }), 'update');
    expect(updated.rows[2]).toMatchObject({ status: 'update', existingId: childWelfareId });
  });

  it('previews 10,000 rows in under 5 s of CPU, reporting progress', async () => {
    const lines = ['Name,Sector,Involvement'];
    for (let index = 1; index <= 10_000; index++) lines.push(`Agency ${index},Education,core`);
    const csv = csvOf(parseCsvText(lines.join('\n')));
    const onProgress = vi.fn();
    const mapping = guessColumnMapping('organizations', csv.headers);
    const { result: preview, ms } = await cpuMillis(() => importRows('organizations', csv.rows, mapping, directory(), { duplicates: 'skip', onProgress }));
    expect(ms).toBeLessThan(5_000);
    expect(preview.counts.new).toBe(10_000);
    expect(onProgress).toHaveBeenLastCalledWith(10_000, 10_000);
    expect(onProgress.mock.calls.length).toBe(40);
  });
});

describe('importing members', () => {
  const organizations = { 'County Child Welfare': childWelfareId, 'Harbor Health Clinic': clinicId };

  function previewMembers(lookups: MemberImportLookups, duplicates: 'skip' | 'update' = 'skip') {
    const csv = csvOf(parseCsv(csvFixture('members.csv')));
    return importRows('members', csv.rows, guessColumnMapping('members', csv.headers), lookups, { duplicates });
  }

  it('shows the bad email and the duplicate of the fixture', () => {
    const preview = previewMembers(directory(organizations));
    expect(preview.rows.map(({ line, status, messages }) => ({ line, status, messages }))).toEqual([
      { line: 2, status: 'new', messages: [] },
      { line: 3, status: 'error', messages: ['That email address does not look right.'] },
      { line: 4, status: 'new', messages: [] },
      { line: 5, status: 'duplicate', messages: ['Same as row 2 of this file: skipped.'] },
    ]);
    expect(preview.rows[0]?.input).toMatchObject({
      fullName: 'Alma Reyes',
      email: 'alma.reyes@example.org',
      organizationId: childWelfareId,
      coalitionRole: 'chair',
      representativeRole: 'primary',
      votingMember: true,
      startOn: '2024-01-10',
    });
    expect(preview.rows[2]?.input).toMatchObject({
      fullName: 'Chloe Nguyen',
      organizationId: clinicId,
      coalitionRole: 'note-taker',
      representativeRole: 'none',
      startOn: null,
    });
  });

  it('names an organization that is not in the directory, looking each name up once', () => {
    const lookups = directory({ 'Harbor Health Clinic': clinicId });
    const findOrganizationByName = vi.spyOn(lookups, 'findOrganizationByName');
    const preview = previewMembers(lookups);
    expect(preview.rows[0]?.messages).toEqual(["Unknown organization 'County Child Welfare': add or import it first."]);
    expect(preview.rows.map((row) => row.status)).toEqual(['error', 'error', 'new', 'error']);
    expect(findOrganizationByName).toHaveBeenCalledTimes(2);
  });

  it('matches members already in the directory by email, or by full name in the organization', () => {
    const existing = (key: MemberKey) =>
      key.email === 'chloe.nguyen@example.org' || (key.fullName === 'Alma Reyes' && key.organizationId === childWelfareId)
        ? { id: `existing ${key.fullName}` }
        : null;
    const preview = previewMembers(directory(organizations, existing), 'update');
    expect(preview.rows.map(({ status, existingId }) => ({ status, existingId }))).toEqual([
      { status: 'update', existingId: 'existing Alma Reyes' },
      { status: 'error', existingId: undefined },
      { status: 'update', existingId: 'existing Chloe Nguyen' },
      { status: 'duplicate', existingId: undefined },
    ]);
  });

  it('needs a display name for a protected member, and an organization to represent', () => {
    const csv = csvOf(parseCsvText('Name,Protected,Representative\nRiver,yes,\nSam Lee,no,primary\n'));
    const preview = importRows('members', csv.rows, guessColumnMapping('members', csv.headers), directory(), { duplicates: 'skip' });
    expect(preview.rows.map((row) => row.messages)).toEqual([
      ['A protected member needs a display name.'],
      ['Only someone from an organization can represent it.'],
    ]);
  });
});
