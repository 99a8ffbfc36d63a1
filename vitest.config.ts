import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [{ find: /^@duban\/(core|storage|services|api|cli)$/, replacement: src('$1') }],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every JSON answer of the HTTP suites is checked against its route's response schema (packages/api/src/response-check.ts).
    env: { DUBAN_CHECK_RESPONSES: '1' },
  },
});
