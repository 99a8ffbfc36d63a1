import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.js';
import { enPages } from '../src/i18n/en-pages.js';
import { enFirstMonth } from '../src/i18n/en-first-month.js';
import { enAccessibility } from '../src/i18n/en-accessibility.js';

const src = path.join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('English interface strings', () => {
  it('every literal passed to t() has an English rendering', () => {
    const known = new Set([...Object.keys(en), ...Object.keys(enPages), ...Object.keys(enFirstMonth), ...Object.keys(enAccessibility)]);
    const missing: string[] = [];
    let seen = 0;
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) {
        seen++;
        if (!known.has(m[1]!)) missing.push(`${path.relative(src, file)}: ${m[1]}`);
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
