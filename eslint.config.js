import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pureFolders = ['src/model/**', 'src/engine/**', 'src/scene/**'];

export default tseslint.config(
  { ignores: ['dist', '.e2e-dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // model/, engine/ and scene/ run unchanged in the worker, in Node and in tests.
    files: pureFolders,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*'],
              message: 'model/, engine/ and scene/ are pure TypeScript.',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'model/, engine/ and scene/ must run in the browser too.',
            },
            {
              group: ['**/store/**', '**/canvas/**', '**/panels/**', '**/app/**', '**/io/**', '**/worker/**'],
              message: 'Pure layers import only model/ (and engine/, scene/).',
            },
          ],
        },
      ],
    },
  },
);
