// The typed way to reach the API: a route of the contract (`'GET /api/plans/:id'`) and its input, the answer typed
// by the same zod schemas the server validates with (type-only: no schema code reaches the bundle).
import type { ApiInput, ApiResponse, ApiRoute } from '@duban/core';
import { get, request, upload } from './client.js';
import { pathOf, type Wire } from './path-of.js';

export { pathOf };

/** The input argument: optional when the route needs none. */
export type CallArgs<K extends ApiRoute> = Record<never, never> extends ApiInput<K> ? [input?: ApiInput<K>] : [input: ApiInput<K>];

let afterWrite: ((route: ApiRoute) => void) | null = null;

/** Register what to do after every successful write (the query cache marks what it may have changed as stale). */
export function onWrite(handler: ((route: ApiRoute) => void) | null): void {
  afterWrite = handler;
}

/** Routes written while a {@link batchWrites} runs: reported once it ends. */
let held: Set<ApiRoute> | null = null;

function wrote(route: ApiRoute): void {
  if (held) held.add(route);
  else afterWrite?.(route);
}

/**
 * Runs several writes in a row and reports them to the query cache once at the end, not after each one. Every write
 * of a directory route marks every query stale, and each stale query on screen is fetched again at once: creating
 * 30 units one by one refetched the screen 30 times over while the next unit waited behind it.
 */
export async function batchWrites<T>(work: () => Promise<T>): Promise<T> {
  if (held) return work();
  held = new Set();
  try {
    return await work();
  } finally {
    const routes = held;
    held = null;
    for (const route of routes) afterWrite?.(route);
  }
}

/**
 * Call a route of the contract, e.g. `call('PATCH /api/units/:id', { params: { id }, body: { name, version } })`.
 * Resolves to the route's answer; rejects with an `ApiError` carrying the server's id and Chinese message.
 */
export async function call<K extends ApiRoute>(route: K, ...[input]: CallArgs<K>): Promise<ApiResponse<K>> {
  const method = route.slice(0, route.indexOf(' '));
  const path = pathOf(route, input);
  if (method === 'GET') return get<ApiResponse<K>>(path);
  const body = (input as Wire | undefined)?.body;
  const answer = await request<ApiResponse<K>>(method, path, body === undefined && method !== 'DELETE' ? {} : body);
  wrote(route);
  return answer;
}

/** Upload a form to a multipart route of the contract, with progress (0..100) and cancellation. */
export async function uploadTo<K extends ApiRoute>(
  route: K,
  form: FormData,
  options: { input?: Omit<ApiInput<K>, 'body'>; onProgress?: (pct: number) => void; signal?: AbortSignal } = {},
): Promise<ApiResponse<K>> {
  const answer = await upload<ApiResponse<K>>(
    pathOf(route, options.input as ApiInput<K> | undefined),
    form,
    options.onProgress,
    options.signal,
  );
  wrote(route);
  return answer;
}
