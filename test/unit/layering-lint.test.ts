import { virtualFileLint } from './support/virtualFileLint';
import { describe, expect, it } from 'vitest';

const eslint = virtualFileLint;

async function layeringMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the layering lint rule', () => {
  it.each([
    ['shared/example.ts', "import { logError } from '../main/log';\nexport const x = logError;\n", /shared\/ imports nothing of ours/],
    ['shared/example.ts', "import fs from 'node:fs';\nexport const x = fs;\n", /pure TypeScript/],
    ['main/services/example.ts', "import { app } from 'electron';\nexport const x = app;\n", /Only main\/electron\//],
    ['main/services/example.ts', "import { App } from '../../renderer/App';\nexport const x = App;\n", /never imports the renderer/],
    ['renderer/example.ts', "import { logError } from '../main/log';\nexport const x = logError;\n", /never imports main\//],
    ['renderer/example.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", /sandboxed/],
  ])('refuses %s importing across layers', async (filePath, code, expected) => {
    const messages = await layeringMessages(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(expected);
  });

  it('allows the imports the layers are meant to have', async () => {
    expect(await layeringMessages('main/electron/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([]);
    expect(await layeringMessages('renderer/example.ts', "import { contract } from '../shared/contract';\nexport const x = contract;\n")).toEqual([]);
    expect(await layeringMessages('main/services/example.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toEqual([]);
  });
});
