// The app's data layer (with query-client.tsx, the only modules that import TanStack Query). Why a library: it gives a shared cache
// (the unit directory, plans, users are read once, not on every page), de-duplicates the same request made by two
// components at once, and refetches what a write may have changed; it is small (~13 kB gzipped), has no
// dependencies of its own and is among the best kept React libraries. A hand-written cache would have to solve
// the same races.
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { App } from 'antd';
import type { ApiGetRoute, ApiInput, ApiResponse } from '@duban/core';
import { call } from './call.js';
import { isReference, queryClient } from './query-client.js';

export { clearData, DataProvider, queryClient } from './query-client.js';
import { errorMessage } from './client.js';

/** What a page reads: the data, whether it is being loaded for the first time, the error in Chinese, and a retry. */
export interface ApiState<T> {
  data: T | undefined;
  /** True while there is nothing to show yet (a background refetch keeps showing the cached data). */
  loading: boolean;
  error: string | null;
  reload: () => void;
  /** Put a fresher answer (e.g. the one a write returned) into the cache. */
  setData: (d: T) => void;
}

/**
 * Read a GET route through the cache: `useApiQuery('GET /api/plans/:id', { params: { id } })`. Pass `null` as the input
 * to skip loading (e.g. until something is chosen).
 */
export function useApiQuery<K extends ApiGetRoute>(
  route: K,
  input: ApiInput<K> | null | (Record<never, never> extends ApiInput<K> ? undefined : never),
): ApiState<ApiResponse<K>> {
  const key = [route, input ?? {}] as const;
  const q = useQuery({
    queryKey: key,
    queryFn: () => call<K>(route, ...([input ?? undefined] as [ApiInput<K>])),
    enabled: input !== null,
    staleTime: isReference(route) ? 5 * 60_000 : 0,
  });
  // TanStack Query hands answers over through useSyncExternalStore, which React renders in one uninterruptible task:
  // a page's whole content drawn in one go when its data arrives. Drawn from a deferred copy instead, that render is
  // a transition React slices (and an input in the meantime goes first); until then the page still shows "loading".
  const data = useDeferredValue(q.data);
  const pending = data === undefined && q.data !== undefined;
  const { refetch } = q;
  const reload = useCallback(() => void refetch(), [refetch]);
  const keyText = JSON.stringify(key);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyText stands for the key's contents
  const setData = useCallback((d: ApiResponse<K>) => queryClient.setQueryData(key, d), [keyText]);
  return { data, loading: q.isLoading || pending, error: q.error ? errorMessage(q.error) : null, reload, setData };
}

/** Read one GET route for each of several inputs (each answer cached on its own); `data` once all have arrived. */
export function useApiQueries<K extends ApiGetRoute>(
  route: K,
  inputs: ApiInput<K>[],
): Pick<ApiState<ApiResponse<K>[]>, 'data' | 'loading' | 'error'> {
  return useQueries({
    queries: inputs.map((input) => ({
      queryKey: [route, input] as const,
      queryFn: () => call<K>(route, ...([input] as [ApiInput<K>])),
      staleTime: isReference(route) ? 5 * 60_000 : 0,
    })),
    combine: (results) => {
      const failed = results.find((r) => r.error);
      const data = results.every((r) => r.data !== undefined) ? results.flatMap((r) => (r.data === undefined ? [] : [r.data])) : undefined;
      return { data, loading: results.some((r) => r.isLoading), error: failed ? errorMessage(failed.error) : null };
    },
  });
}

/** What a finished action resolves to: its result, or `true` when it returns nothing. */
export type Done<T> = [T] extends [void] ? true : T;

/** Run something the user asked for: `busy` while it runs, its error shown (the server's Chinese message), a note on success. */
export interface Action {
  busy: boolean;
  /**
   * Resolves to the work's result (`true` for work that returns nothing, such as a DELETE), or `undefined` when it
   * failed (the error has been shown). Validate forms before: a thrown validation error would be shown as a failure.
   */
  run: <T>(work: () => Promise<T>, done?: string, handle?: (e: unknown) => boolean) => Promise<Done<T> | undefined>;
}

/**
 * The one busy → try → message.error pattern of the app. `handle` may take an error over (returning true), e.g. to
 * offer a way out of a conflict, instead of the plain message.
 */
export function useAction(): Action {
  const { message } = App.useApp();
  const m = useMutation({ mutationFn: (work: () => Promise<void>) => work() });
  const { mutateAsync } = m;
  const run = useCallback(
    async <T,>(work: () => Promise<T>, done?: string, handle?: (e: unknown) => boolean): Promise<Done<T> | undefined> => {
      let result: Done<T> | undefined;
      try {
        await mutateAsync(async () => {
          const value = await work();
          // Work that returns nothing still reports success.
          result = (value === undefined ? true : value) as Done<T>;
        });
        if (done) void message.success(done);
        return result;
      } catch (e) {
        if (!handle?.(e)) void message.error(errorMessage(e));
        return undefined;
      }
    },
    [mutateAsync, message],
  );
  return useMemo(() => ({ busy: m.isPending, run }), [m.isPending, run]);
}
