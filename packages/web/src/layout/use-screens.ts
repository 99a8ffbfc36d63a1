import { useSyncExternalStore } from 'react';

/** Which of antd's breakpoints the window is at (the same media queries and widths as antd's default theme). */
export type Screens = Partial<Record<'xs' | 'sm' | 'md' | 'lg' | 'xl' | 'xxl' | 'xxxl', boolean>>;

const QUERIES: [keyof Screens, string][] = [
  ['xs', '(max-width: 575px)'],
  ['sm', '(min-width: 576px)'],
  ['md', '(min-width: 768px)'],
  ['lg', '(min-width: 992px)'],
  ['xl', '(min-width: 1200px)'],
  ['xxl', '(min-width: 1600px)'],
  ['xxxl', '(min-width: 1920px)'],
];

let lists: [keyof Screens, MediaQueryList][] | null = null;
let current: Screens = {};
let currentKey = '';

function read(): Screens {
  lists ??= QUERIES.map(([name, q]) => [name, window.matchMedia(q)]);
  const key = lists.map(([, l]) => (l.matches ? 1 : 0)).join('');
  if (key !== currentKey) {
    currentKey = key;
    current = Object.fromEntries(lists.map(([name, l]) => [name, l.matches]));
  }
  return current;
}

function subscribe(onChange: () => void): () => void {
  read();
  lists!.forEach(([, l]) => l.addEventListener('change', onChange));
  return () => lists!.forEach(([, l]) => l.removeEventListener('change', onChange));
}

/**
 * The window's breakpoints, right from the first render. antd's Grid.useBreakpoint starts empty and fills in from a
 * layout effect, so every page using it was drawn twice in its first task (once as a phone, then as it is): on a
 * phone's CPU that second pass was a good part of the plan view's longest task.
 */
export function useScreens(): Screens {
  return useSyncExternalStore(subscribe, read);
}
