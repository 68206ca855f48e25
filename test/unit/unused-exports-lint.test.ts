import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unusedExports } from '../../scripts/lint/unusedExports.mjs';
import { tempDir } from './support/testDesk';

/** A small project on disk: a tsconfig over `main/` and these files. */
function projectWith(files: Record<string, string>): string {
  const root = tempDir('coalition-desk-exports-');
  fs.writeFileSync(
    path.join(root, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler', noEmit: true }, include: ['main'] }),
  );
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return path.join(root, 'tsconfig.json');
}

describe('the unused-exports check of npm run lint', () => {
  it('names each export that no file imports and its own file does not use, and nothing else', () => {
    const config = projectWith({
      'main/values.ts': [
        'export const imported = 1;',
        'export type ImportedType = { a: number };',
        'export const reExported = 2;',
        'export const usedHere = 3;',
        'export const doubled = usedHere * 2;',
        'export const leftBehind = 4;',
        'export function alsoLeftBehind(): number { return 5; }',
      ].join('\n'),
      'main/whole.ts': 'export const viaNamespace = 6;\n',
      'main/lazy.ts': 'export const viaDynamicImport = 7;\n',
      'main/index.ts': "export { reExported } from './values';\n",
      'main/user.ts': [
        "import { imported, doubled, type ImportedType } from './values';",
        "import * as whole from './whole';",
        "import { reExported } from './index';",
        'export const total: ImportedType = { a: imported + doubled + whole.viaNamespace + reExported };',
        "export const later = () => import('./lazy');",
      ].join('\n'),
      'main/entry.ts': "import { total, later } from './user';\nvoid total;\nvoid later;\n",
    });
    expect(unusedExports(config, ['main'])).toEqual(['main/values.ts: alsoLeftBehind', 'main/values.ts: leftBehind']);
  });
});
