import { FIRST_SCREEN_ID } from './handoff.js';

const GIVE_UP_MS = 30_000;

type Child = Node | string | number | null | undefined | false;

/** An element with a class and children; strings go in as text (never as HTML: the data is the users'). */
export function h(tag: string, className?: string, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}

/**
 * Shows the preview: the frame the app draws (header, and the menu's navy column on a wide screen) around a page's
 * first content. It covers the app's loading mark until the app dismisses it; it is read-only (the app is not
 * there yet to act on a click), and marked busy for assistive technology.
 */
export function showFirstScreen(heading: string, ...content: Child[]): void {
  const screen = h(
    'div',
    'fs',
    h('div', 'fs-sider', h('div', 'duban-brand', h('span', 'duban-brand-mark', '督'), '健康行动督办平台')),
    h(
      'div',
      'fs-body',
      h('div', 'fs-header', h('span', 'fs-menu', '☰'), h('div', 'duban-header-title', '督办')),
      h('div', 'duban-content', h('div', 'duban-page-head', h('h1', undefined, heading)), ...content),
    ),
  );
  screen.id = FIRST_SCREEN_ID;
  screen.setAttribute('aria-busy', 'true');
  screen.querySelector('.fs-menu')?.setAttribute('aria-hidden', 'true');
  document.body.append(screen);
  // Should the app never take over (its code failed to load), the page's loading or error state shows instead.
  setTimeout(() => screen.remove(), GIVE_UP_MS);
}

/** A date as 2026-06-30 (the API's ISO dates and times, cut to the day). */
export function day(v: string | null | undefined): string {
  return v ? v.slice(0, 10) : '—';
}
