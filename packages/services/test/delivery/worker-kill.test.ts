import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropPostgresSchema, listDeliveries, migrateToLatest, openDatabase, type DatabaseOptions, type Db } from '@duban/storage';
import { createDeliveryWorker } from '../../src/index.js';
import { freshSchemaName, pgUrl } from '../../../storage/test/support/databases.js';
import { deliveryFixture } from './fixture.js';
import { robotReceiver } from './receivers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'duban-worker-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const childScript = new URL('./worker-child.ts', import.meta.url).pathname;

function startChild(options: DatabaseOptions): ChildProcess {
  return spawn(process.execPath, ['--conditions=source', '--import', 'tsx', childScript, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function waitFor(cond: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const engines: { name: string; options: () => DatabaseOptions; cleanup: (o: DatabaseOptions) => Promise<void> }[] = [
  { name: 'sqlite', options: () => ({ file: path.join(dir, `kill-${Date.now()}.sqlite`) }), cleanup: async () => undefined },
  ...(pgUrl
    ? [
        {
          name: 'postgres',
          options: () => ({ url: pgUrl!, schema: freshSchemaName() }),
          cleanup: (o: DatabaseOptions) => dropPostgresSchema(o.url!, o.schema!),
        },
      ]
    : []),
];

describe.each(engines)('a delivery worker killed with SIGKILL mid-batch ($name)', ({ options, cleanup }) => {
  it('leaves its claimed rows to a new worker after the lease; every message reaches the receiver once per delivery id', async () => {
    const dbOptions = options();
    const open = await openDatabase(dbOptions);
    await migrateToLatest(open.db);
    const f = await deliveryFixture(open);
    // The 4th request is held unanswered: the child is killed while that send is on the wire.
    const rx = await robotReceiver({ answers: [200], hold: (n) => n === 4 });
    const child = startChild(dbOptions);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_code, signal) => r(signal)));
    try {
      await f.channel({ kind: 'wecom', config: { url: rx.url('/cgi-bin/webhook/send?key=k') } });
      for (let i = 1; i <= 10; i++) await f.notify([f.unit.id], `第 ${i} 条通知`);
      const all = async () => (await listDeliveries(f.db, {}, { page: 1, pageSize: 50 })).items;
      expect(await all()).toHaveLength(10);

      await waitFor(() => rx.received.length >= 4, `the child to send 4 messages (output: ${out})`);
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const afterKill = await all();
      const sentByChild = afterKill.filter((r) => r.status === 'sent').map((r) => r.id);
      const inFlight = rx.received[3]!.deliveryId!;
      expect(sentByChild).toHaveLength(3);
      expect(afterKill.find((r) => r.id === inFlight)).toMatchObject({ status: 'sending', attempts: 1 });
      for (const r of rx.held.splice(0)) r.destroy();

      // A new worker: the free rows go at once, the killed worker's claims only after their lease (1.5 s) ran out.
      const worker = createDeliveryWorker(f.db as Db, { leaseMs: 1500, batchSize: 5, baseDelayMs: 20 });
      await waitFor(async () => {
        await worker.runOnce();
        return (await all()).every((r) => r.status === 'sent');
      }, 'the new worker to finish');

      const final = await all();
      expect(final.every((r) => r.status === 'sent')).toBe(true);
      // Each message was acted on once: ten distinct delivery ids, every outbox row among them.
      expect(new Set(rx.accepted)).toEqual(new Set(final.map((r) => r.id)));
      expect(rx.accepted).toHaveLength(10);
      // Only the message on the wire at the kill was put on the wire again (same delivery id); nothing the
      // killed worker had marked sent was sent twice.
      const counts = new Map<string, number>();
      for (const p of rx.received) counts.set(p.deliveryId!, (counts.get(p.deliveryId!) ?? 0) + 1);
      expect([...counts].filter(([, n]) => n > 1)).toEqual([[inFlight, 2]]);
      for (const id of sentByChild) expect(counts.get(id)).toBe(1);
      expect(final.find((r) => r.id === inFlight)!.attempts).toBe(2);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await rx.close();
      await open.close();
      await cleanup(dbOptions);
    }
  });
});
