import { writeGeneration, type ServiceContext } from './context.js';

/**
 * How long a "nothing is stale" finding is trusted. Statuses depend on the date, on writes in this process
 * (each committed write ends the memo) and on writes by other processes (the CLI): those show within this time.
 */
export const REFRESH_MEMO_MS = 60_000;

type Memo = { today: string; generation: number; until: number };
const memos = new WeakMap<ServiceContext, Map<string, Memo>>();

/** True when `key` was found fresh for the same day, with no write since, within REFRESH_MEMO_MS. */
export function isFresh(ctx: ServiceContext, key: string, today: string): boolean {
  const m = memos.get(ctx)?.get(key);
  return Boolean(m && m.today === today && m.generation === writeGeneration(ctx) && m.until > Date.now());
}

/** Records that `key` is fresh as of `today` and the write generation read before the check (`generation`). */
export function markFresh(ctx: ServiceContext, key: string, today: string, generation: number): void {
  let map = memos.get(ctx);
  if (!map) memos.set(ctx, (map = new Map()));
  map.set(key, { today, generation, until: Date.now() + REFRESH_MEMO_MS });
}
