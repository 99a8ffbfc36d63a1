import { newId, nowIso } from '../util.js';
import type { Db } from './types.js';

/** A user's sign-in state: forced password change and lockout. */
export interface AccountState {
  mustChangePassword: boolean;
  failedLogins: number;
  lockedUntil: string | null;
}

/** The account state of a user, or undefined when there is no such user. */
export async function getAccountState(db: Db, userId: string): Promise<AccountState | undefined> {
  const r = await db
    .selectFrom('users')
    .select(['must_change_password', 'failed_logins', 'locked_until'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return r && { mustChangePassword: r.must_change_password === 1, failedLogins: Number(r.failed_logins), lockedUntil: r.locked_until };
}

/**
 * Counts a failed sign-in against the account (whatever the address). The `max`th failure locks the account until
 * `now + lockMs` and starts the count again. One statement, so simultaneous failures are each counted.
 * Returns the lock's end when this failure locked the account, else null.
 */
export async function recordAccountFailure(
  db: Db,
  userId: string,
  limit: { max: number; lockMs: number },
  now = Date.now(),
): Promise<string | null> {
  const until = new Date(now + limit.lockMs).toISOString();
  const row = await db
    .updateTable('users')
    .set((eb) => {
      const reached = eb('failed_logins', '>=', limit.max - 1);
      return {
        failed_logins: eb
          .case()
          .when(reached)
          .then(0)
          .else(eb('failed_logins', '+', 1))
          .end(),
        locked_until: eb.case().when(reached).then(until).else(eb.ref('locked_until')).end(),
      };
    })
    .where('id', '=', userId)
    .returning(['failed_logins', 'locked_until'])
    .executeTakeFirst();
  return row && Number(row.failed_logins) === 0 && row.locked_until === until ? until : null;
}

/** Clears the failure count and any lock (successful sign-in). */
export async function clearAccountFailures(db: Db, userId: string): Promise<void> {
  await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
}

/** Sets or clears the forced password change. */
export async function setMustChangePassword(db: Db, userId: string, value: boolean): Promise<void> {
  await db
    .updateTable('users')
    .set({ must_change_password: value ? 1 : 0 })
    .where('id', '=', userId)
    .execute();
}

/** The user's current password hash and the earlier ones kept, newest first. */
export async function recentPasswordHashes(db: Db, userId: string, count: number): Promise<string[]> {
  const current = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirst();
  const earlier = await db
    .selectFrom('password_history')
    .select('password_hash')
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(count)
    .execute();
  return [current?.password_hash, ...earlier.map((r) => r.password_hash)].filter((h): h is string => Boolean(h)).slice(0, count);
}

/** Keeps a replaced password hash, dropping all but the newest `keep` of the user. */
export async function pushPasswordHistory(db: Db, userId: string, passwordHash: string, keep: number): Promise<void> {
  await db
    .insertInto('password_history')
    .values({ id: newId(), user_id: userId, password_hash: passwordHash, created_at: nowIso() })
    .execute();
  const stale = await db
    .selectFrom('password_history')
    .select('id')
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .offset(keep)
    .limit(1000)
    .execute();
  if (stale.length > 0)
    await db
      .deleteFrom('password_history')
      .where(
        'id',
        'in',
        stale.map((r) => r.id),
      )
      .execute();
}
