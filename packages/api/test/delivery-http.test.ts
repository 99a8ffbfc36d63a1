import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { robotReceiver, smtpReceiver } from '../../services/test/delivery/receivers.js';
import { officeWithReport, type OfficeWithReport } from './support/office-with-report.js';
import { serverTargets, type TestServer } from './support/servers.js';

type Receiver = Awaited<ReturnType<typeof robotReceiver>>;

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`notification channels and the delivery log over HTTP on ${target.name}`, () => {
    let s: TestServer;
    let o: OfficeWithReport;
    let ding: Receiver;
    let refusing: Receiver;
    const secret = 'SECsecret-value-123456';
    beforeAll(async () => {
      s = await target.start();
      o = await officeWithReport(s.url, s.adminPassword);
      ding = await robotReceiver({ answers: [200], dingTalkSecret: secret });
      refusing = await robotReceiver({ answers: [400] });
    });
    afterAll(async () => {
      await ding?.close();
      await refusing?.close();
      await s?.dispose();
    });

    const log = async () =>
      (await o.admin.get('/api/delivery/log?pageSize=100')).body.items as {
        id: string;
        status: string;
        eventKind: string;
        channelId: string;
        attempts: number;
        lastError: string | null;
        nextAttemptAt: string | null;
      }[];

    it('refuses loopback and plain-http webhooks unless private targets are allowed', async () => {
      const body = (url: string, allowPrivate = false) => ({
        name: '钉钉群',
        jurisdictionId: null,
        allowPrivate,
        config: { kind: 'dingtalk', url },
      });
      const loop = await o.admin.post('/api/delivery/channels', body('https://127.0.0.1:9/robot/send?access_token=t'));
      expect(loop.status).toBe(400);
      expect(loop.body.error.id).toBe('delivery.private_address');
      const v6 = await o.admin.post('/api/delivery/channels', body('https://[::ffff:127.0.0.1]/robot/send'));
      expect(v6.body.error.id).toBe('delivery.private_address');
      const http = await o.admin.post('/api/delivery/channels', body('http://203.0.113.9/robot/send'));
      expect(http.body.error.id).toBe('delivery.scheme');
      expect((await o.admin.get('/api/delivery/channels')).body).toEqual([]);
    });

    it('stores a DingTalk channel, never shows or audits its secrets, and delivers a returned report signed', async () => {
      const created = await o.admin.post('/api/delivery/channels', {
        name: '钉钉督办群',
        jurisdictionId: null,
        allowPrivate: true,
        config: { kind: 'dingtalk', url: ding.url('/robot/send?access_token=tok-hidden-42'), secret },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ kind: 'dingtalk', allowPrivate: true, enabled: true, secretsSet: ['url', 'secret'] });
      expect(created.body.config.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/robot\/send\?••••$/);
      const listed = await o.admin.get('/api/delivery/channels');
      const audit = await o.admin.get(`/api/audit?entity=delivery_channel&entityId=${created.body.id}`);
      for (const text of [created.text, listed.text, audit.text]) {
        expect(text).not.toContain('tok-hidden-42');
        expect(text).not.toContain(secret);
      }
      expect(audit.body.items).toHaveLength(1);

      // Renaming leaves the stored secrets alone.
      expect((await o.admin.patch(`/api/delivery/channels/${created.body.id}`, { name: '钉钉督办群（市）' })).body.secretsSet).toEqual([
        'url',
        'secret',
      ]);

      const returned = await o.admin.post(`/api/reports/${o.reportId}/return`, { reason: '缺少现场照片' });
      expect(returned.status).toBe(200);
      const row = await until('the returned-report message to be sent', async () =>
        (await log()).find((r) => r.eventKind === 'report_returned' && r.status === 'sent'),
      );
      expect(row.attempts).toBe(1);
      const got = ding.received.find((p) => p.deliveryId === row.id)!;
      expect(got.signatureValid).toBe(true);
      expect(got.query.get('access_token')).toBe('tok-hidden-42');
      expect(JSON.stringify(got.body)).toContain('缺少现场照片');
      // The liaison sees it in-app too.
      const inbox = await o.liaison.get('/api/notifications');
      expect(inbox.body.items.map((n: { kind: string }) => n.kind)).toContain('report_returned');
    });

    it('test-sends through the queue, and lets the office retry a failed message', async () => {
      const ch = (
        await o.admin.post('/api/delivery/channels', {
          name: '企业微信群',
          jurisdictionId: null,
          allowPrivate: true,
          config: { kind: 'wecom', url: refusing.url('/cgi-bin/webhook/send?key=wk') },
        })
      ).body;
      const queued = await o.admin.post(`/api/delivery/channels/${ch.id}/test`, {});
      expect(queued.status).toBe(202);
      expect(queued.body).toMatchObject({ channelId: ch.id, eventKind: 'test', status: 'pending', channelName: '企业微信群' });
      // HTTP 400 is the target refusing the message itself: failed at once, not retried.
      const failed = await until('the test message to fail', async () =>
        (await log()).find((r) => r.id === queued.body.id && r.status === 'failed'),
      );
      expect(failed).toMatchObject({ attempts: 1, nextAttemptAt: null });
      expect(failed.lastError).toContain('HTTP 400');
      expect(refusing.received).toHaveLength(1);

      expect((await o.liaison.post(`/api/delivery/log/${failed.id}/retry`, {})).status).toBe(403);
      const retried = await o.admin.post(`/api/delivery/log/${failed.id}/retry`, {});
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({ status: 'pending', attempts: 0 });
      await until('the retried message to be tried again', async () => (refusing.received.length === 2 ? true : undefined));
      const sent = (await log()).find((r) => r.status === 'sent')!;
      const again = await o.admin.post(`/api/delivery/log/${sent.id}/retry`, {});
      expect(again.status).toBe(409);
      expect(again.body.error.id).toBe('delivery.not_failed');
      const audit = await o.admin.get(`/api/audit?entity=delivery&entityId=${failed.id}`);
      expect(audit.body.items.map((a: { action: string }) => a.action).sort()).toEqual(['retry', 'test']);
    });

    it("e-mails the unit's users who have an address when a 督办单 is issued to it", async () => {
      const smtp = await smtpReceiver();
      try {
        const listed = (await o.admin.get('/api/users?pageSize=500')).body;
        const tiyu = (Array.isArray(listed) ? listed : listed.items).find((u: { username: string }) => u.username === 'tiyu');
        const patched = await o.admin.patch(`/api/users/${tiyu.id}`, { version: tiyu.version, email: 'tiyu@sport.example' });
        expect(patched.status).toBe(200);
        expect(patched.body.email).toBe('tiyu@sport.example');
        expect((await o.admin.patch(`/api/users/${tiyu.id}`, { version: patched.body.version, email: 'not-an-address' })).status).toBe(400);
        const mail = await o.admin.post('/api/delivery/channels', {
          name: '办公邮箱',
          jurisdictionId: null,
          allowPrivate: true,
          config: { kind: 'email', host: '127.0.0.1', port: smtp.port, secure: false, from: 'duban@gov.example' },
        });
        expect(mail.status).toBe(201);
        const notice = await o.admin.post('/api/notices', {
          taskId: o.taskId,
          unitId: o.unitId,
          reason: '进度滞后，请说明',
          due: '2099-12-31',
        });
        expect(notice.status).toBe(201);
        await until('the notice e-mail', async () => (smtp.mails.length > 0 ? true : undefined));
        expect(smtp.mails).toHaveLength(1);
        expect(smtp.mails[0]!.to).toEqual(['tiyu@sport.example']);
        expect(smtp.mails[0]!.raw).toMatch(/Message-ID: <[0-9a-f-]{36}@duban>/);
      } finally {
        await smtp.close();
      }
    });

    it('keeps channels and the log from everyone but the office', async () => {
      expect((await o.liaison.get('/api/delivery/channels')).status).toBe(403);
      expect((await o.liaison.get('/api/delivery/log')).status).toBe(403);
    });
  });
}
