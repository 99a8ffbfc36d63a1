import { prefetch } from './client.js';
import {
  bellNotifications,
  dashboardOf,
  firstQueryPath as path,
  inboxOwed,
  planBoard,
  planIndicators,
  plansList,
  unreadNotifications,
} from './first-queries.js';

/**
 * Requests, at start-up, what the page at the opened address reads first: the session and the page's own data travel
 * alongside the code instead of after it (the page's queries then take these answers). The routes and inputs are the
 * pages' own (first-queries.ts), or the answers would go unused.
 */
export function prefetchStart(pathname: string, search: string, page: string | undefined): void {
  if (pathname.startsWith('/login')) return;
  prefetch('/api/auth/me');
  if (page === 'dashboard') {
    prefetch(path(plansList()));
    const plan = new URLSearchParams(search).get('plan');
    if (plan) prefetch(path(dashboardOf(plan)));
  } else if (page === 'plan') {
    const id = /^\/plans\/([^/]+)/.exec(pathname)?.[1];
    if (!id) return;
    const plan = decodeURIComponent(id);
    prefetch(path(planBoard(plan)));
    prefetch(path(planIndicators(plan)));
  } else if (page === 'inbox') {
    // The inbox, its notifications panel and the frame's bell (shown to liaisons).
    prefetch(path(inboxOwed()));
    prefetch(path(unreadNotifications()));
    prefetch(path(bellNotifications()));
  }
}
