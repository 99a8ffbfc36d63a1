// The query cache itself, apart from the hooks (query.tsx): the sign-in state provides it from the entry chunk,
// which must not pull in antd (the hooks show errors through antd's App) — see docs/accessibility.md on weight.
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ApiRoute } from '@duban/core';
import { onWrite } from './call.js';

// Directory data changes rarely and only through its own routes, so it stays fresh for minutes; everything else is
// shown from the cache at once and checked again in the background whenever a page that needs it opens.
const reference = ['/api/units', '/api/jurisdictions', '/api/users', '/api/auth/'];
const pathOf = (route: ApiRoute) => route.slice(route.indexOf(' ') + 1);
/** Directory routes (units, jurisdictions, users, the session): fresh for minutes, see above. */
export const isReference = (route: ApiRoute) => reference.some((p) => pathOf(route).startsWith(p));

/** The one query cache of the app. */
export const queryClient = new QueryClient({
  defaultOptions: {
    // No retries and no refetch on focus: as before, a failed load is shown at once and the user decides to retry.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
    mutations: { retry: false },
  },
});

// After any write, what it may have changed is refetched (now when on screen, else when next shown). A write to the
// directory (units, users, jurisdictions) can change names shown everywhere, so it marks everything; any other write
// leaves the directory alone.
// A write that ends the session (password change, sign-out) refetches nothing: every refetch would answer 401, and the
// first 401 signs the app out at once (client.ts), before the page could say what happened. Signing out clears the
// cache anyway.
const endsSession = new Set<ApiRoute>(['POST /api/auth/password', 'POST /api/auth/logout']);
onWrite((route) => {
  if (endsSession.has(route)) return;
  void queryClient.invalidateQueries(isReference(route) ? undefined : { predicate: (q) => !isReference(q.queryKey[0] as ApiRoute) });
});

/** Provides the query cache to the app. */
export function DataProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** Forget every cached answer (after signing out: the next user must not see them). */
export function clearData(): void {
  queryClient.clear();
}
