import { apiContract, type AnyContractEntry } from '@duban/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allRoutes, type AnyRoute } from '../src/index.js';
import { HOW_TO_FIX, untypedPaths } from './support/contract-rules.js';

const contract: Record<string, AnyContractEntry> = apiContract;

/** How a served route differs from its contract entry (it must be built from the entry: the same schema objects). */
function differences(name: string, route: AnyRoute | undefined, entry: AnyContractEntry | undefined): string[] {
  if (!route) return [`${name} is in the contract (packages/core/src/api/contract.ts) but the server has no such route`];
  if (!entry)
    return [`${name} is served but missing from the contract: add it to apiContract and register it with route(apiContract[…], …)`];
  const out: string[] = [];
  if (`${entry.method} ${entry.path}` !== name) out.push(`${name}: the entry names ${entry.method} ${entry.path}`);
  for (const f of ['params', 'query', 'body', 'response'] as const) {
    if (route[f] !== entry[f]) out.push(`${name}: its ${f} is not the contract entry's schema`);
  }
  if (Boolean(route.multipart) !== Boolean(entry.multipart)) out.push(`${name}: multipart differs from the contract`);
  return out;
}

/** Every broken rule of a contract entry: an answer that is not declared, or an input that accepts anything. */
function entryProblems(name: string, entry: Partial<AnyContractEntry>): string[] {
  const out: string[] = [];
  const r = entry.response;
  if (!(r === 'none' || r === 'file' || r instanceof z.ZodType)) out.push(`${name} has no response schema. ${HOW_TO_FIX}`);
  for (const where of ['params', 'query', 'body'] as const) {
    const s = entry[where];
    if (s)
      for (const p of untypedPaths(s)) out.push(`${name} has an untyped ${where} at ${p.replace(/^\./, '') || '(whole)'}. ${HOW_TO_FIX}`);
  }
  return out;
}

describe('the API contract: the one declaration of every route', () => {
  it('is what every served route is built from, route for route', () => {
    const served = new Map(allRoutes.map((r) => [`${r.method} ${r.url}`, r]));
    const names = new Set([...served.keys(), ...Object.keys(contract)]);
    const problems = [...names].flatMap((n) => differences(n, served.get(n), contract[n]));
    expect(problems).toEqual([]);
    expect(names.size).toBeGreaterThan(100);
  });

  it('declares an answer and typed inputs for every entry', () => {
    expect(Object.entries(contract).flatMap(([name, entry]) => entryProblems(name, entry))).toEqual([]);
  });

  it('fails for an entry without a response schema or with an untyped body', () => {
    const bad: Record<string, Partial<AnyContractEntry>> = {
      'POST /api/x': { method: 'POST', path: '/api/x', body: z.record(z.string(), z.unknown()) },
      'GET /api/y': { method: 'GET', path: '/api/y', query: z.object({ q: z.any() }), response: z.object({ a: z.string() }) },
      'PUT /api/z': { method: 'PUT', path: '/api/z', body: z.object({ a: z.unknown() }), response: 'none' },
    };
    expect(Object.entries(bad).flatMap(([name, entry]) => entryProblems(name, entry))).toEqual([
      expect.stringMatching(/^POST \/api\/x has no response schema\. Declare it in its apiContract entry/),
      expect.stringMatching(/^POST \/api\/x has an untyped body at \[\*\]\. Declare it/),
      expect.stringMatching(/^GET \/api\/y has an untyped query at q\. Declare it/),
      expect.stringMatching(/^PUT \/api\/z has an untyped body at a\. Declare it/),
    ]);
  });

  it('catches a served route whose answer was declared apart from the contract', () => {
    const route = allRoutes.find((x) => `${x.method} ${x.url}` === 'GET /api/plans')!;
    const drifted = { ...route, response: { ...(route.response as object) } } as AnyRoute;
    expect(differences('GET /api/plans', drifted, apiContract['GET /api/plans'])).toEqual([
      "GET /api/plans: its response is not the contract entry's schema",
    ]);
  });
});
