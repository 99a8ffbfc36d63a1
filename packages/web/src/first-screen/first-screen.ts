// The first-screen script: index.html loads it before the app. On a phone's connection the app's code takes seconds
// to arrive and start; this script (a few KB, no React, no antd) asks at once for what the opened page reads first,
// and draws that page's first content in plain HTML as soon as the answers come. The app takes the same answers
// (./handoff.ts) and removes the preview once it has drawn the page itself; it starts once the preview is up
// (./boot-app.ts).
import type { ApiResponse } from '@duban/core';
import {
  bellNotifications,
  dashboardOf,
  firstQueryPath as path,
  inboxOwed,
  planBoard,
  planIndicators,
  plansList,
  unreadNotifications,
} from '../api/first-queries.js';
import { drawDashboard } from './draw-dashboard.js';
import { drawInbox } from './draw-inbox.js';
import { drawPlan } from './draw-plan.js';
import { bootAppAfter } from './boot-app.js';
import { fetchEarly, isPageDrawn, type EarlyAnswer } from './handoff.js';

/** Draws with an answer's body once it is there, unless the app has drawn the page first or the answer failed. */
async function drawWith<T>(answer: Promise<EarlyAnswer>, draw: (body: T) => void): Promise<void> {
  const { ok, body } = await answer;
  if (ok && body && !isPageDrawn()) draw(body as T);
}

/** Starts the GETs of the page at `pathname` and draws its preview (labels are Chinese: none in English). */
export async function firstScreen(pathname: string, search: string, preview: boolean): Promise<void> {
  if (pathname.startsWith('/login')) return;
  void fetchEarly('/api/auth/me');
  if (pathname.startsWith('/dashboard')) {
    const plans = fetchEarly(path(plansList()));
    let plan = new URLSearchParams(search).get('plan');
    const early = plan ? fetchEarly(path(dashboardOf(plan))) : null;
    const list = await plans;
    if (!list.ok) return;
    const published = (list.body as ApiResponse<'GET /api/plans'>).items.filter((p) => p.status !== 'draft');
    plan ??= published[0]?.id ?? null;
    if (!plan || !preview) return;
    const title = published.find((p) => p.id === plan)?.title ?? '';
    await drawWith<ApiResponse<'GET /api/dashboard'>>(early ?? fetchEarly(path(dashboardOf(plan))), (d) => drawDashboard(title, d));
  } else if (/^\/plans\/(?!import\b)[^/]+\/?$/.test(pathname)) {
    const plan = decodeURIComponent(pathname.split('/')[2]!);
    const board = fetchEarly(path(planBoard(plan)));
    void fetchEarly(path(planIndicators(plan)));
    if (preview) await drawWith(board, drawPlan);
  } else if (pathname.startsWith('/inbox')) {
    // The inbox, its notifications panel and the frame's bell (shown to liaisons).
    const inbox = fetchEarly(path(inboxOwed()));
    void fetchEarly(path(unreadNotifications()));
    void fetchEarly(path(bellNotifications()));
    if (preview) await drawWith(inbox, drawInbox);
  }
}

/** English is chosen in localStorage (i18n.tsx); a browser that refuses storage reads Chinese. */
function chinese(): boolean {
  try {
    return localStorage.getItem('duban.lang') !== 'en';
  } catch {
    return true;
  }
}

bootAppAfter(firstScreen(window.location.pathname, window.location.search, chinese()));
