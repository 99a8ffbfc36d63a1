import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';
import { PLAN_TEXT } from './support/fixtures.js';

type Who = 'admin' | 'liaisonA' | 'liaisonB' | 'leader' | 'viewer' | 'anonymous';
const WHO: Who[] = ['admin', 'liaisonA', 'liaisonB', 'leader', 'viewer', 'anonymous'];

interface World {
  published: string;
  draft: string;
  task: string;
  draftTask: string;
}

/** Each row: what is tried, and the status every kind of user gets. liaisonA's unit leads `task`; liaisonB's does not. */
const matrix: { what: string; run: (c: TestClient, w: World) => Promise<{ status: number }>; expect: Record<Who, number> }[] = [
  {
    what: 'list plans',
    run: (c) => c.get('/api/plans'),
    expect: { admin: 200, liaisonA: 200, liaisonB: 200, leader: 200, viewer: 200, anonymous: 401 },
  },
  {
    what: 'read a published plan',
    run: (c, w) => c.get(`/api/plans/${w.published}`),
    expect: { admin: 200, liaisonA: 200, liaisonB: 200, leader: 200, viewer: 200, anonymous: 401 },
  },
  {
    what: 'read a draft plan',
    run: (c, w) => c.get(`/api/plans/${w.draft}`),
    expect: { admin: 200, liaisonA: 404, liaisonB: 404, leader: 404, viewer: 404, anonymous: 401 },
  },
  {
    what: 'read a draft task',
    run: (c, w) => c.get(`/api/tasks/${w.draftTask}`),
    expect: { admin: 200, liaisonA: 404, liaisonB: 404, leader: 404, viewer: 404, anonymous: 401 },
  },
  {
    what: 'read a draft source',
    run: (c, w) => c.get(`/api/plans/${w.draft}/source`),
    expect: { admin: 200, liaisonA: 404, liaisonB: 404, leader: 404, viewer: 404, anonymous: 401 },
  },
  {
    what: 'import a plan',
    run: (c) => c.post('/api/plans/import', { fileName: 'x.txt', text: PLAN_TEXT }),
    expect: { admin: 201, liaisonA: 403, liaisonB: 403, leader: 403, viewer: 403, anonymous: 401 },
  },
  {
    what: 'edit a task',
    run: async (c, w) => {
      const t = await c.get(`/api/tasks/${w.task}`);
      return c.patch(`/api/tasks/${w.task}`, { version: t.body?.version ?? 1, deadlineText: '年底前', reason: '核对' });
    },
    expect: { admin: 200, liaisonA: 403, liaisonB: 403, leader: 403, viewer: 403, anonymous: 401 },
  },
  {
    what: 'publish a plan',
    run: (c, w) => c.post(`/api/plans/${w.draft}/publish`),
    expect: { admin: 400, liaisonA: 403, liaisonB: 403, leader: 403, viewer: 403, anonymous: 401 },
  },
  {
    what: 'comment on a task',
    run: (c, w) => c.post(`/api/tasks/${w.task}/comments`, { body: '已收到' }),
    expect: { admin: 201, liaisonA: 201, liaisonB: 403, leader: 201, viewer: 403, anonymous: 401 },
  },
  {
    what: 'write an instruction (批示)',
    run: (c, w) => c.post(`/api/tasks/${w.task}/instructions`, { body: '抓紧落实' }),
    expect: { admin: 201, liaisonA: 403, liaisonB: 403, leader: 201, viewer: 403, anonymous: 401 },
  },
  {
    what: 'list users',
    run: (c) => c.get('/api/users'),
    expect: { admin: 200, liaisonA: 403, liaisonB: 403, leader: 403, viewer: 403, anonymous: 401 },
  },
  {
    what: 'add a unit',
    run: (c) => c.post('/api/units', { name: `新单位${Math.random()}` }),
    expect: { admin: 201, liaisonA: 403, liaisonB: 403, leader: 403, viewer: 403, anonymous: 401 },
  },
  {
    what: 'read the directory',
    run: (c) => c.get('/api/units'),
    expect: { admin: 200, liaisonA: 200, liaisonB: 200, leader: 200, viewer: 200, anonymous: 401 },
  },
  {
    what: 'read the audit log',
    run: (c) => c.get('/api/audit'),
    expect: { admin: 200, liaisonA: 403, liaisonB: 403, leader: 200, viewer: 403, anonymous: 401 },
  },
  {
    what: 'create an API token',
    run: (c) => c.post('/api/tokens', { name: 'integration' }),
    expect: { admin: 201, liaisonA: 201, liaisonB: 201, leader: 201, viewer: 201, anonymous: 401 },
  },
  {
    what: 'delete a draft',
    run: (c) => c.del('/api/plans/00000000-0000-0000-0000-000000000000'),
    expect: { admin: 404, liaisonA: 403, liaisonB: 403, leader: 403, viewer: 403, anonymous: 401 },
  },
];

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`authorization matrix on ${target.name}`, () => {
    let s: TestServer;
    const clients = {} as Record<Who, TestClient>;
    const world = {} as World;
    beforeAll(async () => {
      s = await target.start();
      const admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
      const unitA = (await admin.post('/api/units', { name: '市体育局' })).body;
      const unitB = (await admin.post('/api/units', { name: '市民政局' })).body;
      const users: [Exclude<Who, 'admin' | 'anonymous'>, string, string | null][] = [
        ['liaisonA', 'liaison', unitA.id],
        ['liaisonB', 'liaison', unitB.id],
        ['leader', 'leader', null],
        ['viewer', 'viewer', null],
      ];
      for (const [name, role, unitId] of users) {
        const r = await admin.post('/api/users', { username: name, password: 'password-123', roles: [{ role, unitId }] });
        expect(r.status).toBe(201);
      }
      const p1 = (await admin.post('/api/plans/import', { fileName: 'p1.txt', text: PLAN_TEXT })).body.plan;
      // Map every unknown name to a new unit so the plan can be published.
      for (const t of p1.tasks) {
        const units = t.units.map((u: { name: string; unitId: string | null; role: string }) => ({
          name: u.name,
          unitId: u.unitId,
          role: u.role,
          ...(u.unitId ? {} : { createUnit: true }),
        }));
        expect((await admin.patch(`/api/tasks/${t.id}`, { version: t.version, units })).status).toBe(200);
      }
      expect((await admin.post(`/api/plans/${p1.id}/publish`)).status).toBe(200);
      // The draft names a unit nobody mapped yet, so it cannot be published.
      const p2 = (await admin.post('/api/plans/import', { fileName: 'p2.txt', text: PLAN_TEXT.replace('某某新设中心', '市新设服务中心') }))
        .body.plan;
      world.published = p1.id;
      world.draft = p2.id;
      world.task = p1.tasks.find((t: { lead: string[] }) => t.lead.includes('市体育局')).id;
      world.draftTask = p2.tasks[0].id;
      clients.admin = admin;
      clients.anonymous = new TestClient(s.url);
      for (const [name] of users) {
        clients[name] = new TestClient(s.url);
        await clients[name].login(name, 'password-123');
      }
    });
    afterAll(async () => s?.dispose());

    for (const row of matrix) {
      it(row.what, async () => {
        const got: Record<string, number> = {};
        for (const who of WHO) got[who] = (await row.run(clients[who], world)).status;
        expect(got).toEqual(row.expect);
      });
    }

    it('hides drafts from everyone but administrators in lists', async () => {
      for (const who of ['liaisonA', 'viewer', 'leader'] as const) {
        const plans = (await clients[who].get('/api/plans')).body.items.map((p: { id: string }) => p.id);
        expect(plans).toContain(world.published);
        expect(plans).not.toContain(world.draft);
        expect((await clients[who].get(`/api/tasks?plan=${world.draft}`)).body.total).toBe(0);
      }
      const adminPlans = (await clients.admin.get('/api/plans')).body.items.map((p: { id: string }) => p.id);
      expect(adminPlans).toContain(world.draft);
    });

    it("lets a bearer token act without CSRF, with its owner's rights only", async () => {
      const viewerToken = (await clients.viewer.post('/api/tokens', { name: 'bi' })).body.token;
      const adminToken = (await clients.admin.post('/api/tokens', { name: 'sync' })).body.token;
      const asViewer = new TestClient(s.url, viewerToken);
      const asAdmin = new TestClient(s.url, adminToken);
      expect((await asViewer.get('/api/plans')).status).toBe(200);
      expect((await asViewer.post('/api/units', { name: '令牌新增' })).status).toBe(403);
      expect((await asAdmin.post('/api/units', { name: '令牌新增' })).status).toBe(201);
      expect((await new TestClient(s.url, 'dbn_not-a-token').get('/api/plans')).status).toBe(401);
      // Listed without secrets, revocable by the owner only.
      const listed = (await clients.viewer.get('/api/tokens')).body as { id: string; name: string; lastUsedAt: string | null }[];
      const bi = listed.find((t) => t.name === 'bi')!;
      expect(bi.lastUsedAt).toBeTruthy();
      expect(JSON.stringify(listed)).not.toContain(viewerToken);
      expect((await clients.admin.del(`/api/tokens/${bi.id}`)).status).toBe(404);
      expect((await clients.viewer.del(`/api/tokens/${bi.id}`)).status).toBe(204);
      expect((await asViewer.get('/api/plans')).status).toBe(401);
    });
  });
}
