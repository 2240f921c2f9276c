import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folder boundaries from STYLE.md: each entry says what a folder must never import. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const BROWSER = { group: ['wxt/browser', 'webextension-polyfill', 'wxt/utils/*'], message: 'No browser APIs in this folder.' };
const IDB = { group: ['idb', '**/lib/db', '**/lib/db/*', '../db', '../db/*'], message: 'Only the background opens the database.' };
const REACT = { group: ['react', 'react-dom', 'react-dom/*', '**/components/*'], message: 'No UI in this folder.' };
const SITES = { group: ['**/lib/sites', '**/lib/sites/*', '../sites', '../sites/*'], message: 'Components never read pages.' };
const MESSAGING = { group: ['**/lib/messaging/*', '../messaging', '../messaging/*'], message: 'Site adapters are pure.' };
/**
 * Code that ends up in a content script runs on every LinkedIn and Gmail page: no zod (the
 * protocol's schemas, lib/model's zod files) and no webextension-polyfill. Types are fine.
 */
const LIGHT_MESSAGE = 'Content scripts stay light: import types only, or a zod-free module (lib/messaging/unchecked, lib/model/sanitise-prospect, …).';
const LIGHT = [
  {
    group: ['zod', 'wxt/browser', 'webextension-polyfill', 'react', 'react-dom', 'react-dom/*', '**/messaging/client', '**/messaging/envelope', '**/messaging/handle', '**/messaging/protocol', '**/messaging/protocol/*'],
    allowTypeImports: true,
    message: LIGHT_MESSAGE,
  },
  // lib/model is zod but for these few files.
  { regex: '(^|/)model(/index|/(?!(identity|sanitise-prospect|bant-keys|prospect-limits)$)[^/]+)?$', allowTypeImports: true, message: LIGHT_MESSAGE },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tour-screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Page text is untrusted: render it as text.' }, { property: 'outerHTML', message: 'Never build HTML from data.' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is untrusted: render it as text.' }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.tsx', 'lib/content/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/incompatible-library': 'off' },
  },
  { files: ['lib/model/**', 'lib/scoring/**', 'lib/pipeline/**'], rules: restrict([BROWSER, IDB, REACT, SITES, MESSAGING]) },
  { files: ['lib/model/**', 'lib/scoring/**', 'lib/pipeline/**'], rules: { 'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser'], 'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Take `now` as a parameter.' }] } },
  { files: ['lib/sites/**'], rules: { ...restrict([BROWSER, IDB, REACT, MESSAGING]), 'no-restricted-globals': ['error', 'document', 'window', 'location', 'chrome', 'browser'] } },
  { files: ['lib/io/**'], rules: restrict([BROWSER, IDB, REACT, SITES, MESSAGING]) },
  { files: ['lib/messaging/**'], rules: restrict([IDB, REACT, SITES]) },
  { files: ['lib/db/**'], rules: restrict([BROWSER, REACT, SITES, MESSAGING]) },
  { files: ['components/**'], rules: restrict([BROWSER, IDB, SITES]) },
  { files: ['lib/content/**'], rules: restrict([IDB]) },
  { files: ['lib/content/**', 'lib/sites/**', 'entrypoints/*.content/**'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: LIGHT }] } },
  { files: ['entrypoints/**/*.content/**', 'entrypoints/popup/**', 'entrypoints/options/**'], rules: restrict([IDB]) },
  {
    files: ['tests/**'],
    // Test code evaluates in extension pages and workers, where `chrome` is the API.
    languageOptions: { globals: { chrome: 'readonly' } },
    rules: { 'no-restricted-imports': 'off', 'no-restricted-properties': 'off' },
  },
);
