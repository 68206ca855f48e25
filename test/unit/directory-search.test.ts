import { expect, it } from 'vitest';
import { memberInput, organizationInput } from './support/directoryInputs';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';

async function deskWithDirectory({ t }: DeskUnderTest) {
  const organization = await t.call(
    'directory.createOrganization',
    organizationInput({ name: 'Casa Esperanza', sector: 'runaway-homeless-youth', jurisdiction: 'Lane County' }),
  );
  const member = await t.call('directory.createMember', memberInput({ organizationId: organization.id, title: 'Outreach lead' }));
  return { t, organization, member };
}

describeEachDesk('global search across the directory', (subject) => {
  it('finds "Muñoz" by "munoz" and by a prefix, with a subtitle and highlighted snippet', async () => {
    const { t, member } = await deskWithDirectory(subject);
    for (const query of ['munoz', 'MUNO', 'rosa mu']) {
      expect(await t.call('search.global', { query })).toEqual([
        {
          kind: 'member',
          id: member.id,
          title: 'Rosa Muñoz',
          subtitle: 'Outreach lead · Casa Esperanza',
          snippet: expect.stringContaining('\u0002Muñoz\u0003'),
          meetingId: null,
        },
      ]);
    }
  });

  it('finds organizations by sector label and jurisdiction, and members by their organization; leaves archived ones out', async () => {
    const { t, organization } = await deskWithDirectory(subject);
    const [hit] = await t.call('search.global', { query: 'homeless' });
    expect(hit).toMatchObject({ kind: 'organization', id: organization.id, subtitle: 'Runaway and homeless youth services · Lane County' });
    expect((await t.call('search.global', { query: 'esperanza' })).map((result) => result.kind).sort()).toEqual(['member', 'organization']);
    await t.call('directory.updateOrganization', { ...organization, name: 'Casa Nueva' });
    expect((await t.call('search.global', { query: 'nueva' })).map((result) => result.kind).sort()).toEqual(['member', 'organization']);
    expect(await t.call('search.global', { query: 'esperanza' })).toEqual([]);
    await t.call('directory.archiveOrganization', { id: organization.id });
    expect((await t.call('search.global', { query: 'nueva' })).map((result) => result.kind)).toEqual(['member']);
  });

  it('treats operators, quotes and punctuation as text and never fails', async () => {
    const { t } = await deskWithDirectory(subject);
    const hostile = [
      '"',
      '(',
      ')',
      'NEAR(',
      'NEAR(rosa munoz',
      '*',
      'AND',
      'OR',
      'NOT',
      'rosa AND',
      '"rosa',
      "'; DROP TABLE members; --",
      '🙂',
      '🙂 rosa',
      '-',
      '^rosa',
      'title:rosa',
      '{title}: rosa',
      '\u0303',
      'munoz*',
    ];
    for (const query of hostile) {
      const result = await t.desk.router.invoke('search.global', { query });
      expect(result.ok, query).toBe(true);
    }
    expect(await t.call('search.global', { query: '"' })).toEqual([]);
    expect((await t.call('search.global', { query: '🙂 rosa' })).map((hit) => hit.title)).toEqual(['Rosa Muñoz']);
    expect((await t.call('directory.listMembers', {})).length).toBe(1);
  });
});
