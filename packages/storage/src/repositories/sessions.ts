import { newId, nowIso } from '../util.js';
import type { Db } from './types.js';

/** A sign-in session (the token itself is never stored, only its hash). */
export interface SessionRecord {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
  /** Last request (idle timeout). */
  lastSeenAt: string;
  /** When the password was last entered in this session (re-authentication). */
  authAt: string;
}

/** Stores a new session (signed in now: last seen and authenticated now). */
export async function insertSession(
  db: Db,
  s: { userId: string; tokenHash: string; csrfToken: string; expiresAt: string },
): Promise<SessionRecord> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('sessions')
    .values({
      id,
      user_id: s.userId,
      token_hash: s.tokenHash,
      csrf_token: s.csrfToken,
      created_at: now,
      expires_at: s.expiresAt,
      last_seen_at: now,
      auth_at: now,
    })
    .execute();
  return { id, userId: s.userId, csrfToken: s.csrfToken, expiresAt: s.expiresAt, lastSeenAt: now, authAt: now };
}

/** The unexpired session with this token hash. */
export async function findSession(db: Db, tokenHash: string): Promise<SessionRecord | undefined> {
  const r = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', nowIso())
    .executeTakeFirst();
  return (
    r && {
      id: r.id,
      userId: r.user_id,
      csrfToken: r.csrf_token,
      expiresAt: r.expires_at,
      lastSeenAt: r.last_seen_at ?? r.created_at,
      authAt: r.auth_at ?? r.created_at,
    }
  );
}

/** Records activity (`last_seen_at`) and, when the password was entered again, `auth_at`. */
export async function touchSession(db: Db, id: string, at: { lastSeenAt: string; authAt?: string }): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at.lastSeenAt, ...(at.authAt ? { auth_at: at.authAt } : {}) })
    .where('id', '=', id)
    .execute();
}

/** Ends a session by id (idle timeout). */
export async function deleteSessionById(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends a session. */
export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of a user (password change). */
export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Removes expired sessions. */
export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', nowIso()).execute();
}

/** An API token for integrations. */
export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  /** null: never expires (tokens made before expiry existed). */
  expiresAt: string | null;
}

/** Stores an API token hash. */
export async function insertApiToken(
  db: Db,
  t: { userId: string; name: string; tokenHash: string; expiresAt: string | null },
): Promise<ApiTokenRecord> {
  const id = newId();
  const createdAt = nowIso();
  await db
    .insertInto('api_tokens')
    .values({
      id,
      user_id: t.userId,
      name: t.name,
      token_hash: t.tokenHash,
      created_at: createdAt,
      last_used_at: null,
      revoked_at: null,
      expires_at: t.expiresAt,
    })
    .execute();
  return { id, userId: t.userId, name: t.name, createdAt, expiresAt: t.expiresAt };
}

/** The live (unrevoked, unexpired) API token with this hash, marking it used. */
export async function useApiToken(db: Db, tokenHash: string): Promise<ApiTokenRecord | undefined> {
  const now = nowIso();
  const r = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
  if (!r) return undefined;
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', r.id).execute();
  return { id: r.id, userId: r.user_id, name: r.name, createdAt: r.created_at, expiresAt: r.expires_at };
}

/** A user's API tokens (never the secrets), newest first. */
export async function listApiTokens(
  db: Db,
  userId: string,
): Promise<(ApiTokenRecord & { lastUsedAt: string | null; revokedAt: string | null })[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'name', 'created_at', 'last_used_at', 'revoked_at', 'expires_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    name: r.name,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes every live token of a user (password change or reset); returns how many. */
export async function revokeUserApiTokens(db: Db, userId: string): Promise<number> {
  const res = await db
    .updateTable('api_tokens')
    .set({ revoked_at: nowIso() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Revokes one of a user's tokens; false when the user has no such live token. */
export async function revokeApiToken(db: Db, userId: string, id: string): Promise<boolean> {
  const res = await db
    .updateTable('api_tokens')
    .set({ revoked_at: nowIso() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
