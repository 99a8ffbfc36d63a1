import { createHash, createHmac, randomBytes } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import {
  clearAccountFailures,
  clearLoginFailures,
  deleteExpiredSessions,
  deleteSession,
  deleteSessionById,
  findSession,
  findUser,
  findUserForLogin,
  getAccountState,
  insertApiToken,
  insertSession,
  listUnits,
  listApiTokens,
  pruneLoginFailures,
  recordAccountFailure,
  recordLoginAttempt,
  revokeApiToken,
  touchSession,
  updateUser,
  useApiToken,
  type UserRecord,
} from '@duban/storage';
import type { SessionView } from '@duban/core';
import type { Actor } from '../actor.js';
import { authGeneration, write, type ServiceContext } from '../context.js';
import { afterPasswordReplaced, hashPassword, prepareNewPassword } from './credentials.js';
import { DomainError, conflict, notFound } from '../errors.js';
import { presentUser } from '../presenters.js';
import { requireRecentAuth, securityPolicy } from './security-policy.js';

const SESSION_DAYS = 7;
/** How long a resolved session may be reused without asking the database (any auth write in this process ends it sooner). */
const SESSION_CACHE_MS = 5_000;
const SESSION_CACHE_MAX = 1_000;
/** Failed sign-ins allowed per username + client address within the window (kept in the database, shared by every server). */
const LOGIN_LIMIT = { max: 5, windowMs: 15 * 60_000 };

/** A session's last-seen time is written at most once a minute (a quarter of the idle timeout if shorter), not per request. */
const TOUCH_EVERY_MS = 60_000;

type CachedSession = { actor: Actor; csrfToken: string; until: number; generation: number };

export { hashPassword };

const lockedMessage = (until: string) => {
  const minutes = Math.max(1, Math.ceil((Date.parse(until) - Date.now()) / 60_000));
  return `该账号登录失败次数过多，已临时锁定，请 ${minutes} 分钟后再试`;
};

/** A fresh random token (URL-safe). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(randomToken()));
}

/** Sign-in, sessions, API tokens. */
export function createAuthService(ctx: ServiceContext) {
  const tokenHash = (token: string) => createHmac('sha256', ctx.secret).update(token).digest('hex');

  // Small LRU (Map keeps insertion order) of resolved sessions keyed by token hash.
  const sessionCache = new Map<string, CachedSession>();
  const toActor = (u: UserRecord, via: Actor['via'], extra: Partial<Actor> = {}): Actor => ({
    userId: u.id,
    username: u.username,
    roles: u.roles,
    via,
    ...extra,
  });

  async function sessionView(u: UserRecord, csrfToken: string | undefined, mustChangePassword: boolean): Promise<SessionView> {
    const units = new Map((await listUnits(ctx.db, { includeMerged: true })).map((x) => [x.id, x.name]));
    return {
      user: presentUser(u, units),
      roles: [...new Set(u.roles.map((r) => r.role))],
      ...(csrfToken ? { csrfToken } : {}),
      mustChangePassword,
    };
  }

  return {
    /**
     * Checks a password; on success opens a session and returns its token (for the cookie) and CSRF token.
     * Five failures per username+IP within 15 minutes block further attempts (`auth.rate_limited`). Each attempt
     * is counted in the database before the password is checked, so the limit holds across servers, restarts and
     * simultaneous requests; a successful sign-in clears the count again.
     */
    async login(username: string, password: string, ip: string): Promise<{ token: string; expiresAt: string; session: SessionView }> {
      // Hashed: the table need not keep addresses or mistyped usernames (sometimes a password typed in the wrong box).
      const key = createHash('sha256').update(`${username.toLowerCase()}|${ip}`).digest('hex');
      const attempt = await recordLoginAttempt(ctx.db, key, LOGIN_LIMIT);
      if (!attempt.allowed) throw new DomainError('rate_limited', 'auth.rate_limited', '登录失败次数过多，请 15 分钟后再试');
      // A new window (first failure in a while): a good moment to drop other keys' windows that have passed.
      if (attempt.failures === 1) await pruneLoginFailures(ctx.db, LOGIN_LIMIT.windowMs);
      const user = await findUserForLogin(ctx.db, username);
      const state = user ? await getAccountState(ctx.db, user.id) : undefined;
      // A locked account is refused before its password is checked (the right password does not open it either).
      if (state?.lockedUntil && Date.parse(state.lockedUntil) > Date.now())
        throw new DomainError('rate_limited', 'auth.account_locked', lockedMessage(state.lockedUntil));
      // Unknown users cost one verification too, so response time does not reveal which usernames exist.
      const ok =
        (await verify(user?.passwordHash ?? (await dummyHash()), password).catch(() => false)) &&
        Boolean(user?.passwordHash && user.active);
      // The attempt is already counted as a failure; only a success takes it back.
      if (!user || !ok) {
        const policy = securityPolicy(ctx);
        const lockedUntil = user ? await recordAccountFailure(ctx.db, user.id, { max: policy.lockoutMax, lockMs: policy.lockoutMs }) : null;
        if (user && lockedUntil) {
          await write(ctx, toActor(user, 'session'), (_tx, audit) => audit('user', user.id, 'lock', null, { lockedUntil, ip }));
        }
        throw new DomainError('unauthenticated', 'auth.invalid_credentials', '用户名或密码错误');
      }
      const token = randomToken();
      const csrfToken = randomToken(24);
      const expiresAt = new Date(Date.now() + SESSION_DAYS * 86400_000).toISOString();
      await write(ctx, toActor(user, 'session'), async (tx, audit) => {
        await clearLoginFailures(tx, key);
        if (state?.failedLogins || state?.lockedUntil) await clearAccountFailures(tx, user.id);
        await deleteExpiredSessions(tx);
        const s = await insertSession(tx, { userId: user.id, tokenHash: tokenHash(token), csrfToken, expiresAt });
        await audit('session', s.id, 'login', null, { userId: user.id, ip });
      });
      return { token, expiresAt, session: await sessionView(user, csrfToken, Boolean(state?.mustChangePassword)) };
    },

    /** Ends the session of this cookie token. */
    async logout(actor: Actor, token: string): Promise<void> {
      await write(ctx, actor, async (tx, audit) => {
        await deleteSession(tx, tokenHash(token));
        await audit('session', actor.userId, 'logout', null, null);
      });
    },

    /** Resolves a session cookie token to its actor and CSRF token, or null when unknown/expired. */
    async authenticateSession(token: string): Promise<{ actor: Actor; csrfToken: string } | null> {
      const key = tokenHash(token);
      const generation = authGeneration(ctx);
      const now = Date.now();
      const hit = sessionCache.get(key);
      sessionCache.delete(key);
      if (hit && hit.generation === generation && hit.until > now) {
        sessionCache.set(key, hit);
        return { actor: hit.actor, csrfToken: hit.csrfToken };
      }
      const s = await findSession(ctx.db, key);
      if (!s) return null;
      // Idle timeout: a session unused for longer ends (kept in the database, so every server agrees).
      const idleMs = securityPolicy(ctx).idleTimeoutMs;
      if (now - Date.parse(s.lastSeenAt) > idleMs) {
        await deleteSessionById(ctx.db, s.id);
        return null;
      }
      const touchEvery = Math.min(TOUCH_EVERY_MS, idleMs / 4);
      if (now - Date.parse(s.lastSeenAt) > touchEvery) await touchSession(ctx.db, s.id, { lastSeenAt: new Date(now).toISOString() });
      const u = await findUser(ctx.db, s.userId);
      if (!u?.active) return null;
      const state = await getAccountState(ctx.db, u.id);
      const actor = toActor(u, 'session', { authAt: s.authAt, mustChangePassword: Boolean(state?.mustChangePassword) });
      sessionCache.set(key, {
        actor,
        csrfToken: s.csrfToken,
        generation,
        until: Math.min(now + SESSION_CACHE_MS, now + touchEvery, Date.parse(s.expiresAt)),
      });
      if (sessionCache.size > SESSION_CACHE_MAX) sessionCache.delete(sessionCache.keys().next().value!);
      return { actor, csrfToken: s.csrfToken };
    },

    /** Resolves an API bearer token to its actor, or null. */
    async authenticateToken(token: string): Promise<Actor | null> {
      const t = await useApiToken(ctx.db, tokenHash(token));
      if (!t) return null;
      const u = await findUser(ctx.db, t.userId);
      if (!u?.active) return null;
      const state = await getAccountState(ctx.db, u.id);
      return toActor(u, 'token', { mustChangePassword: Boolean(state?.mustChangePassword) });
    },

    /** The signed-in user as /api/auth/me shows it. */
    async me(actor: Actor, csrfToken?: string): Promise<SessionView> {
      const u = await findUser(ctx.db, actor.userId);
      if (!u) throw new DomainError('unauthenticated', 'auth.required', '请先登录');
      return sessionView(u, csrfToken, Boolean(actor.mustChangePassword));
    },

    /** Re-authentication: checks the actor's password again and marks this session as recently authenticated. */
    async reauthenticate(actor: Actor, sessionToken: string | undefined, password: string): Promise<void> {
      if (actor.via !== 'session' || !sessionToken) throw new DomainError('forbidden', 'auth.session_required', '请在登录后确认身份');
      const u = await findUserForLogin(ctx.db, actor.username);
      if (!u?.passwordHash || !(await verify(u.passwordHash, password).catch(() => false))) {
        throw new DomainError('validation', 'auth.wrong_password', '密码不正确');
      }
      const s = await findSession(ctx.db, tokenHash(sessionToken));
      if (!s) throw new DomainError('unauthenticated', 'auth.required', '请先登录');
      const now = new Date().toISOString();
      await write(ctx, actor, async (tx, audit) => {
        await touchSession(tx, s.id, { lastSeenAt: now, authAt: now });
        await audit('session', s.id, 'reauth', null, null);
      });
    },

    /**
     * Changes the actor's own password (policy: strength, not the username, not one of the last five). Every
     * session of the user ends, this one included, and every API token is revoked; a forced change is done.
     */
    async changePassword(actor: Actor, oldPassword: string, newPassword: string): Promise<void> {
      const u = await findUserForLogin(ctx.db, actor.username);
      if (!u?.passwordHash || !(await verify(u.passwordHash, oldPassword).catch(() => false))) {
        throw new DomainError('validation', 'auth.wrong_password', '原密码不正确');
      }
      const passwordHash = await prepareNewPassword(ctx, u, newPassword);
      await write(ctx, actor, async (tx, audit) => {
        if (!(await updateUser(tx, u.id, u.version, { passwordHash }))) throw conflict('user');
        const { revokedTokens } = await afterPasswordReplaced(ctx, tx, u.id, u.passwordHash, false);
        await audit('user', u.id, 'password', null, { sessionsEnded: true, revokedTokens });
      });
    },

    /** The actor's API tokens (names and dates, never the secrets). */
    async listApiTokens(actor: Actor) {
      return listApiTokens(ctx.db, actor.userId);
    },

    /** Revokes one of the actor's API tokens. */
    async revokeApiToken(actor: Actor, id: string): Promise<void> {
      await write(ctx, actor, async (tx, audit) => {
        if (!(await revokeApiToken(tx, actor.userId, id))) throw notFound('api_token', '访问令牌不存在或已撤销');
        await audit('api_token', id, 'revoke', null, null);
      });
    },

    /** Creates an API token for the actor; the secret is returned once and stored only hashed. */
    /**
     * Creates an API token for the actor; the secret is returned once and stored only hashed. It expires after
     * `expiresInDays` (default from the policy, 90) and needs a recent password entry in this session.
     */
    async createApiToken(
      actor: Actor,
      name: string,
      expiresInDays?: number,
    ): Promise<{ id: string; name: string; token: string; createdAt: string; expiresAt: string }> {
      if (actor.via !== 'session') throw new DomainError('forbidden', 'auth.session_required', '请在登录后创建访问令牌');
      requireRecentAuth(ctx, actor);
      const token = `dbn_${randomToken()}`;
      const expiresAt = new Date(Date.now() + (expiresInDays ?? securityPolicy(ctx).tokenDays) * 86400_000).toISOString();
      return write(ctx, actor, async (tx, audit) => {
        const rec = await insertApiToken(tx, { userId: actor.userId, name, tokenHash: tokenHash(token), expiresAt });
        await audit('api_token', rec.id, 'create', null, { name, expiresAt });
        return { id: rec.id, name, token, createdAt: rec.createdAt, expiresAt };
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
