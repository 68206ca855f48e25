import { expect, it } from 'vitest';
import type { AppEvent, ImportJobStatus } from '../../shared/contract';
import { csvFixture } from '../fixtures/csvFixtures';
import { deskAudit } from './support/deskAudit';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

const organizations = [
  'Organization,Stakeholder group,Involvement,Trauma-informed',
  'Eastside Youth Drop-in,Runaway and homeless youth,core,yes',
  'Lane County Child Welfare,Child welfare,core,no',
].join('\r\n');

const people = [
  'Full name,Display name,Organization,Sector,Email,Representative,Protected',
  'Ana Muñoz,,Lane County Child Welfare,Child welfare,ana@example.org,primary,no',
  'Jordan Secret-Name,J. (youth advisor),Eastside Youth Drop-in,Runaway and homeless youth,j@example.org,none,yes',
  'Rosa Ortiz,,Kestrel Legal Aid,"CASA, guardians ad litem, attorneys and family advocacy centers",rosa@example.org,primary,no',
].join('\n');

function agencies(rows: number) {
  const lines = ['Organization,Sector,Involvement'];
  for (let index = 1; index <= rows; index += 1) lines.push(`Agency ${index} of Lane County,Child welfare,core`);
  return { kind: 'organizations' as const, fileName: 'agencies.csv', contentBase64: base64(lines.join('\r\n')) };
}

/** What an import may change, as the app reads it: every record, archived ones too, and the audit log. */
async function directoryState(subject: DeskUnderTest) {
  const { t } = subject;
  return {
    organizations: await t.call('directory.listOrganizations', { includeArchived: true }),
    members: await t.call('directory.listMembers', { includeArchived: true }),
    audit: await deskAudit(subject),
  };
}

describeEachDesk('importing the roster on the storage engine', (subject) => {
  it('commits a CSV of organizations, then one of people with their organizations, and reads them back', async () => {
    const { t } = subject;
    expect(await t.call('directory.importCommit', { kind: 'organizations', fileName: 'orgs.csv', contentBase64: base64(organizations) })).toMatchObject({
      created: 2,
      updated: 0,
    });
    const imported = await t.call('directory.listOrganizations', {});
    expect(imported.map((organization) => organization.name)).toEqual(['Eastside Youth Drop-in', 'Lane County Child Welfare']);
    expect(imported[0]?.qualities.traumaInformed).toBe(true);

    const result = await t.call('directory.importCommit', { kind: 'people', fileName: 'people.csv', contentBase64: base64(people) });
    expect(result).toEqual({ created: 3, updated: 0, skipped: 0, problems: 0, organizationsCreated: 1 });
    const members = await t.call('directory.listMembers', {});
    expect(members.map((member) => member.shownName).sort()).toEqual(['Ana Muñoz', 'J. (youth advisor)', 'Rosa Ortiz']);
    expect(JSON.stringify(members)).not.toContain('Jordan Secret-Name');
    const legalAid = (await t.call('directory.listOrganizations', {})).find((organization) => organization.name === 'Kestrel Legal Aid');
    expect(legalAid?.primaryRepresentative?.displayName).toBe('Rosa Ortiz');
    const ana = members.find((member) => member.shownName === 'Ana Muñoz');
    const detail = await t.call('directory.getMember', { id: ana?.id ?? '' });
    expect(detail.organization?.name).toBe('Lane County Child Welfare');
    expect(detail.history.map((entry) => entry.action)).toEqual(['created']);

    const again = await t.call('directory.importCommit', {
      kind: 'people',
      fileName: 'people.csv',
      contentBase64: base64(people.replace('ana@example.org,primary', 'ana@example.org,alternate')),
      duplicates: 'update',
    });
    expect(again).toMatchObject({ created: 0, updated: 3 });
    expect((await t.call('directory.getMember', { id: ana?.id ?? '' })).member.representativeRole).toBe('alternate');
  });

  it('refuses a file with problem rows, and a file that is not text, changing nothing', async () => {
    const { t } = subject;
    await t.call('directory.importCommit', { kind: 'organizations', fileName: 'orgs.csv', contentBase64: base64(organizations) });
    const before = await directoryState(subject);

    const refused = await t.fail('directory.importCommit', {
      kind: 'organizations',
      fileName: 'bad.csv',
      contentBase64: base64(csvFixture('two-bad-rows-organizations.csv')),
    });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.fieldErrors?.rows?.[0]).toMatch(/^Row 3:/);
    const notText = await t.fail('directory.importCommit', {
      kind: 'members',
      fileName: 'photo.csv',
      contentBase64: base64(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])),
    });
    expect(notText.code).toBe('VALIDATION');

    expect(await directoryState(subject)).toEqual(before);
  });

  it('a cancelled import job leaves nothing behind, and the same file imports in full afterwards', async () => {
    const { t } = subject;
    const before = await directoryState(subject);
    const events: ImportJobStatus[] = [];
    let cancelled: Promise<ImportJobStatus> | null = null;
    const ended = new Promise<ImportJobStatus>((resolve) =>
      t.desk.events.subscribe((event: AppEvent) => {
        if (event.type !== 'import.job') return;
        events.push(event.status);
        if (event.status.state !== 'running') resolve(event.status);
        else cancelled ??= new Promise((answer) => setImmediate(() => answer(t.call('directory.importCancel', { jobId: event.jobId }))));
      }),
    );
    const { jobId } = await t.call('directory.importStart', agencies(600));
    expect(await ended).toEqual({ state: 'cancelled' });
    expect(await cancelled).toEqual({ state: 'cancelled' });
    expect(await t.call('directory.importJob', { jobId })).toEqual({ state: 'cancelled' });
    expect(events.some((status) => status.state === 'running' && status.progress.phase === 'writing')).toBe(false);
    expect(await directoryState(subject)).toEqual(before);

    expect(await t.call('directory.importCommit', agencies(600))).toMatchObject({ created: 600 });
  });

  it('reports the import job’s progress through both phases to its result', async () => {
    const { t } = subject;
    const percents: number[] = [];
    const ended = new Promise<ImportJobStatus>((resolve) =>
      t.desk.events.subscribe((event: AppEvent) => {
        if (event.type !== 'import.job') return;
        if (event.status.state === 'running') percents.push(event.status.progress.percent);
        else resolve(event.status);
      }),
    );
    await t.call('directory.importStart', agencies(500));
    expect(await ended).toMatchObject({ state: 'finished', result: { created: 500 } });
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
    const organizations = await t.call('directory.listOrganizations', {});
    expect(organizations).toHaveLength(500);
    // Written many at a time, each organization still has its search document and its own history entry.
    const found = await t.call('search.global', { query: 'Agency 437 of Lane', limit: 5 });
    expect(found.map((hit) => hit.title)).toEqual(['Agency 437 of Lane County']);
    const detail = await t.call('directory.getOrganization', { id: organizations[499]!.id });
    expect(detail.history).toEqual([expect.objectContaining({ action: 'created', changes: expect.objectContaining({ name: detail.organization.name }) })]);
  });
});
