import { useLayoutEffect } from 'react';
import { dismissFirstScreen } from '../first-screen/handoff.js';

// A page still loading shows antd's skeleton or spinner: the preview stays over it until the content is there (or a
// moment has passed: a spinner may be a secondary list loading under content that is there already).
const LOADING = '.ant-skeleton, .ant-spin-spinning';
const WAIT_MS = 1500;

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
    const observer = new MutationObserver(() => !loading() && stop());
    const timer = window.setTimeout(() => stop(), WAIT_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
      dismissFirstScreen();
    }
    observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    return stop;
  }, []);
  return null;
}
