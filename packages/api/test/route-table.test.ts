import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allRoutes, buildOpenApi, type AnyRoute } from '../src/index.js';
import { responseProblems } from '../src/response-check.js';
import { isJsonResponse, noContent, route } from '../src/route.js';

const HOW_TO_FIX =
  'Declare it in the route: `response:` a zod schema from packages/core/src/api/<resource>.ts (or `noContent` / `fileDownload` from packages/api/src/route.ts), ' +
  'and bodies/queries as real zod objects there (no z.record(z.string(), z.unknown()), z.any() or z.unknown()).';

/** Paths inside a schema where anything is accepted (z.any, z.unknown, or a record of them). */
function untypedPaths(schema: z.ZodType, path = '', seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const walk = (s: unknown, p: string) => untypedPaths(s as z.ZodType, p, seen);
  switch (def.type) {
    case 'any':
    case 'unknown':
      return [path];
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, s]) => walk(s, `${path}.${k}`));
    case 'record':
      return walk(def.valueType, `${path}[*]`);
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return walk(def.innerType, path);
    case 'pipe':
      return [...walk(def.in, path), ...walk(def.out, path)];
    case 'union':
      return (def.options as unknown[]).flatMap((o) => walk(o, path));
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    default:
      return [];
  }
}

/** Every broken contract rule of a route table, each naming the route and what to add. */
function contractProblems(routes: AnyRoute[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of routes) {
    const name = `${r.method} ${r.url}`;
    if (seen.has(name)) out.push(`${name} is registered twice`);
    seen.add(name);
    if (!r.response) out.push(`${name} has no response schema. ${HOW_TO_FIX}`);
    if (r.response === noContent && r.status !== 204)
      out.push(`${name} answers no content but its status is ${r.status ?? 200}: set \`status: 204\`.`);
    for (const where of ['params', 'query', 'body'] as const) {
      const s = r[where];
      if (s)
        for (const p of untypedPaths(s)) out.push(`${name} has an untyped ${where} at ${p.replace(/^\./, '') || '(whole)'}. ${HOW_TO_FIX}`);
    }
    if (
      ['POST', 'PUT', 'PATCH'].includes(r.method) &&
      !r.body &&
      !r.multipart &&
      r.url !== '/api/auth/logout' &&
      !/\/publish$/.test(r.url)
    ) {
      out.push(
        `${name} takes no body schema: declare \`body:\` (a zod object from packages/core/src/api, z.object({}).strict() if it takes none).`,
      );
    }
    if (['params', 'query'].some((w) => r[w as 'params' | 'query'] && !(r[w as 'params' | 'query'] instanceof z.ZodObject)))
      out.push(`${name}: params and query must be z.object schemas (OpenAPI lists their fields).`);
  }
  return out;
}

describe('the route table', () => {
  it('declares a response and typed inputs for every route', () => {
    expect(allRoutes.length).toBeGreaterThan(55);
    expect(contractProblems(allRoutes)).toEqual([]);
  });

  it('names the route and what to add when a route breaks the contract', () => {
    const bad = [
      { method: 'POST', url: '/api/x', summary: 'x', tag: 'x', body: z.record(z.string(), z.unknown()), handler: async () => ({}) },
      {
        method: 'GET',
        url: '/api/y',
        summary: 'y',
        tag: 'y',
        query: z.object({ q: z.any() }),
        response: z.object({ a: z.string() }),
        handler: async () => ({}),
      },
      { method: 'DELETE', url: '/api/z', summary: 'z', tag: 'z', response: noContent, handler: async () => undefined },
    ] as unknown as AnyRoute[];
    const problems = contractProblems(bad);
    expect(problems).toEqual([
      expect.stringMatching(
        /^POST \/api\/x has no response schema\. Declare it in the route: `response:` a zod schema from packages\/core\/src\/api/,
      ),
      expect.stringMatching(/^POST \/api\/x has an untyped body at \[\*\]\. Declare it/),
      expect.stringMatching(/^GET \/api\/y has an untyped query at q\. Declare it/),
      'DELETE /api/z answers no content but its status is 200: set `status: 204`.',
    ]);
  });
});

describe('handler answers are typed by the response schema', () => {
  it('refuses at compile time a handler whose answer does not match (tsc checks the @ts-expect-error lines)', () => {
    const ok = route({
      method: 'GET',
      url: '/api/t',
      summary: 't',
      tag: 't',
      response: z.object({ a: z.string() }),
      handler: async () => ({ a: 'x' }),
    });
    const wrong = route({
      method: 'GET',
      url: '/api/t',
      summary: 't',
      tag: 't',
      response: z.object({ a: z.string() }),
      // @ts-expect-error a number where the schema declares a string
      handler: async () => ({ a: 1 }),
    });
    const noBody = route({
      method: 'DELETE',
      url: '/api/t',
      summary: 't',
      tag: 't',
      status: 204,
      response: noContent,
      // @ts-expect-error a 204 route returns nothing
      handler: async () => ({ a: 'x' }),
    });
    expect([ok, wrong, noBody].map((r) => r.url)).toEqual(['/api/t', '/api/t', '/api/t']);
  });
});

describe('the OpenAPI document', () => {
  const doc = buildOpenApi(allRoutes, { title: 'Duban 督办 API', version: '0.1.0' });

  it('passes a real OpenAPI 3 validator', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    // The validator does reject a broken document (an operation without responses).
    await expect(
      SwaggerParser.validate({ ...structuredClone(doc), paths: { '/api/x': { get: { summary: 'x' } } } } as never),
    ).rejects.toThrow();
  });

  it('lists every route with its success answer', () => {
    const paths = doc.paths as Record<
      string,
      Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
    >;
    for (const r of allRoutes) {
      const op = paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.url} missing from /api/openapi.json`).toBeDefined();
      const ok = op!.responses[String(r.status ?? 200)];
      expect(ok, `${r.method} ${r.url}: no ${r.status ?? 200} answer`).toBeDefined();
      if (isJsonResponse(r.response))
        expect(ok!.content?.['application/json']?.schema, `${r.method} ${r.url}: no JSON schema`).toBeTruthy();
      else expect(Boolean(ok!.content)).toBe(r.response !== noContent);
    }
  });

  it('documents the reporting bodies field by field', () => {
    const post = (
      doc.paths as Record<
        string,
        Record<
          string,
          { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> } }
        >
      >
    )['/api/reports']!.post!;
    const schema = post.requestBody.content['application/json']!.schema;
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['taskId', 'periodId', 'narrative', 'percent', 'indicatorValues']),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['taskId', 'periodId', 'narrative', 'percent']));
  });
});

describe('the response check', () => {
  const r = {
    method: 'GET',
    url: '/api/t',
    summary: 't',
    tag: 't',
    response: z.object({ a: z.string(), list: z.array(z.object({ n: z.number() })) }),
    handler: async () => ({}),
  } as unknown as AnyRoute;

  it('is on in the test suites', () => {
    expect(process.env.DUBAN_CHECK_RESPONSES).toBe('1');
  });

  it('accepts a conforming answer and reports wrong and undeclared fields', () => {
    expect(responseProblems(r, { a: 'x', list: [{ n: 1 }] })).toEqual([]);
    expect(responseProblems(r, { a: 1, list: [] })).toEqual([expect.stringContaining('GET /api/t: a:')]);
    expect(responseProblems(r, { a: 'x', list: [{ n: 1, secret: '/data/evidence/x' }] })).toEqual([
      'GET /api/t: field list[0].secret is not declared in the response schema',
    ]);
  });
});
