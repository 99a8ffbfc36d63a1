// Lint rules, including the layer boundaries: dependencies point inward only
// (core ← storage ← services ← api/cli ← web). A layer may not import an outer one.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { noCrossPackageRelative } from './scripts/eslint/no-cross-package-relative.js';

const outer = (...names) =>
  names.map((n) => ({ group: [`@duban/${n}`, `@duban/${n}/*`], message: `inner layers must not import @duban/${n}` }));
// Every Node built-in by its bare name (crypto, fs/promises, …); the 'node:*' pattern covers the prefixed forms.
const builtins = builtinModules.filter((m) => !m.startsWith('node:'));
// Exact names (a gitignore-style pattern 'domain' would also match core's own ./domain folder).
const builtinPaths = (message) => builtins.map((name) => ({ name, message }));
const io = [
  { group: ['node:*'], message: 'core is pure: no Node built-ins (no I/O)' },
  { group: ['kysely', 'better-sqlite3', 'pg', 'fastify', '@fastify/*'], message: 'core is pure: no database or HTTP' },
];
const sqlDrivers = { group: ['kysely', 'better-sqlite3', 'pg'], message: 'SQL lives in @duban/storage only' };
// Query building outside storage (ctx.db.selectFrom(…) needs no import of kysely, so the import rule cannot see it).
const queryBuilding = {
  selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom)$/]',
  message: 'SQL lives in @duban/storage only: add a repository function there',
};

const htmlFromData = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'no HTML from strings: render text nodes' },
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'no HTML from strings: use textContent or React' },
  {
    selector:
      "CallExpression[callee.property.name='insertAdjacentHTML'], CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'no HTML from strings',
  },
  {
    selector: 'TemplateElement[value.raw=/<\\s*\\/?\\s*[a-zA-Z]/]',
    message: 'no markup in template strings: tooltips go through tooltipHtml (components/tooltip-html.ts)',
  },
  {
    selector: 'Literal[value=/<\\s*\\/?\\s*(br|div|span|img|meta|p|b|a|table|script|iframe)\\b/i]',
    message: 'no markup in strings: tooltips go through tooltipHtml (components/tooltip-html.ts)',
  },
  {
    selector: "Property[key.name='tooltip'] > ObjectExpression > Property[key.name='formatter'] > :function",
    message: 'tooltip formatters come from chart-tooltips.ts and escape their data (tooltipHtml)',
  },
];

export default tseslint.config(
  // lint-fixtures hold code that must FAIL these rules (packages/api/test/lint-rules.test.ts lints them on purpose).
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'coverage/**',
      'packages/web/dist/**',
      'test-results/**',
      'packages/api/test/lint-fixtures/**',
    ],
  },
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
    files: ['packages/*/src/**/*.{ts,tsx}', 'packages/*/test/**/*.{ts,tsx}'],
    plugins: { duban: { rules: { 'no-cross-package-relative': noCrossPackageRelative } } },
    rules: { 'duban/no-cross-package-relative': 'error' },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinPaths('core is pure: no Node built-ins (no I/O)'),
          patterns: [...io, ...outer('storage', 'services', 'api', 'cli', 'web')],
        },
      ],
    },
  },
  {
    files: ['packages/storage/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: outer('services', 'api', 'cli', 'web') }] },
  },
  {
    files: ['packages/services/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...outer('api', 'cli', 'web'),
            sqlDrivers,
            { group: ['fastify', '@fastify/*'], message: 'services know nothing of HTTP' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', queryBuilding],
    },
  },
  {
    files: ['packages/api/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...outer('storage', 'cli', 'web'),
            { group: ['kysely', 'better-sqlite3', 'pg'], message: 'the API reaches data only through services' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', queryBuilding],
    },
  },
  {
    // The CLI is the composition root: it may open, migrate and back up the database through @duban/storage, but
    // writes no SQL of its own and never reaches the web app.
    files: ['packages/cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...outer('web'), sqlDrivers] }],
      'no-restricted-syntax': ['error', queryBuilding],
    },
  },
  // Tests keep the layer order too: a test uses its own package and inner ones (their test support included) —
  // storage's, to set up schemas, is fine — never an outer package, by name or by a relative path.
  ...[
    ['core', ['storage', 'services', 'api', 'cli', 'web']],
    ['storage', ['services', 'api', 'cli', 'web']],
    ['services', ['api', 'cli', 'web']],
    ['api', ['cli', 'web']],
  ].map(([pkg, outerNames]) => ({
    files: [`packages/${pkg}/test/**/*.{ts,tsx}`, `packages/${pkg}/src/**/*.test.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...outer(...outerNames),
            ...outerNames.map((n) => ({
              group: [`**/${n}/src/**`, `**/${n}/test/**`],
              message: `tests of ${pkg} must not reach into packages/${n} (an outer layer)`,
            })),
          ],
        },
      ],
    },
  })),
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': 'off',
      // Output encoding: no HTML built from data (ECharts tooltip formatters return HTML; they use tooltipHtml).
      'no-restricted-syntax': ['error', ...htmlFromData],
      // Type-only imports of core (its response types); a runtime import would bundle server code into the app.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: builtinPaths('the web app runs in the browser'),
          patterns: [
            ...outer('storage', 'services', 'api', 'cli'),
            { group: ['node:*'], message: 'the web app runs in the browser' },
            {
              group: ['@duban/core', '@duban/core/*'],
              allowTypeImports: true,
              message: 'the web app imports only types from @duban/core (use `import type`)',
            },
          ],
        },
      ],
    },
  },
);
