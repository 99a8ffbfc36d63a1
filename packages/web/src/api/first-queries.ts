// What the dashboard, the plan view and the inbox read first, in one place: the pages query these routes with these
// inputs, and the first-screen script requests the same URLs at start-up (before the app's code has arrived). Both take
// them from here, so a page that changes what it reads changes what is prefetched with it.
import type { ApiGetRoute, ApiInput } from '@duban/core';
import { pathOf } from './path-of.js';

/** A GET route and its input, spread into `useApiQuery(...)` or turned into a URL by {@link firstQueryPath}. */
export type FirstQuery<K extends ApiGetRoute> = readonly [route: K, input: ApiInput<K>];

const query = <K extends ApiGetRoute>(route: K, input: ApiInput<K>): FirstQuery<K> => [route, input];

/** The office's plan list (dashboard, plans, bulletins, assessment, supervision). */
export const plansList = () => query('GET /api/plans', { query: { pageSize: 200 } });
/** The dashboard's figures for one plan. */
export const dashboardOf = (plan: string) => query('GET /api/dashboard', { query: { plan } });
/** A plan's task board (the plan view). */
export const planBoard = (id: string) => query('GET /api/plans/:id/board', { params: { id } });
/** A plan's indicators (the plan view's indicator tab and counts). */
export const planIndicators = (plan: string) => query('GET /api/indicators', { query: { plan } });
/** The liaison's inbox, with the filter of what is owed (none as the page opens). */
export const inboxOwed = (filter: NonNullable<ApiInput<'GET /api/inbox'>['query']> = {}) => query('GET /api/inbox', { query: filter });
/** The inbox's notifications panel: unread ones as it opens. */
export const unreadNotifications = () => query('GET /api/notifications', { query: { unread: '1' } });
/** The header bell's latest unread notifications. */
export const bellNotifications = () => query('GET /api/notifications', { query: { unread: '1', limit: 10 } });

/** The URL `call` requests for a first query: what the start-up prefetch must ask for to be taken up. */
export function firstQueryPath<K extends ApiGetRoute>([route, input]: FirstQuery<K>): string {
  return pathOf(route, input);
}
