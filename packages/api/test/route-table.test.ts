import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allRoutes, buildOpenApi, type AnyRoute } from '../src/index.js';
import { responseProblems } from '../src/response-check.js';
import { isJsonResponse, noContent, route } from '../src/route.js';
import { contractProblems } from './support/contract-rules.js';

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
        /^POST \/api\/x has no response schema\. Declare it in its apiContract entry \(packages\/core\/src\/api\/contract\.ts\): `response:` a zod schema/,
      ),
      expect.stringMatching(/^POST \/api\/x has an untyped body at \[\*\]\. Declare it/),
      expect.stringMatching(/^GET \/api\/y has an untyped query at q\. Declare it/),
      'DELETE /api/z answers no content but its status is 200: set `status: 204`.',
    ]);
  });
});

describe('handler answers are typed by the contract entry', () => {
  const entry = { method: 'GET', path: '/api/t', params: z.object({ id: z.string() }), response: z.object({ a: z.string() }) } as const;
  const none = { method: 'DELETE', path: '/api/t', response: 'none' } as const;

  it('refuses at compile time a handler or a route that strays from it (tsc checks the @ts-expect-error lines)', () => {
    const ok = route(entry, { summary: 't', tag: 't', handler: async ({ params }) => ({ a: params.id }) });
    // @ts-expect-error a number where the schema declares a string
    const wrong = route(entry, { summary: 't', tag: 't', handler: async () => ({ a: 1 }) });
    // @ts-expect-error a 204 route returns nothing
    const noBody = route(none, { summary: 't', tag: 't', status: 204, handler: async () => ({ a: 'x' }) });
    const own = route(entry, {
      summary: 't',
      tag: 't',
      // @ts-expect-error a route cannot declare a schema of its own: the entry is the one declaration
      response: z.object({ b: z.number() }),
      handler: async () => ({ a: 'x' }),
    });
    expect([ok, wrong, noBody, own].map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/t',
      'GET /api/t',
      'DELETE /api/t',
      'GET /api/t',
    ]);
    // The schemas are the entry's own objects.
    expect([ok.params, ok.response, own.response]).toEqual([entry.params, entry.response, entry.response]);
    expect(own.response).toBe(entry.response);
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
