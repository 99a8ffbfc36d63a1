import { z } from 'zod';
import { errorBodySchema } from '@duban/core';
import { fileDownload, isJsonResponse, type AnyRoute } from './route.js';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): unknown[] {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (js.required ?? []).includes(name),
    schema: s,
  }));
}

function success(r: AnyRoute): Record<string, unknown> {
  if (isJsonResponse(r.response)) {
    const content: Record<string, unknown> = { 'application/json': { schema: jsonSchema(r.response, 'output') } };
    if (r.csv) content['text/csv'] = { schema: { type: 'string' } };
    return { description: '成功', content };
  }
  if (r.response === fileDownload)
    return { description: '文件', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } };
  return { description: '成功，无内容' };
}

/** The OpenAPI 3 document of the route table, generated from the routes' zod schemas. */
export function buildOpenApi(routes: AnyRoute[], info: { title: string; version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses: {
        [String(r.status ?? 200)]: success(r),
        default: { description: '错误', content: { 'application/json': { schema: jsonSchema(errorBodySchema, 'output') } } },
      },
      ...(r.auth === 'public' ? { security: [] } : {}),
    };
    if (r.body || r.multipart) {
      const content: Record<string, unknown> = {};
      if (r.body) content['application/json'] = { schema: jsonSchema(r.body, 'input') };
      if (r.multipart)
        content['multipart/form-data'] = {
          schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
        };
      // The server reads a missing body as {}, so a body whose fields are all optional need not be sent.
      op.requestBody = { required: !(r.body && r.body.safeParse({}).success), content };
    }
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.0.3',
    info,
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'duban_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
  };
}
