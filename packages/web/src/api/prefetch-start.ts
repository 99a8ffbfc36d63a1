import { prefetch, qs } from './client.js';

/**
 * Requests, at start-up, what the page at the opened address reads first: the session and the page's own data travel alongside the code instead of after it (the page's queries then take
 * these answers). The paths are exactly those the pages ask for, or the answers would go unused.
 */
export function prefetchStart(pathname: string, search: string, page: string | undefined): void {
  if (pathname.startsWith('/login')) return;
  prefetch('/api/auth/me');
  if (page === 'dashboard') {
    prefetch('/api/plans?pageSize=200');
    const plan = new URLSearchParams(search).get('plan');
    if (plan) prefetch(`/api/dashboard${qs({ plan })}`);
  } else if (page === 'plan') {
    const id = /^\/plans\/([^/]+)/.exec(pathname)?.[1];
    if (!id) return;
    const plan = decodeURIComponent(id);
    prefetch(`/api/plans/${encodeURIComponent(plan)}/board`);
    prefetch(`/api/indicators${qs({ plan })}`);
  } else if (page === 'inbox') {
    // The inbox, its notifications panel and the frame's bell (shown to liaisons).
    prefetch('/api/inbox');
    prefetch('/api/notifications?unread=1');
    prefetch('/api/notifications?unread=1&limit=10');
  }
}
