// What the first-screen script (loaded by index.html before the app) hands over to the app: the answers it fetched
// and the preview it drew. The two are separate bundles, so the hand-over lives on `globalThis`, not in a module's
// own state: each bundle may carry its own copy of this file.

/** An answer fetched before the app's code ran: its status and its parsed JSON body (null when none). */
export interface EarlyAnswer {
  ok: boolean;
  status: number;
  body: unknown;
}

interface Handoff {
  answers: Map<string, Promise<EarlyAnswer>>;
  /** Set once the app has drawn a page: a preview whose data arrives later is not drawn any more. */
  pageDrawn: boolean;
}

/** The id of the preview's element (index.html has none until the first-screen script draws one). */
export const FIRST_SCREEN_ID = 'first-screen';

const KEY = '__dubanHandoff';
// An answer nobody took (the page went elsewhere) is dropped after a while rather than served stale.
const KEEP_MS = 15_000;

function handoff(): Handoff {
  const g = globalThis as unknown as Record<typeof KEY, Handoff | undefined>;
  return (g[KEY] ??= { answers: new Map(), pageDrawn: false });
}

/** Starts a GET of an API path now; the app's first request of the same path takes the answer ({@link takeEarly}). */
export function fetchEarly(path: string): Promise<EarlyAnswer> {
  const answer = fetch(path, { headers: { accept: 'application/json' }, credentials: 'same-origin' }).then(answerOf, (): EarlyAnswer => ({
    ok: false,
    status: 0,
    body: null,
  }));
  const { answers } = handoff();
  answers.set(path, answer);
  setTimeout(() => answers.get(path) === answer && answers.delete(path), KEEP_MS);
  return answer;
}

async function answerOf(res: Response): Promise<EarlyAnswer> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON: `ok` is what counts; the app sends its own request for anything but a good answer.
  }
  return { ok: res.ok && body !== null, status: res.status, body };
}

/** The answer of an early GET of `path`, once: the second request of the same path goes to the server. */
export function takeEarly(path: string): Promise<EarlyAnswer> | undefined {
  const { answers } = handoff();
  const answer = answers.get(path);
  if (answer) answers.delete(path);
  return answer;
}

/** Whether the app has drawn a page already (then a late preview must not cover it). */
export function isPageDrawn(): boolean {
  return handoff().pageDrawn;
}

/** Called by the app once a page of its own is on screen: the preview, if any, goes, and none is drawn after. */
export function dismissFirstScreen(): void {
  handoff().pageDrawn = true;
  document.getElementById(FIRST_SCREEN_ID)?.remove();
}
