import { describe, expect, it } from 'vitest';
import { insertDirectoryDataset } from '../../bench/directoryDataset';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { withStoredDatabase } from './support/directoryInputs';
import { actionItemsCoalition } from './support/meetingRows';

describe('member and organization pickers search on the host (issue 11)', () => {
  it('offers the first members by family name, narrows by the words of the name (the last one as typed so far), and marks archived ones', async () => {
    const { t, members } = await actionItemsCoalition();
    const labels = async (query: string, limit = 20) => (await t.call('directory.pickMembers', { query, limit })).options.map((option) => option.label);
    // By family name: "Ann Former", "Youth Advisor J", "Rosa Muñoz", "Ben Okafor".
    expect(await labels('')).toEqual(['Ann Former', 'Youth Advisor J', 'Rosa Muñoz', 'Ben Okafor']);
    expect(await labels('', 2)).toEqual(['Ann Former', 'Youth Advisor J']);
    expect(await labels('mun')).toEqual(['Rosa Muñoz']);
    expect(await labels('ROSA MU')).toEqual(['Rosa Muñoz']);
    expect(await labels('youth adv')).toEqual(['Youth Advisor J']);
    const former = (await t.call('directory.pickMembers', { query: 'ann' })).options;
    expect(former).toEqual([{ id: members.former.id, label: 'Ann Former', detail: 'Lane County Child Welfare', archived: true }]);
    const active = await t.call('directory.pickMembers', { query: '', activeOnly: true, chosenId: members.former.id });
    expect(active.options.map((option) => option.label)).toEqual(['Youth Advisor J', 'Rosa Muñoz', 'Ben Okafor']);
    expect(active.chosen?.label).toBe('Ann Former');
    // Only the name is searched: not emails, and never the full name a protected identity hides.
    expect(await labels('example')).toEqual([]);
    expect(await labels('jordan')).toEqual([]);
    expect(await labels('hidden')).toEqual([]);
  });

  it('returns the chosen record by id, so its name shows without the list', async () => {
    const { t, members, organizations } = await actionItemsCoalition();
    expect((await t.call('directory.pickMembers', { query: 'zzz', chosenId: members.ben.id })).chosen).toEqual({
      id: members.ben.id,
      label: 'Ben Okafor',
      detail: 'Eugene Police Department',
      archived: false,
    });
    expect((await t.call('directory.pickOrganizations', { chosenId: organizations.police.id })).chosen?.label).toBe('Eugene Police Department');
    expect((await t.call('directory.pickOrganizations', { chosenId: members.ben.id })).chosen).toBeNull();
  });

  it('offers organizations by name', async () => {
    const { t } = await actionItemsCoalition();
    const labels = async (query: string) => (await t.call('directory.pickOrganizations', { query })).options.map((option) => option.label);
    expect(await labels('')).toEqual(['Eugene Police Department', 'Lane County Child Welfare']);
    expect(await labels('child wel')).toEqual(['Lane County Child Welfare']);
    expect(await labels('police dep')).toEqual(['Eugene Police Department']);
  });

  it('offers nothing for text that holds no word, and never fails on search syntax', async () => {
    const { t } = await actionItemsCoalition();
    for (const query of ['%', '"', '*', ')', '(', 'NEAR(', '{title}', 'title:', 'AND', '-', '^r', "'; DROP TABLE members; --"]) {
      for (const channel of ['directory.pickMembers', 'directory.pickOrganizations'] as const) {
        const { options } = await t.call(channel, { query });
        expect(
          options.every((option) => option.label.toLowerCase().includes(query.replace(/\W/g, '').toLowerCase())),
          `${channel} ${query}`,
        ).toBe(true);
      }
    }
    expect((await t.call('directory.pickMembers', { query: '%' })).options).toEqual([]);
    expect((await t.fail('directory.pickMembers', { query: 'a', limit: 1000 })).code).toBe('VALIDATION');
    expect((await t.fail('directory.pickMembers', { chosenId: 'rosa' })).code).toBe('VALIDATION');
  });

  it('sends a page of options from a directory of 5,000 members, not the directory', async () => {
    const { t, workspace } = await actionItemsCoalition();
    await withStoredDatabase(t, workspace.path, (db) =>
      insertDirectoryDataset(sqlcipherEngine(db), { organizations: 1000, members: 5000 }, t.clock.now.toISOString()),
    );
    const first = await t.call('directory.pickMembers', {});
    expect(first.options).toHaveLength(20);
    const named = await t.call('directory.pickMembers', { query: 'zoe bjo', limit: 100 });
    expect(named.options.length).toBeGreaterThan(0);
    expect(named.options.every((option) => /^Zoë Björk \d+$/.test(option.label))).toBe(true);
    expect((await t.call('directory.pickOrganizations', { query: 'harbor', limit: 10 })).options).toHaveLength(10);
  });
});
