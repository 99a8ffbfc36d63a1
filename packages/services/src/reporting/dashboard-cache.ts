import { writeGeneration, type ServiceContext } from '../context.js';

/**
 * How long a computed dashboard is trusted when nothing was written in this process: writes by other processes
 * (the CLI, a second server) show within this time; every committed write here ends the entry at once.
 */
export const DASHBOARD_CACHE_MS = 5_000;
const MAX_ENTRIES = 500;

type Entry<T> = { generation: number; until: number; value: Promise<T> };
const caches = new WeakMap<ServiceContext, Map<string, Entry<unknown>>>();

/**
 * Returns the dashboard for `key` computed since the last committed write, or computes it. Concurrent requests for
 * the same key share one computation, so a burst of readers costs one aggregate instead of queueing N of them on
 * the database (the aggregate is the same for every reader; authorization happens before this call).
 */
export function cachedDashboard<T>(ctx: ServiceContext, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = new Map()));
  const generation = writeGeneration(ctx);
  const hit = cache.get(key) as Entry<T> | undefined;
  if (hit && hit.generation === generation && hit.until > Date.now()) return hit.value;
  const value = compute();
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  const entry: Entry<T> = { generation, until: Date.now() + DASHBOARD_CACHE_MS, value };
  cache.set(key, entry);
  // A failed computation is not remembered: the next reader tries again.
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return value;
}
