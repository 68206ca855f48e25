import path from 'node:path';
import { ESLint } from 'eslint';

/**
 * The project's ESLint for code under a made-up file name (lintText). Such a file is in no TypeScript project, so the
 * type-aware rules (and the project service they need) are left out; every other rule is the project's own.
 */
export const virtualFileLint = new ESLint({
  cwd: path.resolve(import.meta.dirname, '..', '..', '..'),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});
