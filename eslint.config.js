// Lint, including the layering rule: the folders are the layers, and an import that crosses
// them the wrong way is refused with a message that says where the code belongs instead.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettierConfig from 'eslint-config-prettier';
import { layeringPlugin } from './scripts/lint/layering.mjs';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'worker_threads'];

const layer = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

// One date style everywhere (issue 10): dates are written for people only through shared/dateFormat.ts, which
// follows the style chosen in Settings; ISO dates for machines (toISOString, toISODate) stay allowed anywhere.
const dateFormatting =
  'Write dates through shared/dateFormat.ts (formatDate, formatDateTime, formatMeetingWhen…), so they follow the date style chosen in Settings.';
const directDateFormatting = {
  'no-restricted-syntax': [
    'error',
    { selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)String$/]', message: dateFormatting },
    { selector: "MemberExpression[object.name='Intl'][property.name=/^(DateTimeFormat|RelativeTimeFormat)$/]", message: dateFormatting },
    // luxon: its preset formats, toLocaleString with options, and toFormat other than the stored wall-clock shape.
    { selector: "MemberExpression[object.name='DateTime'][property.name=/^(DATE|DATETIME|TIME)_/]", message: dateFormatting },
    { selector: "CallExpression[callee.property.name='toLocaleString'][arguments.0.type='ObjectExpression']", message: dateFormatting },
    { selector: "CallExpression[callee.property.name='toFormat']:not([arguments.0.name='WALL_CLOCK'])", message: dateFormatting },
  ],
};

// Exports and stored words write dates in the style the workspace chose, which the caller passes in: the default
// style there would print some dates in another style than the rest (issue 10).
const exportDateFormatting = {
  'no-restricted-syntax': [
    ...directDateFormatting['no-restricted-syntax'],
    {
      selector: "Identifier[name='DEFAULT_DATE_STYLE']",
      message: 'Exports take the date style chosen in Settings (readPreferences(db).dateStyle) from their caller; never the default.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'native/**', 'test-results/**', 'playwright-report/**', '.build-cache/**', '.dev/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Services and repositories are async on the storage engine (issue 12): a promise nobody awaits is a write that
    // may land outside its transaction, or an error nobody sees.
    files: ['main/**/*.ts', 'test/unit/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer([
      { group: ['**/main/**', '**/renderer/**'], message: 'shared/ imports nothing of ours: move the code both sides need into shared/.' },
      { group: ['electron', ...nodeBuiltins], message: 'shared/ is pure TypeScript (no Node, no DOM, no electron): put platform code in main/ or renderer/.' },
    ]),
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: layer([
      { group: ['electron'], message: 'Only main/electron/ may import electron: put the Electron-specific part there and pass it in (see HostServices).' },
      { group: ['**/renderer/**'], message: 'main/ never imports the renderer: share types and schemas through shared/.' },
    ]),
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: layer([{ group: ['**/renderer/**'], message: 'main/ never imports the renderer: share types and schemas through shared/.' }]),
  },
  {
    files: ['shared/**/*.ts', 'main/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['shared/dateFormat.ts'],
    rules: directDateFormatting,
  },
  {
    files: ['main/export/**/*.ts', 'main/meetings/**/*.ts'],
    rules: exportDateFormatting,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer([
        { group: ['**/main/**'], message: 'The renderer never imports main/: call the main process through renderer/api.ts and the contract in shared/.' },
        { group: ['electron', ...nodeBuiltins], message: 'The renderer is sandboxed: no Node or electron. Ask the main process through renderer/api.ts.' },
      ]),
    },
  },
  {
    // How code may depend on code (scripts/lint/layering.mjs): main/'s layers, the renderer's feature levels, no cycles.
    files: ['shared/**/*.ts', 'main/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { layering: layeringPlugin },
    rules: { 'layering/layers': 'error', 'layering/no-import-cycles': 'error' },
  },
  // Layout is Prettier's (`npm run format`; `npm run lint` checks it): no lint rule argues with it.
  prettierConfig,
);
