// The rules every route of the table keeps (a typed answer, typed inputs), shared by the route-table and contract tests.
import { z } from 'zod';
import type { AnyRoute } from '../../src/route.js';
import { noContent } from '../../src/route.js';

/** What a failing route is told to do. */
export const HOW_TO_FIX =
  "Declare it in its apiContract entry (packages/core/src/api/contract.ts): `response:` a zod schema from packages/core/src/api/<resource>.ts (or `'none'` / `'file'`), " +
  'and bodies/queries as real zod objects there (no z.record(z.string(), z.unknown()), z.any() or z.unknown()).';

/** Paths inside a schema where anything is accepted (z.any, z.unknown, or a record of them). */
export function untypedPaths(schema: z.ZodType, path = '', seen = new Set<unknown>()): string[] {
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
export function contractProblems(routes: AnyRoute[]): string[] {
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
