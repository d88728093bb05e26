import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'url',
]

/** Shared code is reached through its alias, never by a relative path that climbs to it. */
const sharedByAlias = {
  group: ['**/shared/**'],
  message: "import shared code as '@shared/…', not by a relative path.",
}

/** Import patterns each layer may not use (STYLE.md: layers you can see). */
const layer = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
})

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'bench/results/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly',
      },
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: layer([
      {
        group: ['electron', ...nodeBuiltins],
        message: 'src/shared is pure: no electron, no node.',
      },
      {
        group: ['**/main/**', '**/renderer/**', '**/preload/**'],
        message: 'shared imports nothing above it.',
      },
    ]),
  },
  {
    files: ['server/**/*.ts'],
    rules: layer([
      {
        group: ['electron', '**/main/**', '**/renderer/**', '**/preload/**'],
        message: 'copydesk-server shares only src/shared with the app.',
      },
    ]),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer([
        {
          group: ['electron', ...nodeBuiltins],
          message: 'the renderer talks to main through window.copydesk only.',
        },
        {
          group: ['**/main/**', '**/preload/*.ts', '!**/preload/*.d.ts'],
          message: 'the renderer never imports main or preload code.',
        },
        sharedByAlias,
      ]),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/electron/**'],
    rules: layer([
      {
        group: ['electron'],
        message: 'only src/main/index.ts and src/main/electron/** import electron.',
      },
      {
        group: ['**/renderer/**', '**/preload/**'],
        message: 'main never imports renderer or preload code.',
      },
      sharedByAlias,
    ]),
  },
  {
    files: ['src/main/index.ts', 'src/main/electron/**/*.ts'],
    rules: layer([
      {
        group: ['**/renderer/**', '**/preload/**'],
        message: 'main never imports renderer or preload code.',
      },
      sharedByAlias,
    ]),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: layer([
      {
        group: ['**/main/**', '**/renderer/**', ...nodeBuiltins],
        message: 'the preload sees only electron and src/shared.',
      },
      sharedByAlias,
    ]),
  },
)
