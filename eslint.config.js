// Lint config. The import-boundary zones are the point: analyses stay pure (no store, server, cli
// or web), the model depends on nothing above it, and the store never reaches up into server/cli.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'bench/results', 'test-output', 'neo4j-local/target'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/analyses',
              from: ['./src/store', './src/server', './src/cli', './web'],
              message: 'Analyses are pure functions over the graph.',
            },
            {
              target: './src/model',
              from: ['./src/analyses', './src/store', './src/server', './src/cli', './web'],
              message: 'The model depends on nothing above it.',
            },
            {
              target: './src/store',
              from: ['./src/server', './src/cli', './web'],
              message: 'The store does not know its callers.',
            },
            { target: './src/server', from: ['./src/cli', './web'] },
            {
              target: './src/scenarios',
              from: ['./src/store', './src/server', './src/cli', './web'],
              message: 'Scenarios are pure operations on a graph.',
            },
            { target: './src/interchange', from: ['./src/server', './src/cli', './web'] },
            { target: './src/coverage', from: ['./src/store', './src/server', './src/cli', './web'] },
            {
              target: './src/reports',
              from: ['./src/store', './src/server', './src/cli'],
              message: 'Reports are built from the graph and the analyses, for any caller.',
            },
            {
              target: './src/render',
              from: ['./src/analyses', './src/store', './src/server', './src/cli', './src/reports', './web'],
              message: 'The SVG renderer is shared with the viewer: it depends on nothing but its input.',
            },
            {
              target: './src/contract',
              from: [
                './src/store',
                './src/server',
                './src/cli',
                './src/interchange',
                './src/synthetic',
                './web',
              ],
              message: 'The API contract describes responses; it knows neither the server nor the viewer.',
            },
            {
              target: './src/workspace',
              from: ['./src/server', './src/cli', './web'],
              message: 'The workspace is storage and change sets; the server and CLI compose it.',
            },
            {
              target: './src/advisor',
              from: ['./src/store', './src/server', './src/cli', './web'],
              message: 'The advisor is pure search over a graph.',
            },
            {
              target: './web',
              from: [
                './src/analyses',
                './src/store',
                './src/server',
                './src/cli',
                './src/synthetic',
                './src/reports',
                './src/scenarios',
                './src/interchange',
              ],
              message:
                'The viewer talks to the API; it shares only the model (types, vocabulary, labels) and the response contract (src/contract).',
            },
          ],
        },
      ],
    },
  },
  {
    // The viewer imports the SVG renderer: no Node built-ins there.
    files: ['src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'os', 'url', 'buffer'],
              message: 'src/render runs in the browser too.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly' } },
  },
);
