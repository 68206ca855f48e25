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

async function ruleMessages(filePath: string, code: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === ruleId).map((message) => message.message);
}

describe('the layers of main/ and the levels of the renderer features (scripts/lint/layering.mjs)', () => {
  it.each([
    ['main/db/example.ts', "import { openOptions } from '../services/serviceContext';\nexport const x = openOptions;\n", /main\/db holds the SQL/],
    ['main/db/example.ts', "import { normalizeKey } from '../import/normalizeKey';\nexport const x = normalizeKey;\n", /main\/db holds the SQL/],
    ['main/export/example.ts', "import { openPlainDatabase } from '../db/openDatabase';\nexport const x = openPlainDatabase;\n", /main\/export writes files/],
    [
      'main/services/example.ts',
      "import { browserHostServices } from '../app/hostServices';\nexport const x = browserHostServices;\n",
      /Services know no host/,
    ],
    [
      'renderer/features/actions/example.ts',
      "import { AttendancePanel } from '../attendance/AttendancePanel';\nexport const x = AttendancePanel;\n",
      /level 2\) may import features of lower levels only, and features\/attendance is level 2/,
    ],
    [
      'renderer/features/directory/deeper/example.ts',
      "import { ActionItemsPage } from '../../actions/ActionItemsPage';\nexport const x = ActionItemsPage;\n",
      /features\/directory \(level 1\).*features\/actions is level 2/,
    ],
    [
      'renderer/components/example.ts',
      "import { useMembers } from '../features/directory/directoryQueries';\nexport const x = useMembers;\n",
      /renderer\/components is below the features/,
    ],
  ])('refuses %s importing across a layer', async (filePath, code, expected) => {
    const messages = await ruleMessages(filePath, code, 'layering/layers');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(expected);
  });

  it('allows a feature to import a lower level, and the layers their own and lower folders', async () => {
    expect(
      await ruleMessages(
        'renderer/features/meetings/example.ts',
        "import { useMembers } from '../directory/directoryQueries';\nexport const x = useMembers;\n",
        'layering/layers',
      ),
    ).toEqual([]);
    expect(
      await ruleMessages(
        'renderer/features/actions/example.ts',
        "import { ActionStatusChip } from './ActionStatusChip';\nexport const x = ActionStatusChip;\n",
        'layering/layers',
      ),
    ).toEqual([]);
    expect(
      await ruleMessages(
        'main/services/example.ts',
        "import { openPlainDatabase } from '../db/openDatabase';\nexport const x = openPlainDatabase;\n",
        'layering/layers',
      ),
    ).toEqual([]);
  });

  it('names the whole chain of an import cycle, and says nothing when the imports go one way', async () => {
    const cycle = await ruleMessages(
      'shared/dataBreakdowns.ts',
      "import { dataCheckProblems } from './dataChecks';\nexport const x = dataCheckProblems;\n",
      'layering/no-import-cycles',
    );
    expect(cycle).toEqual([expect.stringContaining('Import cycle: shared/dataBreakdowns.ts -> shared/dataChecks.ts -> shared/dataBreakdowns.ts.')]);
    expect(
      await ruleMessages(
        'shared/dataChecks.ts',
        "import { breakdownById } from './dataBreakdowns';\nexport const x = breakdownById;\n",
        'layering/no-import-cycles',
      ),
    ).toEqual([]);
  });
});
