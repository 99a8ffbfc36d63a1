import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimDueDeliveries,
  enqueueDeliveries,
  findDelivery,
  insertDeliveryChannel,
  insertJurisdiction,
  insertNotifications,
  insertUnit,
  insertUser,
  listDeliveries,
  listNotifications,
  markDeliveryAttemptFailed,
  markDeliverySent,
  migrateToLatest,
  openDatabase,
  pruneSentDeliveries,
  releaseDelivery,
  retryFailedDelivery,
  setUserEmail,
  type OpenDatabase,
} from '../src/index.js';
import { pgUrl, testDatabases } from './support/databases.js';

const at = (ms: number) => new Date(Date.parse('2026-12-01T00:00:00.000Z') + ms).toISOString();

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`delivery outbox on ${target.name}`, () => {
    let open: OpenDatabase;
    // A second handle on the same database, as a second worker process has.
    let other: OpenDatabase;
    let dir: string | undefined;
    let channelId: string;
    beforeAll(async () => {
      if (target.name === 'sqlite') {
        dir = mkdtempSync(path.join(tmpdir(), 'duban-outbox-'));
        open = await openDatabase({ dataDir: dir });
        await migrateToLatest(open.db);
        other = await openDatabase({ dataDir: dir });
      } else {
        open = await target.open();
        other = await openDatabase({ url: pgUrl!, schema: open.schema! });
      }
      channelId = (
        await insertDeliveryChannel(open.db, {
          jurisdictionId: null,
          kind: 'wecom',
          name: 'all',
          config: { url: 'https://example.invalid/x' },
          enabled: true,
          allowPrivate: false,
        })
      ).id;
    });
    afterAll(async () => {
      await other?.close();
      if (dir) {
        await open?.close();
        rmSync(dir, { recursive: true, force: true });
      } else if (open) await target.dispose(open);
    });

    const clear = () => open.db.withTables<{ delivery_outbox: { id: string } }>().deleteFrom('delivery_outbox').execute();
    const enqueue = (n: number) =>
      enqueueDeliveries(
        open.db,
        Array.from({ length: n }, (_, i) => ({
          channelId,
          notificationId: null,
          eventKind: 'test',
          recipient: null,
          title: 't',
          body: `m${i}`,
          maxAttempts: 3,
        })),
      );

    it('lets two handles claim at once without ever claiming the same row twice', async () => {
      await clear();
      const ids = await enqueue(30);
      const now = at(10 ** 12);
      const until = at(10 ** 12 + 60_000);
      const claims = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          claimDueDeliveries(i % 2 ? other.db : open.db, { leaseId: `lease-${i}`, now, lockedUntil: until, limit: 7 }),
        ),
      );
      const claimed = claims.flat().map((r) => r.id);
      expect(new Set(claimed).size).toBe(claimed.length);
      expect(new Set(claimed)).toEqual(new Set(ids));
      for (const [i, rows] of claims.entries())
        for (const r of rows) expect(r).toMatchObject({ status: 'sending', leaseId: `lease-${i}`, attempts: 1, lockedUntil: until });
    });

    it('gives a claimed row to nobody else until its lease runs out, then to the next claim, which alone may settle it', async () => {
      await clear();
      const [id] = await enqueue(1);
      const t = 10 ** 12;
      const [first] = await claimDueDeliveries(open.db, { leaseId: 'A', now: at(t), lockedUntil: at(t + 1000), limit: 5 });
      expect(first!.id).toBe(id);
      expect(await claimDueDeliveries(other.db, { leaseId: 'B', now: at(t + 999), lockedUntil: at(t + 5000), limit: 5 })).toEqual([]);
      const [again] = await claimDueDeliveries(other.db, { leaseId: 'B', now: at(t + 1000), lockedUntil: at(t + 5000), limit: 5 });
      expect(again).toMatchObject({ id, leaseId: 'B', attempts: 2 });
      // The first claim lost the row: it can neither mark it sent nor failed.
      expect(await markDeliverySent(open.db, id!, 'A')).toBe(false);
      expect(await markDeliveryAttemptFailed(open.db, id!, 'A', 'late', null)).toBe(false);
      expect(await markDeliverySent(other.db, id!, 'B')).toBe(true);
      const sent = (await findDelivery(open.db, id!))!;
      expect(sent).toMatchObject({ status: 'sent', lockedUntil: null });
      expect(await pruneSentDeliveries(open.db, sent.sentAt!)).toBe(0);
      expect(await claimDueDeliveries(open.db, { leaseId: 'C', now: at(t + 10 ** 9), lockedUntil: at(t + 10 ** 9 + 1), limit: 5 })).toEqual(
        [],
      );
      expect(await pruneSentDeliveries(open.db, new Date(Date.parse(sent.sentAt!) + 1).toISOString())).toBe(1);
      expect(await findDelivery(open.db, id!)).toBeUndefined();
    });

    it('reschedules a failed attempt, marks it failed when the caller gives up, and lets an administrator retry it', async () => {
      await clear();
      const [id] = await enqueue(1);
      const t = 10 ** 12;
      await claimDueDeliveries(open.db, { leaseId: 'A', now: at(t), lockedUntil: at(t + 1000), limit: 5 });
      expect(await markDeliveryAttemptFailed(open.db, id!, 'A', 'HTTP 500', at(t + 30_000))).toBe(true);
      expect(await findDelivery(open.db, id!)).toMatchObject({
        status: 'pending',
        attempts: 1,
        nextAttemptAt: at(t + 30_000),
        lastError: 'HTTP 500',
      });
      expect(await claimDueDeliveries(open.db, { leaseId: 'B', now: at(t + 29_999), lockedUntil: at(t + 40_000), limit: 5 })).toEqual([]);
      expect(await claimDueDeliveries(open.db, { leaseId: 'B', now: at(t + 30_000), lockedUntil: at(t + 40_000), limit: 5 })).toHaveLength(
        1,
      );
      expect(await markDeliveryAttemptFailed(open.db, id!, 'B', 'HTTP 500 again', null)).toBe(true);
      expect(await findDelivery(open.db, id!)).toMatchObject({ status: 'failed', attempts: 2, lastError: 'HTTP 500 again' });
      expect((await listDeliveries(open.db, { status: 'failed' }, { page: 1, pageSize: 10 })).total).toBe(1);
      expect(await retryFailedDelivery(open.db, id!)).toBe(true);
      expect(await retryFailedDelivery(open.db, id!)).toBe(false);
      expect(await findDelivery(open.db, id!)).toMatchObject({ status: 'pending', attempts: 0 });
      // Pruning takes sent messages only.
      expect(await pruneSentDeliveries(open.db, at(10 ** 13))).toBe(0);
      expect(await findDelivery(open.db, id!)).toBeDefined();
    });

    it('takes a released row back to pending without counting the attempt', async () => {
      await clear();
      const [id] = await enqueue(1);
      const t = 10 ** 12;
      await claimDueDeliveries(open.db, { leaseId: 'A', now: at(t), lockedUntil: at(t + 1000), limit: 5 });
      expect(await releaseDelivery(other.db, id!, 'B')).toBe(false);
      expect(await releaseDelivery(other.db, id!, 'A')).toBe(true);
      expect(await findDelivery(open.db, id!)).toMatchObject({ status: 'pending', attempts: 0, lockedUntil: null });
      expect(await claimDueDeliveries(open.db, { leaseId: 'C', now: at(t + 1), lockedUntil: at(t + 1000), limit: 5 })).toHaveLength(1);
    });

    it('queues the outbound copies of a notification in its transaction, and none when the transaction rolls back', async () => {
      await clear();
      const j = await insertJurisdiction(open.db, { parentId: null, name: `区${Math.random()}`, level: 'county' });
      const unit = await insertUnit(open.db, { name: `区卫健委${Math.random()}`, kind: 'department', jurisdictionId: j.id });
      const user = await insertUser(open.db, {
        username: `u${Math.random()}`,
        passwordHash: null,
        roles: [{ role: 'liaison', unitId: unit.id }],
      });
      await setUserEmail(open.db, user.id, 'a@b.example');
      const mail = await insertDeliveryChannel(open.db, {
        jurisdictionId: j.id,
        kind: 'email',
        name: 'mail',
        config: {},
        enabled: true,
        allowPrivate: false,
      });
      await expect(
        open.db.transaction().execute(async (tx) => {
          await insertNotifications(tx, [unit.id], { kind: 'report_returned', text: 'x', link: null });
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect((await listDeliveries(open.db, {}, { page: 1, pageSize: 10 })).total).toBe(0);
      await open.db
        .transaction()
        .execute((tx) => insertNotifications(tx, [unit.id], { kind: 'report_returned', text: '报送被退回', link: null }));
      const rows = (await listDeliveries(open.db, {}, { page: 1, pageSize: 10 })).items;
      expect(rows.map((r) => [r.channelId, r.recipient, r.title]).sort()).toEqual(
        [
          [channelId, null, '报送被退回'],
          [mail.id, 'a@b.example', '报送被退回'],
        ].sort(),
      );
    });

    it('stores a reminder with a dedupe key once, however often it is written', async () => {
      await clear();
      const unit = await insertUnit(open.db, { name: `提醒单位${Math.random()}`, kind: 'department' });
      const write = () =>
        insertNotifications(open.db, [unit.id], {
          kind: 'report_due',
          text: '3 天后到期',
          link: null,
          dedupeKey: 'report_due:p1:2026-12-01',
        });
      expect(await write()).toBe(1);
      expect(await write()).toBe(0);
      expect((await listNotifications(open.db, [unit.id], { limit: 10 })).items).toHaveLength(1);
      // The global channel got one message, not two.
      expect((await listDeliveries(open.db, {}, { page: 1, pageSize: 10 })).total).toBe(1);
    });
  });
}
