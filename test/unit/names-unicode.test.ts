import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textMessages } from '../../shared/textRules';
import { organizationInput, memberInput } from './support/directoryInputs';
import { PASSPHRASE, createTestWorkspace, tempDir, testDesk } from './support/testDesk';

const LONE_SURROGATE = 'River\uD800side';
const badNames: Array<[string, string, (label: string) => string]> = [
  ['a lone surrogate', LONE_SURROGATE, textMessages.brokenCharacter],
  ['a right-to-left override', 'Riverside \u202Efdp.exe', textMessages.disguising],
  ['a left-to-right isolate', 'Riverside \u2066Coalition', textMessages.disguising],
  ['a zero-width space', 'River\u200Bside', textMessages.disguising],
  ['a zero-width joiner', 'River\u200Dside', textMessages.disguising],
  ['a word joiner', 'River\u2060side', textMessages.disguising],
  ['a byte-order mark', 'River\uFEFFside', textMessages.disguising],
  ['a line break', 'River\nside', textMessages.notOneLine],
  ['a NUL', 'River\u0000side', textMessages.notOneLine],
  ['a C1 control', 'River\u0085side', textMessages.notOneLine],
];

describe('names hold one line of visible, well-formed text', () => {
  it.each(badNames)('a coalition name with %s is refused with a message, and no workspace folder is made', async (_what, name, message) => {
    const t = testDesk();
    const location = tempDir();
    const error = await t.fail('workspace.create', { name, jurisdiction: { state: 'Oregon', region: '' }, passphrase: PASSPHRASE, location });
    expect(error).toEqual({ code: 'VALIDATION', message: expect.any(String), fieldErrors: { name: [message('Coalition name')] } });
    expect(fs.readdirSync(location)).toEqual([]);
    expect(fs.existsSync(path.join(t.dataDir, 'workspaces'))).toBe(false);
  });

  it('refuses bad names in the directory, meetings and action items, and nothing is written', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    for (const [, name, message] of badNames) {
      expect(await t.fail('directory.createOrganization', organizationInput({ name }))).toMatchObject({
        code: 'VALIDATION',
        fieldErrors: { name: [message('Name')] },
      });
      expect(await t.fail('directory.createMember', memberInput({ fullName: name }))).toMatchObject({
        code: 'VALIDATION',
        fieldErrors: { fullName: [message('Full name')] },
      });
      expect(await t.fail('directory.createMember', memberInput({ displayName: name }))).toMatchObject({
        code: 'VALIDATION',
        fieldErrors: { displayName: [message('Display name')] },
      });
      expect(await t.fail('workgroups.create', { name })).toMatchObject({ code: 'VALIDATION', fieldErrors: { name: [message('Name')] } });
      expect(await t.fail('actions.create', { title: name })).toMatchObject({ code: 'VALIDATION', fieldErrors: { title: [message('Title')] } });
    }
    expect(await t.call('directory.listOrganizations', { includeArchived: true })).toEqual([]);
    expect(await t.call('directory.listMembers', { includeArchived: true })).toEqual([]);
    expect(await t.call('workgroups.list', { includeArchived: true })).toEqual([]);
  });

  it('lets free text keep line breaks, but never a lone surrogate', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    const notes = 'First line\nSecond line\twith a tab';
    expect((await t.call('directory.createOrganization', organizationInput({ notes }))).notes).toBe(notes);
    expect(await t.fail('directory.createOrganization', organizationInput({ name: 'Second', notes: LONE_SURROGATE }))).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { notes: [textMessages.brokenCharacter('Notes')] },
    });
    expect(await t.fail('workspace.unlock', { path: `/tmp/${LONE_SURROGATE}.coalition`, passphrase: PASSPHRASE })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { path: [textMessages.brokenCharacter('The path')] },
    });
    expect((await t.call('directory.listOrganizations', { includeArchived: true })).map((organization) => organization.name)).toEqual([
      'Lane County Child Welfare',
    ]);
  });
});
