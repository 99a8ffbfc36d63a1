// Turning a route of the contract and its input into a URL: shared by the app and the first-screen script, which
// must request exactly the URLs the app's pages will ask for (./first-queries.ts), so it carries no other code.
import type { ApiInput, ApiRoute } from '@duban/core';

/** The shape every `ApiInput` has, seen from the one place that turns it into a request. */
export interface Wire {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
}

/** Build a query string, leaving out empty values. */
export function qs(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The URL of a route for an input: `:params` filled in, the query appended. */
export function pathOf<K extends ApiRoute>(route: K, input?: ApiInput<K>): string {
  const wire = (input ?? {}) as Wire;
  const url = route.slice(route.indexOf(' ') + 1).replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(wire.params?.[name] ?? ''));
  return url + qs(wire.query ?? {});
}
