import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sessions, tokens and passwords (finding 4): a reset ends access, tokens expire, policy, lockout, idle, re-auth. */
for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`account security on ${target.name}`, () => {
    let s: TestServer;
    let admin: TestClient;
    // A low lockout threshold so the test can cross it.
    beforeAll(async () => {
      s = await target.start({ security: { lockoutMax: 3, lockoutMs: 60_000 } });
    });
    beforeEach(async () => {
      admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
    });
    afterAll(async () => s?.dispose());

    async function createUser(
      username: string,
      password: string,
      extra: Record<string, unknown> = {},
    ): Promise<{ id: string; version: number }> {
      const r = await admin.post('/api/users', { username, password, roles: [{ role: 'viewer' }], ...extra });
      expect(r.status).toBe(201);
      return r.body;
    }
    /** A signed-in client that keeps the session alive, and one API token of the same user. */
    async function signedIn(username: string, password: string): Promise<{ web: TestClient; api: TestClient }> {
      const web = new TestClient(s.url);
      await web.login(username, password);
      const token = await web.post('/api/tokens', { name: 'sync' });
      expect(token.status).toBe(201);
      return { web, api: new TestClient(s.url, token.body.token) };
    }

    it('an admin reset ends every session and token of the user and forces a new password', async () => {
      const u = await createUser('reset-me', 'Reset-pass-1');
      const { web, api } = await signedIn('reset-me', 'Reset-pass-1');
      expect((await web.get('/api/plans')).status).toBe(200);
      expect((await api.get('/api/plans')).status).toBe(200);
      expect((await admin.patch(`/api/users/${u.id}`, { version: u.version, password: 'Admin-set-9x' })).status).toBe(200);
      expect((await web.get('/api/plans')).status).toBe(401);
      expect((await api.get('/api/plans')).status).toBe(401);
      // The next sign-in must change the administrator-set password before anything else.
      const again = new TestClient(s.url);
      const session = await again.login('reset-me', 'Admin-set-9x');
      expect(session.mustChangePassword).toBe(true);
      const blocked = await again.get('/api/plans');
      expect([blocked.status, blocked.body.error.id]).toEqual([403, 'auth.password_change_required']);
      expect((await again.get('/api/auth/me')).body.mustChangePassword).toBe(true);
      expect((await again.post('/api/auth/password', { oldPassword: 'Admin-set-9x', newPassword: 'Own-choice-22' })).status).toBe(200);
      const fresh = new TestClient(s.url);
      expect((await fresh.login('reset-me', 'Own-choice-22')).mustChangePassword).toBe(false);
      expect((await fresh.get('/api/plans')).status).toBe(200);
    });

    it('a self-service change ends the tokens too', async () => {
      await createUser('self-change', 'Self-pass-11');
      const { web, api } = await signedIn('self-change', 'Self-pass-11');
      expect((await web.post('/api/auth/password', { oldPassword: 'Self-pass-11', newPassword: 'Self-pass-22' })).status).toBe(200);
      expect((await api.get('/api/plans')).status).toBe(401);
      expect((await web.get('/api/plans')).status).toBe(401);
    });

    it('applies the password policy: length, classes, username, the last five', async () => {
      for (const [password, rule] of [
        ['Short-12', 'length'],
        ['alllowercase-only', 'classes'],
        ['policyuser', 'classes'],
      ] as const) {
        const r = await admin.post('/api/users', { username: 'policyuser', password, roles: [{ role: 'viewer' }] });
        expect([password, r.status, r.body.error.id, r.body.error.details]).toEqual([password, 400, 'password.weak', { rule }]);
      }
      const same = await admin.post('/api/users', { username: 'Policy-User-1', password: 'Policy-User-1', roles: [{ role: 'viewer' }] });
      expect([same.status, same.body.error.details]).toEqual([400, { rule: 'username' }]);
      await createUser('history', 'History-0a');
      const c = new TestClient(s.url);
      let current = 'History-0a';
      for (const next of ['History-1a', 'History-2a', 'History-3a', 'History-4a']) {
        await c.login('history', current);
        expect((await c.post('/api/auth/password', { oldPassword: current, newPassword: next })).status).toBe(200);
        current = next;
      }
      await c.login('history', current);
      // The current password and the four before it (the last five) are refused; a new one is taken.
      for (const old of ['History-0a', 'History-2a', 'History-4a']) {
        const r = await c.post('/api/auth/password', { oldPassword: current, newPassword: old });
        expect([old, r.status, r.body.error.id]).toEqual([old, 400, 'password.reused']);
      }
      expect((await c.post('/api/auth/password', { oldPassword: current, newPassword: 'History-5a' })).status).toBe(200);
    });

    it('API tokens carry an expiry and a last-used time; expired tokens are refused', async () => {
      const created = await admin.post('/api/tokens', { name: 'short', expiresInDays: 1 });
      expect(created.status).toBe(201);
      const days = (Date.parse(created.body.expiresAt) - Date.now()) / 86400_000;
      expect(days).toBeGreaterThan(0.99);
      expect(days).toBeLessThanOrEqual(1);
      const def = await admin.post('/api/tokens', { name: 'default' });
      expect(Math.round((Date.parse(def.body.expiresAt) - Date.now()) / 86400_000)).toBe(90);
      const api = new TestClient(s.url, created.body.token);
      expect((await api.get('/api/plans')).status).toBe(200);
      const listed = (await admin.get('/api/tokens')).body.find((t: { id: string }) => t.id === created.body.id);
      expect(listed.lastUsedAt).toBeTruthy();
      expect(listed.expiresAt).toBe(created.body.expiresAt);
      await s.db.db
        .updateTable('api_tokens')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', created.body.id)
        .execute();
      const expired = await api.get('/api/plans');
      expect([expired.status, expired.body.error.id]).toEqual([401, 'auth.invalid_token']);
    });

    it('locks an account after repeated failures from any address, also for the right password', async () => {
      await createUser('lock-me', 'Lock-pass-11');
      // Below the per-address limit (5 a window), the account limit (3 here) is reached.
      for (let i = 0; i < 3; i++)
        expect((await new TestClient(s.url).post('/api/auth/login', { username: 'lock-me', password: `wrong-${i}` })).status).toBe(401);
      const locked = await new TestClient(s.url).post('/api/auth/login', { username: 'lock-me', password: 'Lock-pass-11' });
      expect([locked.status, locked.body.error.id]).toEqual([429, 'auth.account_locked']);
      expect(locked.body.error.message).toMatch(/锁定.*分钟/);
      await s.db.db
        .updateTable('users')
        .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
        .where('username', '=', 'lock-me')
        .execute();
      expect((await new TestClient(s.url).post('/api/auth/login', { username: 'lock-me', password: 'Lock-pass-11' })).status).toBe(200);
    });

    it('needs a recent password entry for user and token administration', async () => {
      const late = new TestClient(s.url);
      await late.login('admin', s.adminPassword);
      // The password was entered long ago as far as this session knows (set before the session is first resolved).
      await s.db.db
        .updateTable('sessions')
        .set({ auth_at: new Date(Date.now() - 3600_000).toISOString() })
        .execute();
      for (const r of [
        await late.post('/api/users', { username: 'late-user', password: 'Late-pass-11', roles: [{ role: 'viewer' }] }),
        await late.post('/api/tokens', { name: 'late' }),
      ]) {
        expect([r.status, r.body.error.id]).toEqual([403, 'auth.reauth_required']);
      }
      expect((await late.post('/api/auth/reauth', { password: 'wrong' })).body.error.id).toBe('auth.wrong_password');
      expect((await late.post('/api/auth/reauth', { password: s.adminPassword })).status).toBe(200);
      expect((await late.post('/api/users', { username: 'late-user', password: 'Late-pass-11', roles: [{ role: 'viewer' }] })).status).toBe(
        201,
      );
      // API tokens cannot re-authenticate, so they cannot administer users.
      const token = (await late.post('/api/tokens', { name: 'admin-sync' })).body.token;
      const viaToken = await new TestClient(s.url, token).post('/api/users', {
        username: 'token-user',
        password: 'Token-pass-11',
        roles: [{ role: 'viewer' }],
      });
      expect([viaToken.status, viaToken.body.error.id]).toEqual([403, 'auth.reauth_required']);
    });
  });

  describe.skipIf(Boolean(target.skipReason))(`idle sessions on ${target.name}`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await target.start({ security: { idleTimeoutMs: 2000 } });
    });
    afterAll(async () => s?.dispose());

    it('keeps a session in use and ends one left idle longer than the timeout', async () => {
      const c = new TestClient(s.url);
      await c.login('admin', s.adminPassword);
      // Used every 0.8 s, the session outlives the 2 s idle timeout…
      for (let i = 0; i < 4; i++) {
        expect((await c.get('/api/auth/me')).status).toBe(200);
        await sleep(800);
      }
      expect((await c.get('/api/auth/me')).status).toBe(200);
      // …left alone longer than that, it ends.
      await sleep(2300);
      const r = await c.get('/api/auth/me');
      expect([r.status, r.body.error.id]).toEqual([401, 'auth.required']);
    });
  });
}
