import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';
import { PLAN_TEXT } from './support/fixtures.js';

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`bad input on ${target.name}`, () => {
    let s: TestServer;
    let admin: TestClient;
    let plan: { id: string; tasks: { id: string; version: number }[] };
    beforeAll(async () => {
      s = await target.start();
      admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
      plan = (await admin.post('/api/plans/import', { fileName: 'p.txt', text: PLAN_TEXT })).body.plan;
    });
    afterAll(async () => s?.dispose());

    const planCount = async () => (await admin.get('/api/plans')).body.total as number;

    it('rejects malformed JSON with a Chinese message', async () => {
      const r = await admin.request('POST', '/api/units', '{"name": ', { headers: { 'content-type': 'application/json' } });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({ id: 'request.malformed', message: '请求格式有误，无法解析' });
    });

    it('rejects unknown content types with 415 and oversized JSON with 413', async () => {
      const r = await admin.request('POST', '/api/units', 'name=x', { headers: { 'content-type': 'text/csv' } });
      expect([r.status, r.body.error.id]).toEqual([415, 'request.unsupported_media']);
      const big = await admin.post('/api/units', { name: 'x'.repeat(2 * 1024 * 1024) });
      expect([big.status, big.body.error.id]).toEqual([413, 'request.too_large']);
      const bigText = await admin.post('/api/plans/import', { fileName: 'big.txt', text: '健'.repeat(7 * 1024 * 1024 + 10) });
      expect(bigText.status).toBe(413);
    });

    it('rejects wrong types with the failing fields', async () => {
      const r = await admin.patch(`/api/tasks/${plan.tasks[0]!.id}`, { version: 'one', due: ['明年'] });
      expect(r.status).toBe(400);
      expect(r.body.error.id).toBe('request.invalid');
      expect(r.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['due.0', 'version']);
      const q = await admin.get('/api/tasks?page=0');
      expect(q.status).toBe(400);
    });

    it('answers unknown ids and routes with 404 and stable ids', async () => {
      expect((await admin.get('/api/tasks/nope')).body.error.id).toBe('task.not_found');
      expect((await admin.get('/api/plans/nope')).body.error.id).toBe('plan.not_found');
      const unit = await admin.patch('/api/units/nope', { version: 1, name: 'x' });
      expect([unit.status, unit.body.error.id]).toEqual([404, 'unit.not_found']);
      const route = await admin.get('/api/nothing-here');
      expect([route.status, route.body.error.id]).toEqual([404, 'route.not_found']);
    });

    it('requires sign-in and the CSRF header for cookie sessions', async () => {
      const anon = await new TestClient(s.url).get('/api/tasks');
      expect([anon.status, anon.body.error.id]).toEqual([401, 'auth.required']);
      const noCsrf = await admin.post('/api/units', { name: '无令牌' }, { csrf: false });
      expect([noCsrf.status, noCsrf.body.error.id]).toEqual([403, 'auth.csrf']);
      const wrong = await admin.request(
        'POST',
        '/api/units',
        { name: '错令牌' },
        { csrf: false, headers: { 'x-csrf-token': 'x'.repeat(32) } },
      );
      expect(wrong.status).toBe(403);
      const me = await admin.get('/api/auth/me');
      expect(me.body.csrfToken).toBe(admin.csrfToken);
      // Signing in again with a live cookie needs no CSRF header.
      const again = await admin.post('/api/auth/login', { username: 'admin', password: s.adminPassword }, { csrf: false });
      expect(again.status).toBe(200);
      admin.csrfToken = again.body.csrfToken;
    });

    it('refuses an oversized upload with 413 and stores nothing', async () => {
      const before = await planCount();
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(21 * 1024 * 1024).fill(0x41)]), 'big.txt');
      const r = await admin.post('/api/plans/import', form);
      expect(r.status).toBe(413);
      expect(r.body.error.message).toContain('20 MB');
      expect(await planCount()).toBe(before);
    });

    it('refuses a corrupt upload with a Chinese message and stores nothing', async () => {
      const before = await planCount();
      const form = new FormData();
      const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
      form.append('file', new Blob([junk]), 'plan.txt');
      const r = await admin.post('/api/plans/import', form);
      expect(r.status).toBe(422);
      expect(r.body.error.id).toMatch(/^document\./);
      expect(r.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
      const empty = new FormData();
      empty.append('file', new Blob([new Uint8Array(0)]), 'empty.txt');
      expect((await admin.post('/api/plans/import', empty)).status).toBe(422);
      expect(await planCount()).toBe(before);
    });

    it('imports a multipart upload', async () => {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from(PLAN_TEXT, 'utf8')]), '方案.txt');
      const r = await admin.post('/api/plans/import', form);
      expect(r.status).toBe(201);
      expect(r.body.plan).toMatchObject({ fileName: '方案.txt', status: 'draft' });
    });

    it('turns concurrent edits of one task into one success and one 409, losing nothing', async () => {
      const second = new TestClient(s.url);
      await second.login('admin', s.adminPassword);
      const task = (await admin.get(`/api/tasks/${plan.tasks[0]!.id}`)).body;
      const [a, b] = await Promise.all([
        admin.patch(`/api/tasks/${task.id}`, { version: task.version, deadlineText: '甲的修改' }),
        second.patch(`/api/tasks/${task.id}`, { version: task.version, deadlineText: '乙的修改' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      const winner = a.status === 200 ? a : b;
      expect(loser.body.error.id).toBe('task.conflict');
      const now = (await admin.get(`/api/tasks/${task.id}`)).body;
      expect(now.deadlineText).toBe(winner.body.deadlineText);
      expect(now.version).toBe(task.version + 1);
      expect(now.history).toHaveLength(1);
      // The loser retries on the fresh version and succeeds.
      const retry = await (loser === a ? admin : second).patch(`/api/tasks/${task.id}`, {
        version: now.version,
        deadlineText: '合并后的修改',
      });
      expect(retry.status).toBe(200);
    });

    it('limits login attempts per username and address', async () => {
      const c = new TestClient(s.url);
      for (let i = 0; i < 5; i++)
        expect((await c.post('/api/auth/login', { username: 'admin', password: 'wrong-password' })).status).toBe(401);
      const blocked = await c.post('/api/auth/login', { username: 'admin', password: s.adminPassword });
      expect([blocked.status, blocked.body.error.id]).toEqual([429, 'auth.rate_limited']);
    });

    it('changes a password and ends the old sessions', async () => {
      const created = await admin.post('/api/users', { username: 'pwuser', password: 'first-pass-1', roles: [{ role: 'viewer' }] });
      expect(created.status).toBe(201);
      const u = new TestClient(s.url);
      await u.login('pwuser', 'first-pass-1');
      expect((await u.post('/api/auth/password', { oldPassword: 'nope', newPassword: 'second-pass-2' })).status).toBe(400);
      expect((await u.post('/api/auth/password', { oldPassword: 'first-pass-1', newPassword: 'second-pass-2' })).status).toBe(200);
      expect((await u.get('/api/auth/me')).status).toBe(401);
      await u.login('pwuser', 'second-pass-2');
      expect((await u.post('/api/auth/logout')).status).toBe(200);
      expect((await u.get('/api/auth/me')).status).toBe(401);
    });
  });
}
