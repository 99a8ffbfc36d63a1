// Starting the app once the screen has something on it. In a build, index.html preloads the app's entry rather than
// running it (first-screen-plugin.ts) and lists in <meta name="duban-app"> the entry's chunks, dependencies first:
// evaluating the app's code is the longest task of a page load (a quarter of a second on a phone). Run straight
// after parsing it would hold the first paint behind it, and run at once it blocks the main thread for all that
// time; here it runs after the first paint, one chunk per task (React, the router, the query cache, the app).
// Under Vite's dev server there is no meta: the app starts from index.html's own script.

/** How long the app waits for the preview's data before starting anyway (it needs the same data to draw). */
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
 * Fetches the app's code once a frame has been painted (the stylesheet and the page's data go first on a slow
 * connection), and runs it once the preview is drawn (or has had its time).
 */
export function bootAppAfter(preview: Promise<unknown>): void {
  const chunks = listed('duban-app');
  if (!chunks.length) return;
  const previewed = Promise.race([preview.then(undefined, () => undefined), delay(PREVIEW_WAIT_MS)]);
  const first = painted().then(() => preload(listed('duban-preload')));
  void Promise.all([first, previewed]).then(() => importInTurn(chunks));
}
