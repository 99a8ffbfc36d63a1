import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedDashboard, DASHBOARD_CACHE_MS, DASHBOARD_STALE_MS } from '../src/reporting/dashboard-cache.js';
import type { ServiceContext } from '../src/context.js';

// The cache is keyed per context object; a bare object stands in for one (no write has committed on it).
const newCtx = () => ({}) as ServiceContext;

describe('cachedDashboard', () => {
  afterEach(() => vi.useRealTimers());

  it('computes once for concurrent readers of the same key, separately for other keys', async () => {
    const ctx = newCtx();
    let runs = 0;
    const compute = async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 5));
      return runs;
    };
    const results = await Promise.all([1, 2, 3].map(() => cachedDashboard(ctx, 'a', compute)));
    expect(results).toEqual([1, 1, 1]);
    expect(await cachedDashboard(ctx, 'b', compute)).toBe(2);
    expect(await cachedDashboard(newCtx(), 'a', compute)).toBe(3);
  });

  it('serves a stale entry once while one refresh runs, then the refreshed value', async () => {
    vi.useFakeTimers();
    const ctx = newCtx();
    let runs = 0;
    const compute = async () => ++runs;
    expect(await cachedDashboard(ctx, 'k', compute)).toBe(1);
    vi.advanceTimersByTime(DASHBOARD_CACHE_MS - 1);
    expect(await cachedDashboard(ctx, 'k', compute)).toBe(1);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(2);
    // Stale: the old value at once, and a single background refresh however many readers arrive.
    const stale = await Promise.all([cachedDashboard(ctx, 'k', compute), cachedDashboard(ctx, 'k', compute)]);
    expect(stale).toEqual([1, 1]);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(2);
    expect(await cachedDashboard(ctx, 'k', compute)).toBe(2);
  });

  it('waits for a new computation once an entry is older than the stale limit', async () => {
    vi.useFakeTimers();
    const ctx = newCtx();
    let runs = 0;
    const compute = async () => ++runs;
    expect(await cachedDashboard(ctx, 'k', compute)).toBe(1);
    vi.advanceTimersByTime(DASHBOARD_STALE_MS);
    expect(await cachedDashboard(ctx, 'k', compute)).toBe(2);
  });

  it('keeps serving the stale entry when a refresh fails, and retries on the next reader', async () => {
    vi.useFakeTimers();
    const ctx = newCtx();
    let fail = false;
    let runs = 0;
    const compute = async () => {
      runs++;
      if (fail) throw new Error('db down');
      return runs;
    };
    expect(await cachedDashboard(ctx, 'k', compute)).toBe(1);
    vi.advanceTimersByTime(DASHBOARD_CACHE_MS + 1);
    fail = true;
    expect(await cachedDashboard(ctx, 'k', compute)).toBe(1);
    await vi.advanceTimersByTimeAsync(0);
    fail = false;
    expect(await cachedDashboard(ctx, 'k', compute)).toBe(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(3);
    expect(await cachedDashboard(ctx, 'k', compute)).toBe(3);
  });

  it('does not remember a failed computation', async () => {
    const ctx = newCtx();
    await expect(cachedDashboard(ctx, 'k', async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cachedDashboard(ctx, 'k', async () => 'ok')).toBe('ok');
  });
});
