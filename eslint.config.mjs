import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'screenshots/',
      'node_modules/',
      '**/__snapshots__/',
      'bench/dist/',
      'bench/node_modules/',
      'bench/pages/',
      'examples/*/dist/',
      'examples/*/node_modules/',
      'src/builder/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { wc: { elementBaseClasses: ['LitElement', 'LedeElement'] } },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        structuredClone: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
      },
    },
  },
  {
    // The example apps, and the checks scripts/examples.mjs runs in their pages, run in the browser.
    files: ['examples/**', 'scripts/examples/checks.mjs'],
    languageOptions: {
      globals: { document: 'readonly', window: 'readonly', customElements: 'readonly' },
    },
  },
  {
    // The benchmark's charts run in the browser.
    files: ['bench/d3/**', 'bench/echarts/**', 'bench/shared.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        CustomEvent: 'readonly',
        ResizeObserver: 'readonly',
      },
    },
  },
  {
    files: ['**/*.test.ts', 'src/core/test-helpers/**'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
