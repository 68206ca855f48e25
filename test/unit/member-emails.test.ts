import { describe, expect, it } from 'vitest';
import { MOVED_EMAIL_NOTE } from '../../main/db/migrations/0140-emails-case-insensitive';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { memberInput, withStoredDatabase } from './support/directoryInputs';
import { addDeskMember, archiveDeskMember } from './support/deskDirectory';
import { describeEachDesk } from './support/eachDesk';
import { rewindSqliteSchema } from './support/rewindSchema';
import { PASSPHRASE, createTestWorkspace, testDesk, withDatabaseFile } from './support/testDesk';

const base64 = (text: string) => Buffer.from(text).toString('base64');

describeEachDesk('a member’s email is their own, capitals aside', (subject) => {
  it('refuses a second member with the same address in other capitals, naming who has it, and saves nothing', async () => {
    const { t } = subject;
    const ana = await addDeskMember(subject, { fullName: 'Ana López', email: 'Ana@x.org' });
    const refused = await t.fail('directory.createMember', memberInput({ fullName: 'Ana Lopez', email: 'ana@X.org' }));
    expect(refused).toMatchObject({ code: 'CONFLICT', fieldErrors: { email: [expect.stringContaining('Ana López already has the email ana@X.org')] } });
    expect((await t.call('directory.listMembers', {})).map((member) => member.id)).toEqual([ana.id]);

    const rosa = await addDeskMember(subject, { fullName: 'Rosa Muñoz', email: 'rosa@x.org' });
    const moved = await t.fail('directory.updateMember', { ...memberInput({ fullName: 'Rosa Muñoz', email: 'ANA@X.ORG' }), id: rosa.id });
    expect(moved.code).toBe('CONFLICT');
    expect(moved.message).toContain('Ana López');
    expect((await t.call('directory.getMember', { id: rosa.id })).member.email).toBe('rosa@x.org');
    // Saving a member with their own address in other capitals is fine.
    expect((await t.call('directory.updateMember', { ...memberInput({ fullName: 'Ana López', email: 'ana@x.org' }), id: ana.id })).email).toBe('ana@x.org');
  });

  it('frees an archived member’s address, and refuses to restore them while someone else has it', async () => {
    const { t } = subject;
    const first = await addDeskMember(subject, { fullName: 'Ben Okafor', email: 'ben@x.org' });
    await archiveDeskMember(subject, first.id);
    const second = await addDeskMember(subject, { fullName: 'Ben Okafor Jr', email: 'BEN@x.org' });
    const refused = await t.fail('directory.restoreMember', { id: first.id });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Ben Okafor Jr already has the email') });
    await archiveDeskMember(subject, second.id);
    expect((await t.call('directory.restoreMember', { id: first.id })).archivedAt).toBeNull();
  });

  it('the import treats Ana@x.org and ana@x.org as the same person, in the file and in the directory', async () => {
    const { t } = subject;
    const ana = await addDeskMember(subject, { fullName: 'Ana López', email: 'ana@x.org' });
    const file = ['Full name,Email,Title', 'Ana Lopez,ANA@X.ORG,Coordinator', 'Cy Park,cy@x.org,', 'Cyrus Park,CY@x.org,'].join('\n');
    const request = { kind: 'members' as const, fileName: 'members.csv', contentBase64: base64(file) };
    const preview = await t.call('directory.importPreview', { ...request, duplicates: 'update' });
    expect(preview.rows.map((row) => row.status)).toEqual(['update', 'new', 'duplicate']);

    expect(await t.call('directory.importCommit', { ...request, duplicates: 'update' })).toMatchObject({ created: 1, updated: 1, skipped: 1 });
    const members = await t.call('directory.listMembers', {});
    expect(members).toHaveLength(2);
    expect(members.find((member) => member.id === ana.id)).toMatchObject({ email: 'ANA@X.ORG', title: 'Coordinator' });
    expect(members.find((member) => member.id !== ana.id)).toMatchObject({ fullName: 'Cy Park', email: 'cy@x.org' });
  });
});

describe('upgrading a workspace that already holds the same email twice', () => {
  it('keeps the address on the earliest member and moves it into the later ones’ notes, losing nothing', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const earliest = await t.call('directory.createMember', memberInput({ fullName: 'Ana López', email: 'ana@x.org' }));
    const later = await t.call(
      'directory.createMember',
      memberInput({ fullName: 'Ana Lopez', email: 'ana.lopez@x.org', notes: 'Met at the spring training.' }),
    );
    const hidden = await t.call(
      'directory.createMember',
      memberInput({ fullName: 'Jordan Secret-Name', displayName: 'J.', email: 'j@x.org', protectedIdentity: true }),
    );
    const archived = await t.call('directory.createMember', memberInput({ fullName: 'Ana Old', email: 'old@x.org' }));
    await t.call('directory.archiveMember', { id: archived.id });
    await t.call('workspace.lock', {});
    const files = workspaceFiles(workspace.path);
    await withDatabaseFile(files, (db) => {
      rewindSqliteSchema(db, 130);
      // As an older app let them be saved.
      const setEmail = db.prepare('UPDATE members SET email = ? WHERE id = ?');
      setEmail.run('Ana@X.org', later.id);
      setEmail.run('ANA@x.org', hidden.id);
      setEmail.run('ana@x.org', archived.id);
    });

    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    const stored = await withStoredDatabase(
      t,
      workspace.path,
      (db) => db.prepare('SELECT id, email, notes FROM members ORDER BY created_at, id').all() as Array<{ id: string; email: string; notes: string }>,
    );
    expect(stored).toEqual([
      { id: earliest.id, email: 'ana@x.org', notes: '' },
      { id: later.id, email: '', notes: `Met at the spring training.\n\n${MOVED_EMAIL_NOTE}Ana@X.org` },
      { id: hidden.id, email: '', notes: `${MOVED_EMAIL_NOTE}ANA@x.org` },
      { id: archived.id, email: 'ana@x.org', notes: '' },
    ]);
    expect((await t.call('workspace.listBackups', { path: workspace.path })).map((backup) => backup.reason)).toContain('before-migration');
    expect((await t.fail('directory.updateMember', { ...memberInput({ fullName: 'Ana Lopez', email: 'ana@x.org' }), id: later.id })).code).toBe('CONFLICT');
  });
});
