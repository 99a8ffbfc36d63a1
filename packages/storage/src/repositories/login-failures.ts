import type { Db } from './types.js';

/** Row of `login_failures`: failed sign-ins of one limiter key within the window that began at `window_start`. */
export interface LoginFailureTable {
  key: string;
  window_start: string;
  failures: number;
}

/** How many failed attempts a key may have within how long. */
export interface LoginLimit {
  max: number;
  windowMs: number;
}

const failureTable = (db: Db) => db.withTables<{ login_failures: LoginFailureTable }>();
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Counts one sign-in attempt against `key` before the password is checked, unless the key already has
 * `limit.max` failures in its live window: then nothing is written and `allowed` is false. A window begins at
 * the first failure and lasts `limit.windowMs`; an attempt after it has passed starts a new one (`failures` 1).
 * The check and the increment are one statement (an upsert on the key), so simultaneous attempts — from any
 * number of servers on the database — are each counted and no more than `limit.max` get through a window.
 * `failures` is the count in the window including this attempt. A successful sign-in then calls `clearLoginFailures`.
 *
 * @example
 * const { allowed } = await recordLoginAttempt(db, key, { max: 5, windowMs: 15 * 60_000 });
 * if (!allowed) throw tooManyAttempts();
 */
export async function recordLoginAttempt(
  db: Db,
  key: string,
  limit: LoginLimit,
  now = Date.now(),
): Promise<{ allowed: boolean; failures: number }> {
  const at = iso(now);
  const cutoff = iso(now - limit.windowMs);
  const row = await failureTable(db)
    .insertInto('login_failures')
    .values({ key, window_start: at, failures: 1 })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => {
          const expired = eb('login_failures.window_start', '<=', cutoff);
          return {
            failures: eb
              .case()
              .when(expired)
              .then(1)
              .else(eb('login_failures.failures', '+', 1))
              .end(),
            window_start: eb.case().when(expired).then(at).else(eb.ref('login_failures.window_start')).end(),
          };
        })
        .where((eb) => eb.or([eb('login_failures.window_start', '<=', cutoff), eb('login_failures.failures', '<', limit.max)])),
    )
    .returning('failures')
    .executeTakeFirst();
  // Refused only when the live window already holds `max`; it never grows past that, so that is the count.
  return row ? { allowed: true, failures: Number(row.failures) } : { allowed: false, failures: limit.max };
}

/** Forgets a key's failures (after a successful sign-in). */
export async function clearLoginFailures(db: Db, key: string): Promise<void> {
  await failureTable(db).deleteFrom('login_failures').where('key', '=', key).execute();
}

/** Removes the rows whose window has passed; returns how many. */
export async function pruneLoginFailures(db: Db, windowMs: number, now = Date.now()): Promise<number> {
  const res = await failureTable(db)
    .deleteFrom('login_failures')
    .where('window_start', '<=', iso(now - windowMs))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
