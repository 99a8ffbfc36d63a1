import { newId, nowIso } from '../util.js';
import type { Db } from './types.js';

/** A sign-in session (the token itself is never stored, only its hash). */
export interface SessionRecord {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
}

/** Stores a new session. */
export async function insertSession(db: Db, s: { userId: string; tokenHash: string; csrfToken: string; expiresAt: string }): Promise<SessionRecord> {
  const id = newId();
  await db.insertInto('sessions').values({ id, user_id: s.userId, token_hash: s.tokenHash, csrf_token: s.csrfToken, created_at: nowIso(), expires_at: s.expiresAt }).execute();
  return { id, userId: s.userId, csrfToken: s.csrfToken, expiresAt: s.expiresAt };
}

/** The unexpired session with this token hash. */
export async function findSession(db: Db, tokenHash: string): Promise<SessionRecord | undefined> {
  const r = await db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).where('expires_at', '>', nowIso()).executeTakeFirst();
  return r && { id: r.id, userId: r.user_id, csrfToken: r.csrf_token, expiresAt: r.expires_at };
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
}

/** Stores an API token hash. */
export async function insertApiToken(db: Db, t: { userId: string; name: string; tokenHash: string }): Promise<ApiTokenRecord> {
  const id = newId();
  const createdAt = nowIso();
  await db.insertInto('api_tokens').values({ id, user_id: t.userId, name: t.name, token_hash: t.tokenHash, created_at: createdAt, last_used_at: null, revoked_at: null }).execute();
  return { id, userId: t.userId, name: t.name, createdAt };
}

/** The live (unrevoked) API token with this hash, marking it used. */
export async function useApiToken(db: Db, tokenHash: string): Promise<ApiTokenRecord | undefined> {
  const r = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
  if (!r) return undefined;
  await db.updateTable('api_tokens').set({ last_used_at: nowIso() }).where('id', '=', r.id).execute();
  return { id: r.id, userId: r.user_id, name: r.name, createdAt: r.created_at };
}

/** A user's API tokens (never the secrets), newest first. */
export async function listApiTokens(db: Db, userId: string): Promise<(ApiTokenRecord & { lastUsedAt: string | null; revokedAt: string | null })[]> {
  const rows = await db.selectFrom('api_tokens').select(['id', 'user_id', 'name', 'created_at', 'last_used_at', 'revoked_at']).where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
  return rows.map((r) => ({ id: r.id, userId: r.user_id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at }));
}

/** Revokes one of a user's tokens; false when the user has no such live token. */
export async function revokeApiToken(db: Db, userId: string, id: string): Promise<boolean> {
  const res = await db.updateTable('api_tokens').set({ revoked_at: nowIso() }).where('id', '=', id).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
