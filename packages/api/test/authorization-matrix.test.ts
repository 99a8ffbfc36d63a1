import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '@duban/api';
import { RULES, type MatrixCase } from './support/authorization-rules.js';
import { CALLERS, buildWorld, freshClient, type Caller, type World } from './support/matrix-world.js';
import type { TestClient } from './support/http-client.js';
import { serverTargets, type TestServer } from './support/servers.js';

// The authorization matrix, generated from the route table: every route × every kind of caller, through the real
// server on both engines. The expected statuses live in support/authorization-rules.ts, keyed by `METHOD url`.

const keys = allRoutes.map((r) => `${r.method} ${r.url}`);

describe('the authorization rule table', () => {
  it('has a rule for every route of the route table, and none for a route that does not exist', () => {
    const missing = keys.filter((k) => !RULES[k]?.length);
    const stale = Object.keys(RULES).filter((k) => !keys.includes(k));
    expect(
      missing.map(
        (k) =>
          `no authorization rule for ${k}: add '${k}': [{ what, path, body?, expect: { ${CALLERS.join(', ')} } }] to packages/cli/test/support/authorization-rules.ts`,
      ),
    ).toEqual([]);
    expect(
      stale.map((k) => `rule for ${k}, which is not a route: remove or rename it in packages/cli/test/support/authorization-rules.ts`),
    ).toEqual([]);
  });
});

async function send(
  c: TestClient,
  method: string,
  path: string,
  kase: MatrixCase,
  w: World,
  who: Caller,
): Promise<{ status: number; text: string }> {
  if (kase.multipart) {
    const form = new FormData();
    form.append('file', new Blob([`佐证材料 ${who}`], { type: 'text/plain' }), '佐证.txt');
    return c.request(method, path, form);
  }
  const body = kase.body ? await kase.body(w, who) : method === 'GET' || method === 'DELETE' ? undefined : {};
  return c.request(method, path, body);
}

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`generated authorization matrix on ${target.name}`, () => {
    let s: TestServer;
    let world: World;
    let clients: Record<Caller, TestClient>;
    beforeAll(async () => {
      s = await target.start();
      ({ world, clients } = await buildWorld(s.url, s.adminPassword));
    });
    afterAll(async () => s?.dispose());

    for (const r of allRoutes) {
      const key = `${r.method} ${r.url}`;
      for (const kase of RULES[key] ?? []) {
        it(`${key} — ${kase.what}`, async () => {
          const got = {} as Record<Caller, number>;
          const why: string[] = [];
          for (const who of CALLERS) {
            const c = kase.fresh ? await freshClient(who, world, clients, s.adminPassword) : clients[who];
            const res = await send(c, r.method, await kase.path(world, who), kase, world, who);
            got[who] = res.status;
            if (res.status !== kase.expect[who]) why.push(`${who}: ${res.status} ${res.text.slice(0, 200)}`);
          }
          expect(got, why.join('\n')).toEqual(kase.expect);
        });
      }
    }

    it('serves an OpenAPI document that passes the validator and lists every route', async () => {
      const doc = (await clients.anonymous.get('/api/openapi.json')).body;
      await expect(SwaggerParser.validate(doc)).resolves.toBeTruthy();
      for (const r of allRoutes)
        expect(doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()], `${r.method} ${r.url}`).toBeDefined();
    });
  });
}
