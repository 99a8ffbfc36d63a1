import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';

// Enough tasks that every answer is well over the compression threshold.
const PLAN = [
  '青川市健康行动2026年工作方案',
  '一、健康知识普及',
  ...Array.from(
    { length: 15 },
    (_, i) =>
      `${i + 1}. 推进第${i + 1}项健康知识普及工作，组织专家进社区开展宣讲。（牵头单位：市卫生健康委；配合单位：市教育局）2026年${(i % 9) + 3}月底前完成。`,
  ),
  '二、全民健身',
  ...Array.from(
    { length: 15 },
    (_, i) => `${i + 16}. 建设第${i + 1}批全民健身场地设施，方便群众就近锻炼。（牵头单位：市体育局）持续推进。`,
  ),
  '',
].join('\n');
const BUNDLE = `console.log(${JSON.stringify('督办'.repeat(2000))});`;

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`plan board, compression and caching over HTTP on ${target.name}`, () => {
    let s: TestServer;
    let admin: TestClient;
    let planId: string;
    let web: string;
    beforeAll(async () => {
      web = mkdtempSync(path.join(tmpdir(), 'duban-web-'));
      mkdirSync(path.join(web, 'assets'), { recursive: true });
      writeFileSync(
        path.join(web, 'index.html'),
        '<!doctype html><title>督办</title><script type="module" src="/assets/app-3f9a1c.js"></script>',
      );
      writeFileSync(path.join(web, 'assets', 'app-3f9a1c.js'), BUNDLE);
      s = await target.start({ webDist: web, today: () => '2026-06-15' });
      admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
      for (const name of ['市卫生健康委', '市教育局', '市体育局']) expect((await admin.post('/api/units', { name })).status).toBe(201);
      planId = (await admin.post('/api/plans/import', { fileName: 'plan.txt', text: PLAN })).body.plan.id;
      expect((await admin.post(`/api/plans/${planId}/publish`)).status).toBe(200);
    });
    afterAll(async () => {
      await s?.dispose();
      if (web) rmSync(web, { recursive: true, force: true });
    });

    it('lists every task of the plan trimmed to what the plan page shows', async () => {
      const detail = (await admin.get(`/api/plans/${planId}`)).body;
      const r = await admin.get(`/api/plans/${planId}/board`);
      expect(r.status).toBe(200);
      const board = r.body;
      expect(board.plan).toMatchObject({ id: planId, title: detail.title, status: 'published', version: detail.version });
      expect(board.tasks.map((t: { id: string }) => t.id)).toEqual(detail.tasks.map((t: { id: string }) => t.id));
      expect(board.sections).toHaveLength(2);
      for (const [i, t] of board.tasks.entries()) {
        const full = detail.tasks[i];
        expect(Object.keys(t).sort()).toEqual([
          'colour',
          'displayNumber',
          'due',
          'id',
          'kind',
          'leads',
          'number',
          'ongoing',
          'participants',
          'section',
          'status',
          'text',
          'title',
        ]);
        expect({ text: t.text, due: t.due, status: t.status, colour: t.colour }).toEqual({
          text: full.text,
          due: full.due,
          status: full.status,
          colour: full.colour,
        });
        expect(board.sections[t.section]).toEqual(full.path);
        expect(t.leads.map((u: number) => board.units[u].name)).toEqual(full.lead);
        expect(t.participants.map((u: number) => board.units[u].name)).toEqual(full.participants);
      }
      // Each unit is listed once however many tasks name it.
      expect(board.units.map((u: { name: string }) => u.name).sort()).toEqual(['市体育局', '市卫生健康委', '市教育局']);
    });

    it('negotiates brotli or gzip, and sends identity to a client that asks for none', async () => {
      const plain = await admin.request('GET', `/api/plans/${planId}/board`, undefined, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('content-encoding')).toBeNull();
      const size = Number(plain.headers.get('content-length'));
      expect(size).toBe(plain.bytes.length);
      for (const encoding of ['br', 'gzip']) {
        const r = await admin.request('GET', `/api/plans/${planId}/board`, undefined, { headers: { 'accept-encoding': encoding } });
        expect(r.headers.get('content-encoding')).toBe(encoding);
        expect(r.headers.get('vary')).toContain('accept-encoding');
        // fetch decodes the body; the wire size is the header's.
        expect(Number(r.headers.get('content-length'))).toBeLessThan(size / 3);
        expect(r.body).toEqual(plain.body);
      }
      // Ordinary JSON answers and the plan detail are compressed too.
      for (const p of [`/api/tasks?plan=${planId}&pageSize=100`, `/api/plans/${planId}`]) {
        const r = await admin.request('GET', p, undefined, { headers: { 'accept-encoding': 'gzip, br' } });
        expect(r.status).toBe(200);
        expect(r.headers.get('content-encoding')).toBe('br');
      }
    });

    it('answers 304 to a client holding the current version, and a new ETag after an edit', async () => {
      for (const p of [`/api/plans/${planId}/board`, `/api/plans/${planId}`]) {
        const first = await admin.get(p);
        const etag = first.headers.get('etag');
        expect(etag).toMatch(/^"[\w-]+"$/);
        const again = await admin.request('GET', p, undefined, { headers: { 'if-none-match': etag! } });
        expect(again.status).toBe(304);
        expect(again.bytes.length).toBe(0);
        expect((await admin.request('GET', p, undefined, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
      }
      const before = await admin.get(`/api/plans/${planId}/board`);
      const task = (await admin.get(`/api/tasks/${before.body.tasks[0].id}`)).body;
      expect(
        (await admin.patch(`/api/tasks/${task.id}`, { version: task.version, text: '改写后的任务内容', reason: '措辞调整' })).status,
      ).toBe(200);
      const after = await admin.request('GET', `/api/plans/${planId}/board`, undefined, {
        headers: { 'if-none-match': before.headers.get('etag')! },
      });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
      expect(after.body.tasks[0].text).toBe('改写后的任务内容');
    });

    it('caches hashed web assets for a year and revalidates index.html', async () => {
      const asset = await admin.request('GET', '/assets/app-3f9a1c.js', undefined, { headers: { 'accept-encoding': 'gzip' } });
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-encoding')).toBe('gzip');
      expect(asset.text).toBe(BUNDLE);
      const index = await admin.get('/');
      expect(index.headers.get('cache-control')).toBe('no-cache');
    });

    it('hides a draft plan from readers who may not see drafts', async () => {
      const draft = (await admin.post('/api/plans/import', { fileName: 'draft.txt', text: PLAN })).body.plan.id;
      expect((await admin.get(`/api/plans/${draft}/board`)).status).toBe(200);
      expect(
        (await admin.post('/api/users', { username: 'kan', roles: [{ role: 'viewer', unitId: null }], password: 'password-123' })).status,
      ).toBe(201);
      const viewer = new TestClient(s.url);
      await viewer.login('kan', 'password-123');
      expect((await viewer.get(`/api/plans/${draft}/board`)).status).toBe(404);
      expect((await viewer.get(`/api/plans/${planId}/board`)).status).toBe(200);
      expect((await viewer.get('/api/plans/no-such-plan/board')).status).toBe(404);
    });
  });
}
