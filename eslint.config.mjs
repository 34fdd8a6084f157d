import js from '@eslint/js';
import sdl from '@microsoft/eslint-plugin-sdl';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'module',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];

/** Import boundaries: the folder says where code runs, and this says what it may see. */
const boundary = (message, groups, extraPaths = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [...extraPaths.map((name) => ({ name, message }))],
      patterns: groups.map((group) => ({ group, message })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'release/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      'resources/**',
      'testing/corpus/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/only-throw-error': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  ...sdl.configs.recommended,
  {
    // sdl's Angular/React-specific and Node rules that misfire on our code are tuned here, not disabled wholesale.
    rules: {
      '@microsoft/sdl/no-insecure-url': [
        'error',
        {
          exceptions: [
            '^http://127\\.0\\.0\\.1',
            '^http://localhost',
            '^http://x$',
            '^http://www\\.w3\\.org/',
            '^http://purl\\.org/',
            '^http://example\\.',
            '^http://$',
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: boundary(
      'shared/ is pure TypeScript: no Node, DOM, Electron or other Glossator folders',
      [
        ['node:*'],
        ['**/electron/**', '**/renderer/**', '**/server/**'],
        ['react', 'react-dom', 'dexie', 'electron'],
      ],
      NODE_BUILTINS,
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary(
        'the renderer reaches main only through renderer/src/api; it never imports Node, Electron or server code',
        [['node:*'], ['**/electron/**', '**/server/**']],
        [...NODE_BUILTINS, 'electron'],
      ),
    },
  },
  {
    files: ['renderer/src/**/*.ts', 'renderer/src/**/*.tsx'],
    ignores: ['renderer/src/api/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'glossator',
          message: 'use renderer/src/api, never window.glossator',
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: boundary(
      'the server never imports renderer or electron code',
      [['**/renderer/**', '**/electron/**']],
      ['electron'],
    ),
  },
  {
    files: ['electron/**/*.ts'],
    rules: boundary('electron/ never imports renderer or server code', [
      ['**/renderer/**', '**/server/**'],
    ]),
  },
  {
    // Tests feed hostile and insecure URLs on purpose, to prove they are refused.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: { '@microsoft/sdl/no-insecure-url': 'off' },
  },
);
