import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { deskAudit } from './support/deskAudit';
import { memberInput, organizationInput, withStoredDatabase } from './support/directoryInputs';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';

const advisor = memberInput({
  fullName: 'Valentina Quispe-Herrera',
  displayName: 'V.',
  email: 'valentina.quispe@example.org',
  phone: '541-555-0199',
  notes: 'Prefers text messages',
  title: 'Youth advisor',
  coalitionRole: 'advisor',
  protectedIdentity: true,
});

async function deskWithAdvisor({ t }: DeskUnderTest) {
  const organization = await t.call('directory.createOrganization', organizationInput({ name: 'Survivor Advisory Board', sector: 'youth-survivors' }));
  const member = await t.call('directory.createMember', { ...advisor, organizationId: organization.id });
  return { t, organization, member };
}

describeEachDesk('a survivor advisor with a protected identity', (subject) => {
  it('appears by display name only in lists, details and the organization', async () => {
    const { t, organization, member } = await deskWithAdvisor(subject);
    const hidden = { fullName: null, email: null, phone: null, notes: null, shownName: 'V.', displayName: 'V.' };
    expect(member).toMatchObject(hidden);
    expect(await t.call('directory.listMembers', {})).toEqual([member]);
    expect((await t.call('directory.getMember', { id: member.id })).member).toMatchObject(hidden);
    expect((await t.call('directory.getOrganization', { id: organization.id })).members).toEqual([member]);
  });

  it('is revealed only on request, and each reveal is audited', async () => {
    const { t, member } = await deskWithAdvisor(subject);
    const revealed = await t.call('directory.revealMember', { id: member.id });
    expect(revealed).toEqual({ id: member.id, fullName: advisor.fullName, email: advisor.email, phone: advisor.phone, notes: advisor.notes });
    const history = (await t.call('directory.getMember', { id: member.id })).history;
    expect(history[0]).toMatchObject({ action: 'identity revealed', profile: 'tester' });
    expect(JSON.stringify(history)).not.toContain('Valentina');
  });

  it('keeps the full name and contacts out of the search index, search results and history, even after edits', async () => {
    const { t, organization, member } = await deskWithAdvisor(subject);
    await t.call('directory.updateMember', { ...advisor, fullName: 'Valentina Quispe', organizationId: organization.id, id: member.id });
    for (const query of ['Valentina', 'Quispe', 'valentina.quispe@example.org', '541-555-0199']) {
      expect(await t.call('search.global', { query })).toEqual([]);
    }
    expect((await t.call('search.global', { query: 'advisory' })).map((hit) => hit.title).sort()).toEqual(['Survivor Advisory Board', 'V.']);
    expect(JSON.stringify(await t.call('directory.getMember', { id: member.id }))).not.toMatch(/Valentina|Quispe|example\.org/);

    const index = await storedSearchDocuments(subject);
    expect(index.length).toBeGreaterThan(0);
    expect(JSON.stringify(index)).not.toMatch(/Valentina|Quispe|example\.org|0199/);
    const audit = (await deskAudit(subject)).filter((row) => row.entity === 'member');
    expect(JSON.stringify(audit)).not.toMatch(/Valentina|Quispe|example\.org|0199|text messages/);
  });
});

/** The directory's search documents as stored (the FTS5 table in the workspace file, or PostgreSQL's search table). */
async function storedSearchDocuments(subject: DeskUnderTest): Promise<unknown[]> {
  if (subject.serverEngine)
    return (await sql`SELECT kind, ref_id, title, body, document::text AS words FROM directory_search`.execute(subject.serverEngine.db)).rows;
  const { workspace } = await subject.t.call('workspace.details', {});
  return withStoredDatabase(subject.t, workspace.path, (db) => db.prepare('SELECT kind, ref_id, title, body FROM directory_search').all());
}
