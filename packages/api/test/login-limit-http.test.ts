import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropPostgresSchema } from '@duban/storage';
import { startServer, type RunningServer } from '../src/index.js';
import { TestClient } from './support/http-client.js';
import { freshSchemaName, pgUrl, testDatabases } from '../../storage/test/support/databases.js';

const ADMIN_PASSWORD = 'admin-password-123';

/** The login limit is kept in the database: two app servers on one database share it, and a restart keeps it. */
for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`login limit across servers on ${target.name}`, () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'duban-login-limit-'));
    const schema = target.name === 'postgres' ? freshSchemaName() : undefined;
    const running = new Set<RunningServer>();
    let a: RunningServer;
    let b: RunningServer;

    /** One more app server on the shared data directory (SQLite) or database schema (PostgreSQL). */
    async function start(): Promise<RunningServer> {
      const s = await startServer({
        dataDir,
        port: 0,
        adminPassword: ADMIN_PASSWORD,
        webDist: path.join(dataDir, 'no-web'),
        ...(schema ? { databaseUrl: pgUrl!, schema } : {}),
      });
      running.add(s);
      return s;
    }
    async function stop(s: RunningServer): Promise<void> {
      running.delete(s);
      await s.close();
    }
    const attempt = (s: RunningServer, username: string, password: string) =>
      new TestClient(s.url).post('/api/auth/login', { username, password });

    beforeAll(async () => {
      a = await start();
      b = await start();
      const admin = new TestClient(a.url);
      await admin.login('admin', ADMIN_PASSWORD);
      expect((await admin.post('/api/users', { username: 'viewer1', password: 'viewer-pass-1', roles: [{ role: 'viewer' }] })).status).toBe(
        201,
      );
    });
    afterAll(async () => {
      for (const s of [...running]) await stop(s);
      if (schema) await dropPostgresSchema(pgUrl!, schema);
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('counts failures on both servers together; a success on either clears them', async () => {
      for (const s of [a, b, a, b]) expect((await attempt(s, 'admin', 'wrong-password')).status).toBe(401);
      expect((await attempt(b, 'admin', ADMIN_PASSWORD)).status).toBe(200);
      // Cleared: five more failures are let through (and answered 401), spread over both servers.
      for (const s of [a, b, a, b, a]) expect((await attempt(s, 'admin', 'wrong-password')).status).toBe(401);
      for (const s of [b, a]) {
        const blocked = await attempt(s, 'admin', ADMIN_PASSWORD);
        expect([blocked.status, blocked.body.error]).toEqual([
          429,
          { id: 'auth.rate_limited', message: '登录失败次数过多，请 15 分钟后再试' },
        ]);
      }
      // The limit is per username: another account from the same address still signs in.
      expect((await attempt(a, 'viewer1', 'viewer-pass-1')).status).toBe(200);
    });

    it('counts simultaneous failures on the two servers each', async () => {
      const burst = await Promise.all([a, b, a, b, a, b, a, b].map((s) => attempt(s, 'viewer1', 'wrong-password')));
      expect(burst.map((r) => r.status).sort()).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      expect((await attempt(b, 'viewer1', 'viewer-pass-1')).status).toBe(429);
    });

    it('keeps the count when the servers restart', async () => {
      await stop(a);
      await stop(b);
      a = await start();
      expect((await attempt(a, 'admin', ADMIN_PASSWORD)).status).toBe(429);
      expect((await attempt(a, 'viewer1', 'viewer-pass-1')).status).toBe(429);
    });
  });
}
