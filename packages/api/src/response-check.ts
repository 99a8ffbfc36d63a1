// The contract check of answers: with DUBAN_CHECK_RESPONSES=1 (set for the test suites, off in production) every
// JSON answer is parsed against its route's response schema, and a field the schema does not declare is an error
// too (zod would strip it silently), so an answer can neither break nor outgrow its declared shape unnoticed.
import type { z } from 'zod';
import { isJsonResponse, type AnyRoute } from './route.js';

/** Whether answers are checked (read once per app). */
export function responseCheckEnabled(): boolean {
  return process.env.DUBAN_CHECK_RESPONSES === '1';
}

function undeclared(sent: unknown, parsed: unknown, path: string, out: string[]): void {
  if (Array.isArray(sent) && Array.isArray(parsed)) {
    sent.forEach((v, i) => undeclared(v, parsed[i], `${path}[${i}]`, out));
    return;
  }
  if (sent && typeof sent === 'object' && parsed && typeof parsed === 'object') {
    for (const [k, v] of Object.entries(sent)) {
      if (!(k in parsed)) out.push(`${path}.${k}`);
      else undeclared(v, (parsed as Record<string, unknown>)[k], `${path}.${k}`, out);
    }
  }
}

/** The problems of an answer against the route's schema (empty when it conforms); `result` as the handler returned it. */
export function responseProblems(r: AnyRoute, result: unknown): string[] {
  if (!isJsonResponse(r.response)) return result === undefined ? [] : [`${r.method} ${r.url} declares no JSON answer but returned one`];
  const sent: unknown = JSON.parse(JSON.stringify(result ?? null));
  const parsed = (r.response as z.ZodType).safeParse(sent);
  if (!parsed.success) return parsed.error.issues.map((i) => `${r.method} ${r.url}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  const extra: string[] = [];
  undeclared(sent, parsed.data, '', extra);
  return extra.map((p) => `${r.method} ${r.url}: field ${p.slice(1)} is not declared in the response schema`);
}
