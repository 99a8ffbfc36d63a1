// Lint rules, including the layer boundaries: dependencies point inward only
// (core ← storage ← services ← api/cli ← web). A layer may not import an outer one.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const outer = (...names) => names.map((n) => ({ group: [`@duban/${n}`, `@duban/${n}/*`], message: `inner layers must not import @duban/${n}` }));
const io = [
  { group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'os'], message: 'core is pure: no I/O' },
  { group: ['kysely', 'better-sqlite3', 'pg', 'fastify', '@fastify/*'], message: 'core is pure: no database or HTTP' },
];

const htmlFromData = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'no HTML from strings: render text nodes' },
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'no HTML from strings: use textContent or React' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML'], CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'no HTML from strings' },
  { selector: 'TemplateElement[value.raw=/<\\s*\\/?\\s*[a-zA-Z]/]', message: 'no markup in template strings: tooltips go through tooltipHtml (components/tooltip-html.ts)' },
  { selector: 'Literal[value=/<\\s*\\/?\\s*(br|div|span|img|meta|p|b|a|table|script|iframe)\\b/i]', message: 'no markup in strings: tooltips go through tooltipHtml (components/tooltip-html.ts)' },
  { selector: "Property[key.name='tooltip'] > ObjectExpression > Property[key.name='formatter'] > :function", message: 'tooltip formatters come from chart-tooltips.ts and escape their data (tooltipHtml)' },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'coverage/**', 'packages/web/dist/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...io, ...outer('storage', 'services', 'api', 'cli', 'web')] }] },
  },
  {
    files: ['packages/storage/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: outer('services', 'api', 'cli', 'web') }] },
  },
  {
    files: ['packages/services/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...outer('api', 'cli', 'web'), { group: ['fastify', '@fastify/*'], message: 'services know nothing of HTTP' }] }] },
  },
  {
    files: ['packages/api/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...outer('storage', 'cli', 'web'), { group: ['kysely', 'better-sqlite3', 'pg'], message: 'the API reaches data only through services' }] }] },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...outer('storage', 'services', 'api', 'cli'), { group: ['node:*'], message: 'the web app runs in the browser' }] }],
      // Output encoding: no HTML built from data (ECharts tooltip formatters return HTML; they use tooltipHtml).
      'no-restricted-syntax': ['error', ...htmlFromData],
    },
  },
);
