import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'bench/results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name="mergeUpdates"]',
          message: 'Never merge untrusted Yjs updates on the main thread (yjs#687).',
        },
        {
          selector: 'CallExpression[callee.property.name="mergeUpdatesV2"]',
          message: 'Never merge untrusted Yjs updates on the main thread (yjs#687).',
        },
        {
          selector: 'CallExpression[callee.property.name="applyUpdateV2"]',
          message: 'V2 decoding of untrusted bytes can spin (yjs#687); the wire format is V1.',
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // Card text is user data: it is always rendered as text.
      'svelte/no-at-html-tags': 'error',
    },
  },
);
