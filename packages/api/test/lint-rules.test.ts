import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of eslint.config.js, proven: each fixture is linted as if it lived at its `lint-as` path and
// must break exactly the rule its `expect` line names (or none, for the controls). The fixtures directory is
// ignored by the normal lint run and by the type check.

const root = path.resolve(import.meta.dirname, '../../..');
const dir = path.join(import.meta.dirname, 'lint-fixtures');
const fixtures = readdirSync(dir)
  .sort()
  .map((name) => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const lintAs = /^\/\/ lint-as: (\S+)$/m.exec(text)?.[1];
    const expected = /^\/\/ expect: (\S+)$/m.exec(text)?.[1];
    if (!lintAs || !expected) throw new Error(`${name}: needs '// lint-as: <path>' and '// expect: <rule|none>' lines`);
    return { name, text, lintAs, expected };
  });

describe('lint rules', () => {
  const eslint = new ESLint({ cwd: root });

  it('has fixtures for every boundary', () => {
    expect(new Set(fixtures.map((f) => f.expected))).toEqual(
      new Set([
        'no-restricted-imports',
        'no-restricted-syntax',
        'duban/no-cross-package-relative',
        '@typescript-eslint/no-restricted-imports',
        'react-hooks/rules-of-hooks',
        'react-hooks/exhaustive-deps',
        'none',
      ]),
    );
  });

  it('keeps the fixtures out of the normal lint run', async () => {
    expect(await eslint.isPathIgnored(path.join(dir, fixtures[0]!.name))).toBe(true);
  });

  it.each(fixtures)('$name breaks $expected', async ({ text, lintAs, expected }) => {
    const [result] = await eslint.lintText(text, { filePath: path.join(root, lintAs) });
    const rules = result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
    expect(rules).toEqual(expected === 'none' ? [] : [expected]);
  });
});
