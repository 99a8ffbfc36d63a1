import { writeGeneration, type ServiceContext } from '../context.js';

/**
 * How long a computed dashboard is fresh when nothing was written in this process. Every committed write here
 * ends every entry at once; writes by other processes (the CLI, a second server) are only seen by recomputing.
 */
export const DASHBOARD_CACHE_MS = 5_000;
/**
 * After it stops being fresh, an entry is still served for this long while one recomputation runs in the
 * background (stale-while-revalidate): a dashboard viewed again never waits for the aggregate, and a write by
 * another process shows on the view after the refresh. Past this age the reader waits for a new computation.
 */
export const DASHBOARD_STALE_MS = 60_000;
const MAX_ENTRIES = 500;

type Entry<T> = { generation: number; computedAt: number; value: Promise<T>; refreshing: boolean };
const caches = new WeakMap<ServiceContext, Map<string, Entry<unknown>>>();

/**
 * Returns the dashboard for `key` computed since the last committed write in this process, or computes it.
 * Concurrent requests for the same key share one computation, so a burst of readers costs one aggregate instead
 * of queueing N of them on the database (the aggregate is the same for every reader; authorization happens before
 * this call). An entry older than DASHBOARD_CACHE_MS is served once more while it is refreshed.
 */
export function cachedDashboard<T>(ctx: ServiceContext, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(ctx) as Map<string, Entry<T>> | undefined;
  if (!cache) caches.set(ctx, (cache = new Map()) as Map<string, Entry<unknown>>);
  const generation = writeGeneration(ctx);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.generation === generation) {
    const age = now - hit.computedAt;
    if (age < DASHBOARD_CACHE_MS) return hit.value;
    if (age < DASHBOARD_STALE_MS) {
      if (!hit.refreshing) {
        hit.refreshing = true;
        // A failed refresh keeps the old entry until it is too old; the next stale reader tries again.
        start(cache, key, generation, compute).value.catch(() => {
          hit.refreshing = false;
        });
      }
      return hit.value;
    }
  }
  return start(cache, key, generation, compute, true).value;
}

/** Runs `compute` and stores its result under `key`; a waiting caller's entry is stored at once, a refresh's on success. */
function start<T>(cache: Map<string, Entry<T>>, key: string, generation: number, compute: () => Promise<T>, storeNow = false): Entry<T> {
  const entry: Entry<T> = { generation, computedAt: Date.now(), value: compute(), refreshing: false };
  const store = () => {
    if (!cache.has(key) && cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(key, entry);
  };
  if (storeNow) store();
  entry.value.then(
    () => {
      // A refresh replaces the entry only if nothing newer (a write, a waiting reader) took its place meanwhile.
      if (!storeNow && cache.get(key)?.generation === generation) store();
    },
    // A failed computation is not remembered: the next reader tries again.
    () => {
      if (cache.get(key) === entry) cache.delete(key);
    },
  );
  return entry;
}
