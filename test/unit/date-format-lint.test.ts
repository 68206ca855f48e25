import { virtualFileLint } from './support/virtualFileLint';
import { describe, expect, it } from 'vitest';

const eslint = virtualFileLint;

async function dateMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message);
}

describe('the lint rule that keeps one date style', () => {
  it.each([
    ['renderer/features/example.tsx', 'export const x = new Date().toLocaleDateString();\n'],
    ['renderer/features/example.tsx', "export const x = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date());\n"],
    ['main/export/example.ts', "import { DateTime } from 'luxon';\nexport const x = DateTime.now().toLocaleString(DateTime.DATE_MED);\n"],
    ['main/export/example.ts', "import { DateTime } from 'luxon';\nexport const x = DateTime.now().toLocaleString({ month: 'short' });\n"],
    ['main/services/example.ts', "import { DateTime } from 'luxon';\nexport const x = DateTime.now().toFormat('d LLL yyyy');\n"],
    ['shared/example.ts', 'export const x = new Date().toLocaleTimeString();\n'],
  ])('refuses %s formatting a date itself', async (filePath, code) => {
    const messages = await dateMessages(filePath, code);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]).toMatch(/shared\/dateFormat\.ts/);
  });

  it('refuses the default date style in exports and stored meeting words, which take the chosen one', async () => {
    const code =
      "import { DEFAULT_DATE_STYLE, formatDate } from '../../shared/dateFormat';\nexport const x = formatDate('2026-10-27', { style: DEFAULT_DATE_STYLE });\n";
    for (const filePath of ['main/export/example.ts', 'main/meetings/example.ts'])
      expect((await dateMessages(filePath, code))[0]).toMatch(/chosen in Settings/);
    expect(await dateMessages('main/services/example.ts', code)).toEqual([]);
  });

  it('allows the shared formatter, ISO dates for machines, and numbers in the reader’s locale', async () => {
    expect(await dateMessages('shared/dateFormat.ts', "export const x = new Intl.DateTimeFormat('en-US').format(new Date());\n")).toEqual([]);
    expect(
      await dateMessages(
        'renderer/features/example.tsx',
        "import { formatDate } from '../../shared/dateFormat';\nexport const x = formatDate('2026-10-27') + new Date().toISOString();\n",
      ),
    ).toEqual([]);
    expect(await dateMessages('main/export/example.ts', "export const x = (1234).toLocaleString('en-US');\n")).toEqual([]);
  });
});
