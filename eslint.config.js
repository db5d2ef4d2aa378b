import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Raw HTML from strings is how user data becomes markup; the app never needs it. */
const NO_RAW_HTML = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render with JSX; raw HTML is not allowed.',
  },
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Build DOM nodes or JSX instead of assigning HTML strings.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Build DOM nodes or JSX instead of inserting HTML strings.',
  },
];

/** Focused or skipped tests hide failures. */
const NO_FOCUSED_TESTS = ['only', 'skip', 'todo'].flatMap((property) =>
  ['it', 'test', 'describe'].map((object) => ({
    object,
    property,
    message: `${object}.${property} leaves tests out of the run.`,
  })),
);

/**
 * The app's layering, as import rules. The app reaches the engine only through its public
 * entries; no view imports another view (a view is one flat folder, `app/views/<id>/`); the
 * shared layers import no view at all. Shared pieces belong in `app/components/`.
 */
const ENGINE_ENTRIES_ONLY = {
  regex: '(^|/)engine/(?!(index|params)$)',
  message: 'Import the engine through engine/index.ts (or engine/params.ts for URL constants).',
};
const NO_OTHER_VIEW = {
  regex: '^\\.\\./(?!\\.\\.)|(^|/)views/',
  message:
    'A view imports no other view and not the registry; move what views share to app/components/.',
};
const NO_VIEW = {
  regex: '(^|/)views(/|$)',
  message: 'components/, shell/, store/ and url/ import no view; App.tsx wires the registry in.',
};
const restrictImports = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...NO_RAW_HTML],
      'no-restricted-properties': ['error', ...NO_FOCUSED_TESTS],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...restrictImports(ENGINE_ENTRIES_ONLY) },
  },
  {
    files: ['app/views/*/**/*.{ts,tsx}'],
    rules: restrictImports(ENGINE_ENTRIES_ONLY, NO_OTHER_VIEW),
  },
  {
    files: ['app/{components,shell,store,url}/**/*.{ts,tsx}'],
    rules: restrictImports(ENGINE_ENTRIES_ONLY, NO_VIEW),
  },
  {
    // Every spec takes `test` from e2e/support/test.ts, which fails a test on any CSP violation.
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: 'Import test and expect from ./support/test (it checks the CSP).',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine is pure: plain data in, plain data out. No DOM, no React, no store, no app code.
    files: ['engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'katex', 'd3-selection'].map((name) => ({
            name,
            message: 'engine/ is pure TypeScript: no UI or state libraries.',
          })),
          patterns: [
            {
              group: ['**/app/**', '../app', 'react-dom/*', 'zustand/*', 'd3-*'],
              message: 'engine/ must not depend on app code or UI libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'location',
      ],
    },
  },
);
