import { createContext, useEffect, useState } from 'react';

// Chart code (ECharts) is large to evaluate; it is loaded once the figures are on screen and the browser is idle,
// so the figures can be clicked straight away.
/** Whether the dashboard's charts may load (the browser has been idle once). */
export const ChartsReady = createContext(false);

/** True once the browser has been idle (or 150 ms have passed where requestIdleCallback is missing). */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: 500 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(() => setIdle(true), 150);
    return () => window.clearTimeout(id);
  }, []);
  return idle;
}
