import { describe, expect, it } from 'vitest';
import { insertDirectoryDataset } from '../../bench/directoryDataset';
import { queryMemberPage } from '../../main/db/memberPageQuery';
import { type StorageExecutor, sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { updateMember } from '../../main/db/memberStore';
import type { Db } from '../../main/db/openDatabase';
import { queryOrganizationPage } from '../../main/db/organizationPageQuery';
import { memberPageQuerySchema, organizationPageQuerySchema, type Member } from '../../shared/contract';
import { memberInput, organizationInput, withStoredDatabase } from './support/directoryInputs';
import { planOf, tracedDb, type TracedStatement } from './support/statementTrace';
import { createTestWorkspace, testDesk } from './support/testDesk';

const MEMBERS = 240;
const ORGANIZATIONS = 12;

async function deskWithDataset() {
  const t = testDesk();
  const { workspace } = await createTestWorkspace(t);
  await withStoredDatabase(t, workspace.path, (db) =>
    insertDirectoryDataset(sqlcipherEngine(db), { organizations: ORGANIZATIONS, members: MEMBERS }, '2026-03-01T12:00:00.000Z'),
  );
  return { t, workspacePath: workspace.path };
}

/** Every page of a query, one after the other, as the grid's "next page" would ask for them. */
async function allPages(
  t: Awaited<ReturnType<typeof deskWithDataset>>['t'],
  query: Record<string, unknown>,
  limit: number,
): Promise<{ rows: Member[]; totals: number[] }> {
  const rows: Member[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await t.call('directory.queryMembers', { ...query, offset, limit });
    totals.push(page.total);
    rows.push(...page.rows);
    if (page.rows.length < limit) return { rows, totals };
  }
}

describe('the Members page, a page at a time from the workspace', () => {
  it('pages through every active member in the list order, each page carrying the total', async () => {
    const { t } = await deskWithDataset();
    const everyone = await t.call('directory.listMembers', {});
    const { rows, totals } = await allPages(t, {}, 25);
    expect(rows.map((member) => member.id)).toEqual(everyone.map((member) => member.id));
    expect(new Set(totals)).toEqual(new Set([MEMBERS]));
    expect(rows.filter((member) => member.protectedIdentity).every((member) => member.fullName === null && member.email === null)).toBe(true);

    const backwards = await allPages(t, { sort: { field: 'name', direction: 'desc' } }, 100);
    expect(backwards.rows.map((member) => member.id)).toEqual(everyone.map((member) => member.id).reverse());
  });

  it('sorts by each column the grid offers, empty values last, then by name', async () => {
    const { t } = await deskWithDataset();
    const everyone = await t.call('directory.listMembers', {});
    const nameRank = new Map(everyone.map((member, index) => [member.id, index]));
    const roleOrder = ['advisor', 'chair', 'co-chair', 'coordinator', 'facilitator', 'guest', 'member', 'note-taker'];
    const { rows } = await allPages(t, { sort: { field: 'coalitionRole', direction: 'asc' } }, 100);
    const expected = [...everyone].sort(
      (a, b) => roleOrder.indexOf(a.coalitionRole) - roleOrder.indexOf(b.coalitionRole) || nameRank.get(a.id)! - nameRank.get(b.id)!,
    );
    expect(rows.map((member) => member.id)).toEqual(expected.map((member) => member.id));

    const byOrganization = (await allPages(t, { sort: { field: 'organizationName', direction: 'desc' } }, 100)).rows.map((member) => member.organizationName!);
    expect(byOrganization).toEqual([...byOrganization].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' })));
    for (const field of memberPageQuerySchema.shape.sort.unwrap().shape.field.options) {
      const page = await t.call('directory.queryMembers', { sort: { field, direction: 'desc' }, limit: 100 });
      expect(page.rows, field).toHaveLength(100);
    }
  });

  it('filters by what is typed through the full-text index (every word a prefix, accents folded), by sector, role and archive', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    const shelter = await t.call('directory.createOrganization', organizationInput({ name: 'Casa Esperanza', sector: 'runaway-homeless-youth' }));
    const police = await t.call('directory.createOrganization', organizationInput({ name: 'Riverbend Police', sector: 'law-enforcement-justice' }));
    const rosa = await t.call('directory.createMember', memberInput({ organizationId: shelter.id, title: 'Outreach lead' }));
    const hidden = await t.call(
      'directory.createMember',
      memberInput({ fullName: 'Valentina Quispe', displayName: 'Youth Advisor V', protectedIdentity: true, email: 'vq@example.org' }),
    );
    const officer = await t.call(
      'directory.createMember',
      memberInput({ fullName: 'Dana García', email: '', organizationId: police.id, coalitionRole: 'chair' }),
    );
    const names = async (query: Record<string, unknown>) => (await t.call('directory.queryMembers', query)).rows.map((member) => member.shownName);

    expect(await names({ text: 'ros mu' })).toEqual(['Rosa Muñoz']);
    expect(await names({ text: 'GARC' })).toEqual(['Dana García']);
    expect(await names({ text: 'esperanza outreach' })).toEqual(['Rosa Muñoz']);
    expect(await names({ text: 'rosa.munoz@example' })).toEqual(['Rosa Muñoz']);
    // A protected identity is found by what lists may show, never by the name or email it hides.
    expect(await names({ text: 'youth advisor' })).toEqual(['Youth Advisor V']);
    expect(await names({ text: 'valentina' })).toEqual([]);
    expect(await names({ text: 'vq' })).toEqual([]);
    expect(await names({ sector: 'law-enforcement-justice' })).toEqual(['Dana García']);
    expect(await names({ coalitionRole: 'chair' })).toEqual(['Dana García']);
    expect((await t.call('directory.queryMembers', { text: 'r' })).total).toBe(2);

    await t.call('directory.archiveMember', { id: officer.id });
    expect(await names({ text: 'garcia' })).toEqual([]);
    expect(await names({ text: 'garcia', includeArchived: true })).toEqual(['Dana García']);
    await t.call('directory.updateMember', { ...memberInput({ organizationId: shelter.id }), id: rosa.id, fullName: 'Rosa Nguyen', email: 'rosa@example.org' });
    expect(await names({ text: 'munoz' })).toEqual([]);
    expect(await names({ text: 'nguyen' })).toEqual(['Rosa Nguyen']);
    expect(hidden.shownName).toBe('Youth Advisor V');

    const hostile = ['"', 'NEAR(', '*', 'AND', "'; DROP TABLE members; --", '🙂', '{title}: rosa', '^rosa', '-'];
    for (const text of hostile) expect((await t.desk.router.invoke('directory.queryMembers', { text })).ok, text).toBe(true);
  });

  it('refuses a sort field or page size it does not offer, with a clear message', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    for (const input of [
      { sort: { field: 'email', direction: 'asc' } },
      { limit: 5000 },
      { offset: -1 },
      { text: 'x'.repeat(201) },
      { sort: { field: 'name', direction: 'sideways' } },
    ]) {
      const result = await t.desk.router.invoke('directory.queryMembers', input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});

/** What the engine's queries ran, each planned by SQLite. */
async function tracedPlans(db: Db, run: (traced: StorageExecutor) => Promise<unknown>): Promise<string[][]> {
  const seen: TracedStatement[] = [];
  const engine = sqlcipherEngine(tracedDb(db, seen));
  await run(engine.db);
  return seen.map((statement) => planOf(db, statement));
}

describe('what a page and a save cost, as SQLite plans them', () => {
  it('reads the opening view (active members by name) in index order: no sort of every member for a page', async () => {
    const { t, workspacePath } = await deskWithDataset();
    const plans = (
      await withStoredDatabase(t, workspacePath, (db) =>
        Promise.all([0, 200].map((offset) => tracedPlans(db, (traced) => queryMemberPage(traced, memberPageQuerySchema.parse({ offset, limit: 25 }))))),
      )
    ).flat();
    const pageReads = plans.filter((plan) => plan.some((step) => step.includes('members_active_by_name')));
    expect(pageReads).toHaveLength(2);
    for (const plan of plans) expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('drives a filtered page from the full-text matches, each joined to its member by key: no pass over every member', async () => {
    const { t, workspacePath } = await deskWithDataset();
    const plans = await withStoredDatabase(t, workspacePath, (db) =>
      tracedPlans(db, (traced) => queryMemberPage(traced, memberPageQuerySchema.parse({ text: 'munoz' }))),
    );
    const overMembers = plans.filter((plan) => plan.some((step) => step.includes('VIRTUAL TABLE INDEX 0:M')));
    expect(overMembers).toHaveLength(2);
    for (const plan of overMembers) {
      expect(plan[0]).toMatch(/^SCAN s VIRTUAL TABLE INDEX 0:M/);
      expect(plan.join('\n')).toMatch(/SEARCH m USING INDEX sqlite_autoindex_members_1 \(id=\?\)/);
      expect(plan.join('\n')).not.toMatch(/SCAN m\b/);
    }
  });

  it('reads an Organizations page with the members of that page only', async () => {
    const { t, workspacePath } = await deskWithDataset();
    const page = await t.call('directory.queryOrganizations', { limit: 5, sort: { field: 'memberCount', direction: 'desc' } });
    expect(page.total).toBe(ORGANIZATIONS);
    expect(page.rows.map((organization) => organization.memberCount)).toEqual(Array(5).fill(MEMBERS / ORGANIZATIONS));
    const plans = await withStoredDatabase(t, workspacePath, (db) =>
      tracedPlans(db, (traced) => queryOrganizationPage(traced, organizationPageQuerySchema.parse({ limit: 5 }))),
    );
    expect(plans.length).toBeGreaterThan(2);
    for (const plan of plans) expect(plan.join('\n')).not.toMatch(/SCAN (members|m|p)\b/);
  });

  it('saves a member by rewriting its own search document, found by rowid, never by scanning the index', async () => {
    const { t, workspacePath } = await deskWithDataset();
    const [member] = (await t.call('directory.queryMembers', { limit: 1, text: 'advisor' })).rows;
    const { revealed, plans, before, after } = await withStoredDatabase(t, workspacePath, async (db) => {
      const index = () =>
        db.prepare('SELECT rowid, kind, ref_id, title, body FROM directory_search ORDER BY rowid').all() as Array<{ rowid: number; ref_id: string }>;
      const identity = db.prepare('SELECT full_name AS fullName, email FROM members WHERE id = ?').get(member!.id) as { fullName: string; email: string };
      const indexBefore = index();
      const fields = { ...memberInput(), ...member!, fullName: identity.fullName, email: identity.email, phone: '', notes: '', displayName: 'Advisor Renamed' };
      const statements = await tracedPlans(db, (traced) => updateMember(traced, member!.id, fields, '2026-03-02T12:00:00.000Z'));
      return { revealed: identity, plans: statements, before: indexBefore, after: index() };
    });
    expect(after).toHaveLength(before.length);
    const changed = after.filter((row, position) => JSON.stringify(row) !== JSON.stringify(before[position]));
    expect(changed).toEqual([expect.objectContaining({ ref_id: member!.id, title: 'Advisor Renamed' })]);
    expect(JSON.stringify(changed)).not.toContain(revealed.fullName);
    const searchSteps = plans.flat().filter((step) => step.includes('directory_search'));
    expect(searchSteps.length).toBeGreaterThan(0);
    // FTS5 plans a read by rowid as `INDEX 0:=`; `INDEX 0:` alone is a scan of every document.
    for (const step of searchSteps) expect(step).not.toMatch(/directory_search VIRTUAL TABLE INDEX 0:$/);
  });
});
