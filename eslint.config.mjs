// ESLint: typescript-eslint + react-hooks, and the layering rules of STYLE.md enforced by tooling.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { dshRules } from './scripts/eslint/feature-imports.mjs';

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

/**
 * Only renderer/db/ writes to tables: everywhere else a write goes through a repository, which validates it,
 * records its audit event and lets the sync outbox see it in the same transaction. Caught: a write method
 * called on `db.<table>` (or `ctx.db.<table>`, `this.db.<table>`) and on a collection read from one
 * (`db.<table>.where(…).modify(…)`). Reads (`get`, `where`, `toArray`…) and other objects' `delete` are fine.
 */
const TABLE_WRITE = '/^(add|bulkAdd|put|bulkPut|update|bulkUpdate|upsert|delete|bulkDelete|clear|modify)$/';
const DB = "[name='db']";
const tableWrites = [
  `CallExpression[callee.property.name=${TABLE_WRITE}][callee.object.type='MemberExpression'][callee.object.object.name='db']`,
  `CallExpression[callee.property.name=${TABLE_WRITE}][callee.object.type='MemberExpression'][callee.object.object.property.name='db']`,
  `CallExpression[callee.property.name=${TABLE_WRITE}][callee.object.type='CallExpression'] > MemberExpression.callee Identifier${DB}`,
].map((selector) => ({
  selector,
  message: 'Only renderer/db/ writes to tables: call a repository (renderer/db/repositories/) instead.',
}));

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

/**
 * The imports from one feature into another that remain: a screen that embeds another feature's panel or
 * dialog, and the conflict screen naming the fields of other features' forms. Each is a known debt (issue 19);
 * the list only shrinks: a new crossing fails lint. Written `importer -> imported` from renderer/ on.
 */
const CROSS_FEATURE_IMPORTS_LEFT = [
  'renderer/features/calendar/week/WeekView.tsx -> renderer/features/forecast/WeekForecast',
  'renderer/features/dashboard/DashboardPage.tsx -> renderer/features/setup/SetupReminder',
  'renderer/features/dashboard/DashboardPage.tsx -> renderer/features/forecast/ForecastPanel',
  'renderer/features/palette/PaletteLauncher.tsx -> renderer/features/backups/use-backup-actions',
  'renderer/features/projects/ProjectPage.tsx -> renderer/features/certificates/ExportProjectRecordButton',
  'renderer/features/projects/ProjectPage.tsx -> renderer/features/certificates/RetentionPanel',
  'renderer/features/projects/ProjectsPage.tsx -> renderer/features/certificates/ExportRegisterCsvButton',
  'renderer/features/projects/stages/access/MemberStepDialog.tsx -> renderer/features/calendar/CalendarDialog',
  'renderer/features/projects/stages/active/ProjectBookings.tsx -> renderer/features/calendar/model/calendar-paths',
  'renderer/features/projects/stages/active/ProjectBookings.tsx -> renderer/features/calendar/plan/BookSeveralDialog',
  'renderer/features/projects/stages/setup/MembersTraining.tsx -> renderer/features/people/training/TrainingRecords',
  'renderer/features/team/field-labels.ts -> renderer/features/calendar/settings/SessionTemplateForm',
  'renderer/features/team/field-labels.ts -> renderer/features/people/PersonForm',
  'renderer/features/team/field-labels.ts -> renderer/features/people/training/TrainingRecordForm',
  'renderer/features/team/field-labels.ts -> renderer/features/settings/ApplicationForm',
  'renderer/features/team/field-labels.ts -> renderer/features/settings/ConnectionTypeForm',
  'renderer/features/team/field-labels.ts -> renderer/features/settings/StaffMemberForm',
];

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
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: { 'no-restricted-syntax': ['error', ...tableWrites] },
  },
  {
    // A feature imports nothing from another feature: what several need lives in components/ or app/.
    files: ['renderer/features/**/*.{ts,tsx}'],
    plugins: { dsh: dshRules },
    rules: { 'dsh/no-cross-feature-imports': ['error', { allow: CROSS_FEATURE_IMPORTS_LEFT }] },
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
