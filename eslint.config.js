// ESLint flat config: typescript-eslint's type-aware recommended rules, React hooks rules for the
// renderer, and the architecture (which folder may import which) as no-restricted-imports.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Relative imports reaching into one of our top-level folders, e.g. '../../db/open.js'. */
const into = (...folders) => ({
  regex: `^(\\.\\.?/)+(${folders.join('|')})(/|$)`,
  message: `Architecture: this folder must not import ${folders.map((f) => `${f}/`).join(' or ')} (see docs/architecture.md: renderer → shared, db → shared, electron → db, shared).`,
});
const electronModule = {
  name: 'electron',
  message: "Architecture: only electron/ may import 'electron'.",
};
const electronSubpaths = { group: ['electron/*'], message: electronModule.message };
const nodeOnly = (folder) =>
  ['better-sqlite3', 'drizzle-orm'].map((name) => ({ name, message: `${folder} also runs in the browser: the database is reached only through window.keyplan.` }));

/** One no-restricted-imports per folder: rule options do not merge across config objects, so each lists everything. */
const restrict = (files, { paths = [], patterns = [] }) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths: [electronModule, ...paths], patterns: [electronSubpaths, ...patterns] }],
  },
});

export default defineConfig(
  {
    ignores: ['dist/', 'release/', 'out/', 'node_modules/', 'db/migrations/', 'test-results/', 'docs/', '.native-electron/', '.cache/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // React's event props accept async handlers (e.g. react-hook-form's handleSubmit); other misuses stay errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Flags zustand actions and i18next's `t` taken out of their objects, which are plain closures.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  { files: ['electron/**', 'db/**', 'test/**', 'bench/**', '*.ts'], languageOptions: { globals: globals.node } },

  // Architecture. Everything outside electron/ is kept away from 'electron'.
  restrict(['**/*.{ts,tsx,js,mjs,cjs}'], {}),
  restrict(['shared/**'], { paths: nodeOnly('shared/'), patterns: [into('db', 'electron', 'renderer')] }),
  restrict(['renderer/**'], { paths: nodeOnly('renderer/'), patterns: [into('db', 'electron')] }),
  restrict(['db/**'], { patterns: [into('renderer', 'electron')] }),
  {
    files: ['electron/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [into('renderer')] }],
    },
  },
);
