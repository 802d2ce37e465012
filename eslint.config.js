import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layers of src, lowest first: a file may import its own layer and those below it. */
const LAYERS = ['domain', 'lib', 'catalog', 'state', 'components', 'feature', 'app'];
/** Folders outside the layers: the mock server and the shared test helpers, for tests and the mock mode. */
const SUPPORT = ['mocks', 'test'];

/** Libraries that tie code to the UI runtime; src/domain must stay free of them. */
const UI_RUNTIME = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  '@tanstack/*',
  'recharts',
  'msw',
  'msw/*',
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'playwright-report', 'test-results', 'public', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Type-aware rules that catch real bugs: promises nobody awaits or handles, promises where a
      // boolean or a void callback is expected, awaiting what is not a promise, objects turned into
      // "[object Object]", switches that miss a case, assertions that change nothing.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        // A Playwright locator prints as its selector, which is what a failure message should name.
        { allowNumber: true, allow: [{ name: 'Locator', from: 'package', package: 'playwright-core' }] },
      ],
      '@typescript-eslint/restrict-plus-operands': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never raw HTML.' },
      ],
    },
  },
  {
    // Plain JavaScript (this file, small Node scripts) is outside the TypeScript project.
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The domain layer is pure: no UI libraries, no DOM globals.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: UI_RUNTIME, message: 'src/domain is pure: no React, zustand, react-query, recharts or msw.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'fetch'],
    },
  },
  {
    // Imports run down the layers only (domain < catalog < state < components < features < app),
    // and a feature folder never reaches into another one: shared pieces move down a layer.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        ...[...LAYERS, ...SUPPORT]
          .filter((layer) => layer !== 'feature')
          .map((layer) => ({ type: layer, pattern: `src/${layer}` })),
      ],
      'boundaries/files': [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: 'Imports run down the layers: domain < lib < catalog < state < components < features < app.',
          policies: [
            ...LAYERS.map((layer, at) => ({
              from: { element: { type: layer } },
              allow: { to: { element: { types: { anyOf: LAYERS.slice(0, at + 1).filter((l) => l !== 'feature') } } } },
            })),
            {
              from: { element: { type: 'feature' } },
              allow: {
                to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } },
              },
            },
            // The composition root starts the mocks in the mock mode; they build on the catalog's parsing.
            {
              from: { element: { type: 'app' } },
              allow: { to: { element: { types: { anyOf: ['feature', 'mocks'] } } } },
            },
            {
              from: { element: { type: 'mocks' } },
              allow: { to: { element: { types: { anyOf: ['domain', 'catalog', 'mocks'] } } } },
            },
            // Tests may reach any layer, the mocks and the shared test helpers.
            {
              from: { file: { categories: 'test' } },
              allow: { to: { element: { types: { anyOf: [...LAYERS, ...SUPPORT] } } } },
            },
            {
              from: { element: { type: 'test' } },
              allow: { to: { element: { types: { anyOf: [...LAYERS, ...SUPPORT] } } } },
            },
          ],
        },
      ],
    },
  },
);
