import { apiContract, type Endpoint } from '@duban/core';
import { describe, expect, it } from 'vitest';
import { allRoutes, type AnyRoute } from '../src/index.js';
import { fileDownload, noContent } from '../src/route.js';

/** How a route's declaration differs from its contract entry (the same schema objects, not look-alikes). */
function differences(name: string, route: AnyRoute | undefined, entry: Endpoint | undefined): string[] {
  if (!route) return [`${name} is in the contract (packages/core/src/api/contract.ts) but the server has no such route`];
  if (!entry) return [`${name} is served but missing from the contract: add it to apiContract in packages/core/src/api/contract.ts`];
  const out: string[] = [];
  for (const f of ['params', 'query', 'body'] as const) {
    if (route[f] !== entry[f])
      out.push(`${name}: its ${f} is not the contract's schema (declare it once in packages/core/src/api and use it in both)`);
  }
  const answer = route.response === noContent ? 'none' : route.response === fileDownload ? 'file' : route.response;
  if (answer !== entry.response) out.push(`${name}: its response is not the contract's schema`);
  if (Boolean(route.multipart) !== Boolean(entry.multipart)) out.push(`${name}: multipart differs from the contract`);
  return out;
}

describe('the API contract the web client is typed against', () => {
  it('names exactly the schema objects every route declares, route for route', () => {
    const contract: Record<string, Endpoint> = apiContract;
    const served = new Map(allRoutes.map((r) => [`${r.method} ${r.url}`, r]));
    const names = new Set([...served.keys(), ...Object.keys(contract)]);
    const problems = [...names].flatMap((n) => differences(n, served.get(n), contract[n]));
    expect(problems).toEqual([]);
    expect(names.size).toBeGreaterThan(100);
  });

  it('catches a route whose answer was declared apart from the contract', () => {
    const route = served('GET /api/plans');
    const drifted = { ...route, response: { ...(route.response as object) } } as AnyRoute;
    expect(differences('GET /api/plans', drifted, apiContract['GET /api/plans'])).toEqual([
      "GET /api/plans: its response is not the contract's schema",
    ]);
  });
});

function served(name: string): AnyRoute {
  const r = allRoutes.find((x) => `${x.method} ${x.url}` === name);
  if (!r) throw new Error(`no route ${name}`);
  return r;
}
