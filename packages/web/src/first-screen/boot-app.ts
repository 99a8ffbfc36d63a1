// Starting the app once the screen has something on it. In a build, index.html neither fetches nor runs the app's
// code (first-screen-plugin.ts): it lists the chunks to fetch in <meta name="duban-preload"> and the entry's chunks,
// dependencies first, in <meta name="duban-app">. Evaluating the app's code is the longest task of a page load (a
// quarter of a second on a phone): run straight after parsing it held the first paint behind it, and run at once it
// blocked the main thread for all that time; here it runs after the preview, one chunk per task (React, the router,
// the query cache, the app). Under Vite's dev server there is no meta: the app starts from index.html's own script.

/** How long the app's code waits for the preview's data before it is fetched anyway (the app draws with that data). */
const PREVIEW_WAIT_MS = 1000;
/** Where no frame comes (a busy or odd browser), the app does not wait for one longer than this. */
const FRAME_WAIT_MS = 100;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves after the next frame has been painted (at once in a hidden tab, which paints nothing). */
function painted(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  const frame = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return Promise.race([frame, delay(FRAME_WAIT_MS)]);
}

/** Imports the chunks one by one, each in a task of its own (a module already evaluated is not evaluated again). */
async function importInTurn(chunks: string[]): Promise<void> {
  for (const chunk of chunks) {
    await import(/* @vite-ignore */ chunk);
    await delay(0);
  }
}

const listed = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.split(' ').filter(Boolean) ?? [];

/** Starts fetching the app's chunks (all at once, in parallel) without running them. */
function preload(chunks: string[]): void {
  for (const href of chunks) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

/**
 * Fetches and runs the app's code once a frame has been painted and the preview is drawn (or has had its time): on
 * a slow connection the stylesheet and the page's data go first, as a server-drawn page's HTML would, instead of
 * sharing the line with 300 KB of code.
 */
export function bootAppAfter(preview: Promise<unknown>): void {
  const chunks = listed('duban-app');
  if (!chunks.length) return;
  const previewed = Promise.race([preview.then(undefined, () => undefined), delay(PREVIEW_WAIT_MS)]);
  // The second frame is the preview's own: its paint goes before the code's first byte.
  void Promise.all([painted(), previewed])
    .then(painted)
    .then(() => {
      preload(listed('duban-preload'));
      return importInTurn(chunks);
    });
}
