// The web app reaches the API only through the typed client (src/api/call.ts, src/api/query.tsx), whose types come
// from the route contract in @duban/core: no page casts an answer, hedges between shapes or swallows an error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiInput, ApiResponse } from '@duban/core';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

/** Lines outside src/api that match, as `file:line: text`. */
function offending(pattern: RegExp): string[] {
  return sourceFiles(SRC)
    .filter((f) => !f.startsWith(path.join(SRC, 'api') + path.sep))
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${path.relative(SRC, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
}

describe('the typed API client', () => {
  it('is the only way pages reach the API: no casted or hand-typed requests', () => {
    // A type argument on a request (`get<Plan[]>`) or a raw fetch is a cast of the answer.
    expect(offending(/\b(api\.(get|post|put|patch|del)|request|upload)\s*</)).toEqual([]);
    expect(offending(/\bfetch\(\s*[`'"]\/api/)).toEqual([]);
    // Hedging between a page and an array, re-reading an answer as unknown, or casting it to a list.
    expect(
      offending(/Page<[^>]+>\s*\|\s*[A-Z]\w*\[\]|<unknown>\(|\bas (Unit|Plan|Task|Report|Indicator|Suggestion|User|Period|Notice)\w*\[\]/),
    ).toEqual([]);
  });

  it('lets no page swallow a failed request', () => {
    expect(offending(/\.catch\(\s*\(\)\s*=>/)).toEqual([]);
  });

  it('catches the old patterns it forbids (the checks can fail)', () => {
    const probe = /\b(api\.(get|post|put|patch|del)|request|upload)\s*</;
    expect(probe.test("api.get<Page<Plan> | Plan[]>('/api/plans')")).toBe(true);
    expect(/\.catch\(\s*\(\)\s*=>/.test('.catch(() => ({ items: [] }))')).toBe(true);
    expect(
      /\bas (Unit|Plan|Task|Report|Indicator|Suggestion|User|Period|Notice)\w*\[\]/.test('listItems(units.data as Unit[] | undefined)'),
    ).toBe(true);
  });
});

// Compile-time checks (npm run typecheck): the contract rejects a wrong shape in either direction.
export const typeChecks = [
  ((): ApiInput<'POST /api/units'> => ({ body: { name: '卫健委' } })) satisfies () => unknown,
  // @ts-expect-error a field the route does not take
  ((): ApiInput<'POST /api/units'> => ({ body: { nom: '卫健委' } })) satisfies () => unknown,
  // @ts-expect-error the path parameter is required
  ((): ApiInput<'GET /api/plans/:id'> => ({})) satisfies () => unknown,
  // @ts-expect-error GET /api/units answers an array, not a page
  ((u: ApiResponse<'GET /api/units'>) => u.items) satisfies (u: never) => unknown,
  ((u: ApiResponse<'GET /api/units'>) => u.map((x) => x.name)) satisfies (u: never) => unknown,
];
