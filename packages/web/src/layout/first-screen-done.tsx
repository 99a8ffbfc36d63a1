import { useLayoutEffect } from 'react';
import { dismissFirstScreen } from '../first-screen/handoff.js';

// A page whose data is still loading shows Loadable's skeleton (components/common.tsx): the preview stays over it
// until the content is there. Skeletons of secondary parts (a chart, a side card) do not hold it.
const LOADING = '.duban-page-loading';
const WAIT_MS = 5000;

/**
 * Mounted with each page (inside the page's Suspense boundary, so only once its code has arrived): removes the
 * first-screen preview (../first-screen) as soon as the page shows its content, in the same frame, so the screen
 * goes from the preview to the page without a loading state between them.
 */
export function FirstScreenDone() {
  useLayoutEffect(() => {
    const main = document.getElementById('main');
    const loading = () => main?.querySelector(LOADING) != null;
    if (!main || !loading()) return dismissFirstScreen();
    const observer = new MutationObserver(() => !loading() && done());
    const timer = window.setTimeout(() => done(), WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    function done() {
      stop();
      dismissFirstScreen();
    }
    observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    // Unmounted before its page was ready (the user went elsewhere): the next page's own FirstScreenDone takes over.
    return stop;
  }, []);
  return null;
}
