// ESLint: typescript-eslint + react-hooks, and the layering rules of STYLE.md enforced by tooling.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'events',
];

/**
 * Focused tests (`it.only`, `test.describe.only`, `fit`, `fdescribe`…) make jest or Playwright run only
 * them and report the rest as skipped: a run that looks green while most tests never ran. Banned in tests/.
 */
const TEST_FUNCTIONS = '/^(it|test|describe|xit|xtest|xdescribe)$/';
const focusedTests = [
  ...['object', 'object.object', 'object.object.object'].map((path) => ({
    selector: `MemberExpression:matches([property.name='only'], [property.value='only'])[${path}.name=${TEST_FUNCTIONS}]`,
    message: 'A focused test (.only) runs alone and hides every other test: remove `.only`.',
  })),
  {
    selector: 'CallExpression[callee.name=/^(fit|fdescribe|ftest)$/]',
    message: 'A focused test (fit, fdescribe) runs alone and hides every other test: use it or describe.',
  },
];

/** Import bans that keep each layer in its lane. */
const layering = {
  shared: {
    patterns: [
      { group: nodeBuiltins, message: 'shared/ is pure TypeScript: no Node imports.' },
      { group: ['electron', 'electron/*'], message: 'shared/ must not import electron.' },
      {
        group: ['react', 'react-dom', 'react-dom/*', 'react-router', 'dexie', 'dexie-*'],
        message: 'shared/ holds no React or storage code.',
      },
      {
        group: ['**/renderer/**', '**/electron/**'],
        message: 'shared/ must not import from renderer/ or electron/.',
      },
    ],
  },
  renderer: {
    patterns: [
      { group: nodeBuiltins, message: 'The renderer runs sandboxed: no Node imports. Ask the host instead.' },
      {
        group: ['electron', 'electron/*'],
        message: 'The renderer never imports electron: use renderer/host.',
      },
      { group: ['**/electron/**'], message: 'The renderer must not import main-process code.' },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layering.shared] },
    languageOptions: { globals: {} },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', layering.renderer],
    },
  },
  {
    // Only the preload may touch ipcRenderer; only electron/ipc/ may touch ipcMain.
    files: ['electron/**/*.ts'],
    ignores: ['electron/preload/**', 'electron/ipc/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcRenderer'],
              message: 'ipcRenderer belongs in electron/preload only.',
            },
            { name: 'electron', importNames: ['ipcMain'], message: 'ipcMain belongs in electron/ipc only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain'], message: 'ipcMain belongs in electron/ipc only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/ipc/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcRenderer'],
              message: 'ipcRenderer belongs in electron/preload only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'tests/**/*.{ts,tsx,cjs}',
      'scripts/**/*.{ts,mjs,cjs,js}',
      'bench/**/*.{ts,mjs}',
      '*.config.{ts,mts,cjs,mjs}',
      '*.cjs',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx,js,cjs,mjs}'],
    rules: { 'no-restricted-syntax': ['error', ...focusedTests] },
  },
);
