import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  clearLoginFailures,
  migrateToLatest,
  openDatabase,
  pruneLoginFailures,
  recordLoginAttempt,
  type OpenDatabase,
} from './support/storage.js';
import { pgUrl, testDatabases } from './support/databases.js';

const limit = { max: 5, windowMs: 15 * 60_000 };
const t0 = Date.parse('2026-03-01T08:00:00.000Z');

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`login failures on ${target.name}`, () => {
    let open: OpenDatabase;
    // A second handle on the same database, as a second app server has (SQLite: a file both open; PostgreSQL: the schema).
    let other: OpenDatabase;
    let dir: string | undefined;
    beforeAll(async () => {
      if (target.name === 'sqlite') {
        dir = mkdtempSync(path.join(tmpdir(), 'duban-login-'));
        open = await openDatabase({ dataDir: dir });
        await migrateToLatest(open.db);
        other = await openDatabase({ dataDir: dir });
      } else {
        open = await target.open();
        other = await openDatabase({ url: pgUrl!, schema: open.schema! });
      }
    });
    afterAll(async () => {
      await other?.close();
      if (dir) {
        await open?.close();
        rmSync(dir, { recursive: true, force: true });
      } else if (open) await target.dispose(open);
    });

    it('allows five attempts per window, refuses the sixth without counting it, and starts a new window after it', async () => {
      const counts = [];
      for (let i = 0; i < 5; i++) counts.push(await recordLoginAttempt(open.db, 'k-window', limit, t0 + i * 60_000));
      expect(counts).toEqual([1, 2, 3, 4, 5].map((failures) => ({ allowed: true, failures })));
      expect(await recordLoginAttempt(other.db, 'k-window', limit, t0 + 10 * 60_000)).toEqual({ allowed: false, failures: 5 });
      // The window runs from the first failure: still closed a millisecond before it ends, open at its end.
      expect((await recordLoginAttempt(open.db, 'k-window', limit, t0 + limit.windowMs - 1)).allowed).toBe(false);
      expect(await recordLoginAttempt(other.db, 'k-window', limit, t0 + limit.windowMs)).toEqual({ allowed: true, failures: 1 });
      expect(await recordLoginAttempt(open.db, 'k-window', limit, t0 + limit.windowMs + 1)).toEqual({ allowed: true, failures: 2 });
      // Other keys are counted on their own.
      expect(await recordLoginAttempt(open.db, 'k-window-other', limit, t0 + 10 * 60_000)).toEqual({ allowed: true, failures: 1 });
    });

    it('counts simultaneous attempts from two handles each, and lets no more than five through', async () => {
      const two = await Promise.all([recordLoginAttempt(open.db, 'k-race', limit, t0), recordLoginAttempt(other.db, 'k-race', limit, t0)]);
      expect(two.map((r) => r.failures).sort()).toEqual([1, 2]);
      const burst = await Promise.all(
        Array.from({ length: 12 }, (_, i) => recordLoginAttempt(i % 2 ? open.db : other.db, 'k-race', limit, t0 + 1000)),
      );
      expect(
        burst
          .filter((r) => r.allowed)
          .map((r) => r.failures)
          .sort(),
      ).toEqual([3, 4, 5]);
      expect(burst.filter((r) => !r.allowed)).toHaveLength(9);
      const fresh = await Promise.all(
        Array.from({ length: 12 }, (_, i) => recordLoginAttempt(i % 2 ? open.db : other.db, 'k-race-fresh', limit, t0)),
      );
      expect(
        fresh
          .filter((r) => r.allowed)
          .map((r) => r.failures)
          .sort(),
      ).toEqual([1, 2, 3, 4, 5]);
    });

    it('clears one key on success and prunes only windows that have passed', async () => {
      for (let i = 0; i < 5; i++) await recordLoginAttempt(open.db, 'k-clear', limit, t0);
      await recordLoginAttempt(open.db, 'k-keep', limit, t0);
      await clearLoginFailures(other.db, 'k-clear');
      expect(await recordLoginAttempt(open.db, 'k-clear', limit, t0 + 1)).toEqual({ allowed: true, failures: 1 });
      expect(await recordLoginAttempt(open.db, 'k-keep', limit, t0 + 1)).toEqual({ allowed: true, failures: 2 });

      await recordLoginAttempt(open.db, 'k-late', limit, t0 + 10 * 60_000);
      const before = await open.db.withTables<{ login_failures: { key: string } }>().selectFrom('login_failures').select('key').execute();
      const pruned = await pruneLoginFailures(other.db, limit.windowMs, t0 + limit.windowMs + 60_000);
      const after = (
        await open.db.withTables<{ login_failures: { key: string } }>().selectFrom('login_failures').select('key').execute()
      ).map((r) => r.key);
      expect(after).toContain('k-late');
      expect(after).not.toContain('k-keep');
      expect(pruned).toBe(before.length - after.length);
      expect(pruned).toBeGreaterThan(0);
    });
  });
}
