import { describe, expect, it } from 'vitest';
import { type ActionQuery, actionQuerySchema } from '../../shared/contract';
import { readActionItemIds } from '../../main/db/actionItemQuery';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { dueDatesOn } from '../../main/services/actionItemsDueDates';
import { withStoredDatabase } from './support/directoryInputs';
import { coalitionWithItems } from './support/actionItemRows';
import { deskWithItems } from './support/deskActionItems';
import { describeEachDesk } from './support/eachDesk';
import type { TestDesk } from './support/testDesk';

async function titles(t: TestDesk, query: ActionQuery) {
  const result = await t.call('actions.query', { sort: { field: 'title', direction: 'asc' }, ...query });
  expect(result.total).toBe(result.rows.length);
  return result.rows.map((row) => row.title);
}

describeEachDesk('the action items list', (subject) => {
  it('filters by status, owner, organization, sector, workgroup, meeting, due state and text', async () => {
    const { t, members, organizations, workgroupId, meetingId } = await deskWithItems(subject);
    expect(await titles(t, { statuses: ['blocked', 'in-progress'] })).toEqual(['Screening form', 'Training dates']);
    expect(await titles(t, { ownerId: members.ben.id })).toEqual(['Screening form', 'Training dates']);
    expect(await titles(t, { organizationId: organizations.welfare.id })).toEqual(['Done late', 'Old survey', 'Overdue report']);
    expect(await titles(t, { sector: 'law-enforcement-justice' })).toEqual(['Screening form', 'Training dates']);
    expect(await titles(t, { workgroupId })).toEqual(['Done late', 'Old survey', 'Overdue report', 'Shelter beds report', 'Youth panel']);
    expect(await titles(t, { sourceMeetingId: meetingId })).toEqual(['Screening form', 'Shelter beds report']);
    expect(await titles(t, { overdue: true })).toEqual(['Overdue report', 'Shelter beds report']);
    expect(await titles(t, { dueThisWeek: true })).toEqual(['Screening form', 'Shelter beds report']);
    expect(await titles(t, { text: 'REPORT' })).toEqual(['Overdue report', 'Shelter beds report']);
    expect(await titles(t, { text: '100%' })).toEqual(['Youth panel']);
    expect(await titles(t, { text: '%' })).toEqual([]);
    expect(await titles(t, { text: 'shelt' })).toEqual(['Shelter beds report']);
    expect(await titles(t, { organizationId: organizations.welfare.id, statuses: ['open'] })).toEqual(['Overdue report']);
    expect(await titles(t, { workgroupId, overdue: true, text: 'shelter' })).toEqual(['Shelter beds report']);
  });

  it('marks overdue and due-soon rows from today in the coalition time zone', async () => {
    const { t, ids } = await deskWithItems(subject);
    const flags = async () => {
      const { rows } = await t.call('actions.query', { sort: { field: 'title', direction: 'asc' } });
      return Object.fromEntries(rows.map((row) => [row.title, [row.overdue, row.dueSoon]]));
    };
    expect(await flags()).toMatchObject({
      'Overdue report': [true, false],
      'Screening form': [false, true],
      'Training dates': [false, true],
      'Youth panel': [false, false],
      'Done late': [false, false],
      'Old survey': [false, false],
      'Find a venue': [false, false],
    });

    // 06:30 UTC on the 7th is still the 6th in Los Angeles: "Screening form" (due the 6th) is due today, not overdue.
    t.clock.now = new Date('2026-03-07T06:30:00Z');
    expect((await t.call('actions.get', { id: ids.thisWeek })).item).toMatchObject({ overdue: false, dueSoon: true });
    await t.call('preferences.setTimeZone', { timeZone: 'UTC' });
    expect((await t.call('actions.get', { id: ids.thisWeek })).item).toMatchObject({ overdue: true, dueSoon: false });
  });

  it('sorts by each field with empty values last, and puts "my" items first', async () => {
    const { t, members } = await deskWithItems(subject);
    const order = async (query: ActionQuery) => (await t.call('actions.query', query)).rows.map((row) => row.title);
    expect(await order({})).toEqual([
      'Done late',
      'Overdue report',
      'Old survey',
      'Shelter beds report',
      'Screening form',
      'Training dates',
      'Youth panel',
      'Find a venue',
    ]);
    expect(await order({ sort: { field: 'dueOn', direction: 'desc' } })).toEqual([
      'Youth panel',
      'Training dates',
      'Screening form',
      'Shelter beds report',
      'Old survey',
      'Overdue report',
      'Done late',
      'Find a venue',
    ]);
    expect((await order({ sort: { field: 'priority', direction: 'asc' } })).slice(0, 1)).toEqual(['Overdue report']);
    expect((await order({ sort: { field: 'priority', direction: 'desc' } })).slice(0, 1)).toEqual(['Training dates']);
    expect(await order({ sort: { field: 'status', direction: 'asc' }, statuses: ['cancelled', 'blocked', 'done'] })).toEqual([
      'Training dates',
      'Done late',
      'Old survey',
    ]);
    expect(await order({ sort: { field: 'organizationName', direction: 'asc' }, statuses: ['open'] })).toEqual([
      'Overdue report',
      'Youth panel',
      'Find a venue',
      'Shelter beds report',
    ]);
    expect((await order({ sort: { field: 'ownerName', direction: 'desc' } })).at(-1)).toBe('Find a venue');
    expect((await order({ sort: { field: 'createdAt', direction: 'desc' } })).slice(0, 2)).toEqual(['Shelter beds report', 'Old survey']);
    expect(await order({ mineFirst: members.ben.id })).toEqual([
      'Screening form',
      'Training dates',
      'Done late',
      'Overdue report',
      'Old survey',
      'Shelter beds report',
      'Youth panel',
      'Find a venue',
    ]);
  });

  it('groups by owner or organization over the whole filtered set, pages through rows, and counts the total', async () => {
    const { t, members, organizations } = await deskWithItems(subject);
    const byOwner = await t.call('actions.query', { groupBy: 'owner', limit: 3, offset: 2 });
    expect(byOwner.total).toBe(8);
    expect(byOwner.groups).toEqual([
      // By family name: "J", Muñoz, Okafor.
      { key: members.advisor.id, label: 'Youth Advisor J', count: 2, overdue: 1 },
      { key: members.rosa.id, label: 'Rosa Muñoz', count: 3, overdue: 1 },
      { key: members.ben.id, label: 'Ben Okafor', count: 2, overdue: 0 },
      { key: null, label: 'No owner', count: 1, overdue: 0 },
    ]);
    expect(byOwner.rows.map((row) => row.title)).toEqual(['Done late', 'Overdue report', 'Old survey']);

    const byOrganization = await t.call('actions.query', { groupBy: 'organization', statuses: ['open', 'in-progress', 'blocked'], limit: 100 });
    expect(byOrganization.groups).toEqual([
      { key: organizations.police.id, label: 'Eugene Police Department', count: 2, overdue: 0 },
      { key: organizations.welfare.id, label: 'Lane County Child Welfare', count: 1, overdue: 1 },
      { key: null, label: 'No organization', count: 3, overdue: 1 },
    ]);
    expect(byOrganization.rows.map((row) => row.organizationName)).toEqual([
      'Eugene Police Department',
      'Eugene Police Department',
      'Lane County Child Welfare',
      null,
      null,
      null,
    ]);
    expect((await t.call('actions.query', { offset: 100 })).rows).toEqual([]);

    const byOwnerAcross = await t.call('actions.query', { groupBy: 'owner', limit: 3, offset: 4 });
    expect(byOwnerAcross.rows.map((row) => row.title)).toEqual(['Old survey', 'Screening form', 'Training dates']);
    expect((await t.call('actions.query', { groupBy: 'owner', limit: 5, offset: 6 })).rows.map((row) => row.title)).toEqual(['Training dates', 'Find a venue']);

    const mineFirst = await t.call('actions.query', { groupBy: 'owner', mineFirst: members.rosa.id });
    expect(mineFirst.groups.map((group) => group.label)).toEqual(['Rosa Muñoz', 'Youth Advisor J', 'Ben Okafor', 'No owner']);
    expect(mineFirst.rows.map((row) => row.ownerName)).toEqual([
      'Rosa Muñoz',
      'Rosa Muñoz',
      'Rosa Muñoz',
      'Youth Advisor J',
      'Youth Advisor J',
      'Ben Okafor',
      'Ben Okafor',
      null,
    ]);
  });

  it('pages through grouped rows in the same order as one long page', async () => {
    const { t, members } = await deskWithItems(subject);
    for (const query of [
      { groupBy: 'owner', sort: { field: 'priority', direction: 'desc' } },
      { groupBy: 'organization', sort: { field: 'title', direction: 'asc' }, mineFirst: members.advisor.id },
      { groupBy: 'organization', statuses: ['open', 'done'] },
    ] satisfies ActionQuery[]) {
      const whole = (await t.call('actions.query', query)).rows.map((row) => row.id);
      const paged = [];
      for (let offset = 0; offset < whole.length; offset += 3)
        paged.push(...(await t.call('actions.query', { ...query, offset, limit: 3 })).rows.map((row) => row.id));
      expect(paged).toEqual(whole);
    }
  });

  it('refuses malformed queries', async () => {
    const { t } = await deskWithItems(subject);
    expect((await t.fail('actions.query', { limit: 0 })).code).toBe('VALIDATION');
    expect((await t.fail('actions.query', { sort: { field: 'details', direction: 'asc' } })).code).toBe('VALIDATION');
    expect((await t.fail('actions.query', { ownerId: 'rosa' })).code).toBe('VALIDATION');
    expect((await t.fail('actions.query', { orderBy: 'title; DROP TABLE action_items' })).code).toBe('VALIDATION');
    expect((await t.call('actions.query', { text: "'; DROP TABLE action_items; --" })).total).toBe(0);
    expect((await t.call('actions.query', {})).total).toBe(8);
  });
});

describeEachDesk('the dashboard counts and the daily notice', (subject) => {
  it('counts open, overdue and due-soon items, by organization', async () => {
    const { t, organizations } = await deskWithItems(subject);
    expect(await t.call('actions.counts', {})).toEqual({
      open: 6,
      overdue: 2,
      dueSoon: 2,
      byOrganization: [
        { organizationId: organizations.police.id, organizationName: 'Eugene Police Department', open: 2, overdue: 0 },
        { organizationId: organizations.welfare.id, organizationName: 'Lane County Child Welfare', open: 1, overdue: 1 },
        { organizationId: null, organizationName: 'No organization', open: 3, overdue: 1 },
      ],
    });
  });

  it('announces once per calendar day, and only when something is overdue or due soon', async () => {
    const { t, members, ids } = await deskWithItems(subject);
    await t.call('preferences.setMyMember', { memberId: members.ben.id });
    expect(await t.call('actions.takeDueNotice', {})).toEqual({ announce: true, overdue: 2, dueSoon: 2, mine: 2 });
    expect(await t.call('actions.takeDueNotice', {})).toMatchObject({ announce: false, overdue: 2 });
    t.clock.advance(24 * 60 * 60 * 1000);
    expect((await t.call('actions.takeDueNotice', {})).announce).toBe(true);

    await t.call('actions.bulkSetStatus', { ids: Object.values(ids), status: 'done' });
    t.clock.advance(24 * 60 * 60 * 1000);
    expect(await t.call('actions.takeDueNotice', {})).toEqual({ announce: false, overdue: 0, dueSoon: 0, mine: 0 });
  });
});

// The exports read on the desktop's synchronous connection (their worker), so this one runs on SQLCipher.
describe('the action items export order', () => {
  it('gives exports every selected row in the page order, in one sorted read', async () => {
    const { t, workspace, members } = await coalitionWithItems();
    for (const query of [
      { sort: { field: 'dueOn', direction: 'asc' } },
      { sort: { field: 'ownerName', direction: 'desc' }, mineFirst: members.ben.id },
      { statuses: ['open', 'blocked'], sort: { field: 'priority', direction: 'asc' } },
    ] satisfies ActionQuery[]) {
      const page = (await t.call('actions.query', query)).rows.map((row) => row.id);
      const parsed = actionQuerySchema.parse(query);
      const all = await withStoredDatabase(t, workspace.path, (db) => readActionItemIds(sqlcipherEngine(db).db, parsed, dueDatesOn('2026-03-04')));
      expect(all).toEqual(page);
    }
  });
});
