import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

/**
 * Moves keyboard focus to an element once it is in the page: pages load lazily and fetch their data, so the element
 * may appear a moment later. Gives up after `ms`. Returns a function that stops waiting.
 */
export function focusWhenPresent(selector: string, ms = 5000): () => void {
  const found = () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) return false;
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: false });
    return true;
  };
  if (found()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (found()) stop();
  });
  const timer = window.setTimeout(() => stop(), ms);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}

/**
 * After a navigation to another page (not the first load, not a change of query or hash), focus goes to the new
 * page's heading, so a keyboard or screen-reader user starts at the top of the new content instead of on <body>.
 * Redirects are not navigations the user made: `/` sending a liaison on to `/inbox`, a sign-in check sending the
 * loaded page on (all `replace`). Focus stays at the top of the document there, where the skip link is the first
 * Tab stop.
 */
export function useFocusHeadingOnNavigate(): void {
  const { pathname } = useLocation();
  // Read when the page changes, not a reason to look again (a query change can change the type alone).
  const navigationType = useNavigationType();
  const type = useRef(navigationType);
  type.current = navigationType;
  // The page last seen, not a first-render flag: React re-runs effects when a suspended boundary above shows its
  // content again (a lazy page, a query), and a re-run for the same page is no navigation.
  // For the same reason the wait for the new heading is not tied to the effect's cleanup: it ends when the heading
  // is found, after its time-out (5 s), or when the next navigation starts its own.
  const seen = useRef(pathname);
  const waiting = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (seen.current === pathname) return;
    seen.current = pathname;
    waiting.current();
    waiting.current = type.current === 'REPLACE' ? () => undefined : focusWhenPresent('#main h1');
  }, [pathname]);
}

/**
 * Makes every table that scrolls sideways (a wide table on a phone) a Tab stop, so the keyboard can scroll it with
 * the arrow keys even when it holds no link or button. Checked after the page changes, at most every 200 ms.
 */
export function useKeyboardScrollableTables(): void {
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    let timer = 0;
    const check = () => {
      timer = 0;
      for (const el of main.querySelectorAll<HTMLElement>('.ant-table-content:not([tabindex])')) {
        if (el.scrollWidth > el.clientWidth + 1) el.setAttribute('tabindex', '0');
      }
    };
    const observer = new MutationObserver(() => {
      if (!timer) timer = window.setTimeout(check, 200);
    });
    observer.observe(main, { childList: true, subtree: true });
    window.addEventListener('resize', check);
    check();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', check);
      window.clearTimeout(timer);
    };
  }, []);
}
