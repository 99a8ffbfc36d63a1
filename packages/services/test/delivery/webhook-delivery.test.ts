import { afterEach, describe, expect, it } from 'vitest';
import { listDeliveries, type OutboxRecord } from '@duban/storage';
import { createDeliveryWorker, dingTalkSign } from '../../src/index.js';
import { deliveryFixture } from './fixture.js';
import { robotReceiver } from './receivers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup(answers: number[], dingTalkSecret?: string) {
  const f = await deliveryFixture();
  const rx = await robotReceiver({ answers, ...(dingTalkSecret !== undefined ? { dingTalkSecret } : {}) });
  cleanups.push(rx.close, () => f.open.close());
  return { f, rx };
}

/** Runs the worker until no row is pending or sending (retries are due a few milliseconds later). */
async function runUntilSettled(
  worker: ReturnType<typeof createDeliveryWorker>,
  db: Parameters<typeof listDeliveries>[0],
): Promise<OutboxRecord[]> {
  for (let i = 0; i < 200; i++) {
    await worker.runOnce();
    const rows = (await listDeliveries(db, {}, { page: 1, pageSize: 100 })).items;
    if (rows.every((r) => r.status === 'sent' || r.status === 'failed')) return rows;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('outbox never settled');
}

const fast = { baseDelayMs: 5, maxDelayMs: 20 };

describe('webhook delivery to a local receiver', () => {
  it('retries after an HTTP 500 and marks the message sent when the second attempt gets errcode 0', async () => {
    const { f, rx } = await setup([500, 200]);
    await f.channel({ kind: 'wecom', config: { url: rx.url('/cgi-bin/webhook/send?key=k1') } });
    await f.notify([f.unit.id]);
    const rows = await runUntilSettled(createDeliveryWorker(f.db, fast), f.db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(rx.received).toHaveLength(2);
    expect(rx.received.map((r) => r.deliveryId)).toEqual([rows[0]!.id, rows[0]!.id]);
    const body = rx.received[1]!.body as { msgtype: string; markdown: { content: string } };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.content).toContain('任务 （一）1 已调整');
    expect(body.markdown.content).toContain('市交通运输局');
  });

  it('gives up after the attempt limit when the receiver always answers 500', async () => {
    const { f, rx } = await setup([500]);
    const channel = await f.channel({ kind: 'wecom', config: { url: rx.url('/cgi-bin/webhook/send?key=secret-key-1') } });
    await f.notify([f.unit.id]);
    const rows = await runUntilSettled(createDeliveryWorker(f.db, fast), f.db);
    expect(rows[0]).toMatchObject({ channelId: channel.id, status: 'failed', attempts: 6, maxAttempts: 6 });
    expect(rows[0]!.lastError).toContain('HTTP 500');
    expect(rx.received).toHaveLength(6);
  });

  it('counts a 200 answer with a non-zero errcode as a failure', async () => {
    const { f, rx } = await setup([200], 'SEC-right');
    // The channel signs with another secret: the receiver answers 200 {errcode:310000}.
    await f.channel({ kind: 'dingtalk', config: { url: rx.url(), secret: 'SEC-wrong' } });
    await f.notify([f.unit.id]);
    const worker = createDeliveryWorker(f.db, { baseDelayMs: 60_000 });
    await worker.runOnce();
    const [row] = (await listDeliveries(f.db, {}, { page: 1, pageSize: 10 })).items;
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.lastError).toContain('errcode 310000');
    expect(rx.received[0]!.signatureValid).toBe(false);
  });

  it('signs DingTalk messages: the receiver recomputes HmacSHA256(secret, timestamp\\nsecret) and accepts', async () => {
    const secret = 'SEC0123456789abcdef';
    const { f, rx } = await setup([200], secret);
    await f.channel({ kind: 'dingtalk', config: { url: rx.url(), secret } });
    await f.notify([f.unit.id], '领导对任务 （二）3 作出批示：抓紧落实', 'instruction');
    const rows = await runUntilSettled(createDeliveryWorker(f.db, fast), f.db);
    expect(rows[0]).toMatchObject({ status: 'sent', attempts: 1 });
    expect(rx.received).toHaveLength(1);
    const got = rx.received[0]!;
    expect(got.signatureValid).toBe(true);
    expect(got.query.get('access_token')).toBe('tok123');
    expect(got.body).toMatchObject({ msgtype: 'markdown', markdown: { title: '领导批示' } });
    expect((got.body as { markdown: { text: string } }).markdown.text).toContain('抓紧落实');
  });

  it('refuses a loopback target unless the channel allows private addresses, without contacting it', async () => {
    const { f, rx } = await setup([200]);
    await f.channel({ kind: 'wecom', allowPrivate: false, config: { url: rx.url().replace('http:', 'https:') } });
    await f.notify([f.unit.id]);
    const rows = await runUntilSettled(createDeliveryWorker(f.db, fast), f.db);
    expect(rows[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(rows[0]!.lastError).toContain('127.0.0.1');
    expect(rx.received).toHaveLength(0);
  });

  it('keeps the webhook token out of the recorded error', async () => {
    const { f } = await setup([200]);
    // Nothing listens on port 9: the connection is refused.
    await f.channel({ kind: 'wecom', config: { url: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=very-secret-key' } });
    await f.notify([f.unit.id]);
    await createDeliveryWorker(f.db, { baseDelayMs: 60_000 }).runOnce();
    const [row] = (await listDeliveries(f.db, {}, { page: 1, pageSize: 10 })).items;
    expect(row!.lastError).toMatch(/ECONNREFUSED/);
    expect(row!.lastError).not.toContain('very-secret-key');
  });

  it('computes the documented DingTalk signature', () => {
    // Reference value from Python's hmac + base64 + urllib.parse.quote_plus, as in DingTalk's sample code.
    expect(dingTalkSign('SECabc', 1700000000000)).toBe('jcUpW0QmtKduN03n4JqQ0PBosVjqnM8gU7fIIvsDmCM%3D');
  });

  it('gives back untried the rows of a slow batch whose lease would run out before they could be sent', async () => {
    const { f } = await setup([200]);
    await f.channel({ kind: 'wecom', config: { url: 'https://203.0.113.1/x' } });
    for (let i = 0; i < 3; i++) await f.notify([f.unit.id], `第 ${i} 条`);
    const sent: string[] = [];
    const outcomes: string[] = [];
    const worker = createDeliveryWorker(f.db, {
      leaseMs: 1000,
      sendBudgetMs: 400,
      batchSize: 3,
      send: async (_c, m) => {
        sent.push(m.id);
        await new Promise((r) => setTimeout(r, 700));
      },
      onSettled: (_r, o) => outcomes.push(o),
    });
    expect(await worker.runOnce()).toBe(3);
    expect(outcomes).toEqual(['sent', 'released', 'released']);
    const rows = (await listDeliveries(f.db, {}, { page: 1, pageSize: 10 })).items;
    expect(rows.filter((r) => r.status === 'pending').map((r) => r.attempts)).toEqual([0, 0]);
    expect(sent).toHaveLength(1);
  });

  it('retries a target whose name does not resolve (DNS may be back next time)', async () => {
    const { f } = await setup([200]);
    await f.channel({ kind: 'wecom', allowPrivate: false, config: { url: 'https://no-such-host.invalid/cgi-bin/webhook/send?key=k' } });
    await f.notify([f.unit.id]);
    await createDeliveryWorker(f.db, { baseDelayMs: 60_000 }).runOnce();
    const [row] = (await listDeliveries(f.db, {}, { page: 1, pageSize: 10 })).items;
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.lastError).toContain('无法解析主机 no-such-host.invalid');
  });
});
