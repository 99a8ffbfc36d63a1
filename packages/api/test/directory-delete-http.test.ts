import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';
import { PLAN_TEXT } from './support/fixtures.js';

interface Unit {
  id: string;
  name: string;
}

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`deleting units and jurisdictions over HTTP on ${target.name}`, () => {
    let s: TestServer;
    let admin: TestClient;
    let liaison: TestClient;
    let viewer: TestClient;
    let sport: Unit;
    beforeAll(async () => {
      s = await target.start();
      admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
      sport = (await admin.post('/api/units', { name: '市体育局' })).body;
      // The plan assigns tasks to 市体育局; the liaison account is bound to it too.
      expect((await admin.post('/api/plans/import', { fileName: 'p.txt', text: PLAN_TEXT })).status).toBe(201);
      for (const [username, role, unitId] of [
        ['liaison', 'liaison', sport.id],
        ['viewer', 'viewer', null],
      ] as const) {
        expect((await admin.post('/api/users', { username, password: 'password-123', roles: [{ role, unitId }] })).status).toBe(201);
      }
      liaison = new TestClient(s.url);
      await liaison.login('liaison', 'password-123');
      viewer = new TestClient(s.url);
      await viewer.login('viewer', 'password-123');
    });
    afterAll(async () => s?.dispose());

    const unitIds = async () => ((await admin.get('/api/units?includeMerged=1')).body as Unit[]).map((u) => u.id);

    it('deletes a unit created by mistake, and records it in the audit log', async () => {
      const mistake = (await admin.post('/api/units', { name: '误建的单位', aliases: ['误建'] })).body as Unit;
      const res = await admin.del(`/api/units/${mistake.id}`);
      expect(res.status).toBe(204);
      expect(await unitIds()).not.toContain(mistake.id);
      expect(
        (await admin.get(`/api/units/suggest?name=${encodeURIComponent('误建')}`)).body.some(
          (x: { unit: Unit }) => x.unit.id === mistake.id,
        ),
      ).toBe(false);
      const trail = (await admin.get(`/api/audit?entity=unit&entityId=${mistake.id}`)).body.items as {
        action: string;
        before: unknown;
        after: unknown;
      }[];
      expect(trail.map((a) => a.action).sort()).toEqual(['create', 'delete']);
      expect(trail.find((a) => a.action === 'delete')).toMatchObject({ before: { id: mistake.id, name: '误建的单位' }, after: null });
      expect((await admin.del(`/api/units/${mistake.id}`)).status).toBe(404);
    });

    it('refuses a unit still in use with 409, a stable id, the counts and a hint to merge; nothing is deleted', async () => {
      const res = await admin.del(`/api/units/${sport.id}`);
      expect(res.status).toBe(409);
      expect(res.body.error.id).toBe('unit.in_use');
      expect(res.body.error.message).toContain('市体育局');
      expect(res.body.error.message).toContain('用户角色 1 个');
      expect(res.body.error.message).toContain('合并');
      expect(res.body.error.details.usage).toMatchObject({ userRoles: 1, reports: 0, notices: 0 });
      expect(res.body.error.details.usage.assignments).toBeGreaterThan(0);
      expect(await unitIds()).toContain(sport.id);
      expect((await admin.get(`/api/tasks?unit=${sport.id}`)).body.total).toBeGreaterThan(0);
      const trail = (await admin.get(`/api/audit?entity=unit&entityId=${sport.id}`)).body.items as { action: string }[];
      expect(trail.some((a) => a.action === 'delete')).toBe(false);
    });

    it('lets only administrators delete units and jurisdictions', async () => {
      const unit = (await admin.post('/api/units', { name: '待删单位' })).body as Unit;
      const place = (await admin.post('/api/jurisdictions', { name: '待删县', level: 'county' })).body as { id: string };
      for (const c of [liaison, viewer]) {
        const r = await c.del(`/api/units/${unit.id}`);
        expect([r.status, r.body.error.id]).toEqual([403, 'auth.forbidden']);
        expect((await c.del(`/api/jurisdictions/${place.id}`)).status).toBe(403);
      }
      expect((await new TestClient(s.url).del(`/api/units/${unit.id}`)).status).toBe(401);
      expect(await unitIds()).toContain(unit.id);
      expect(((await admin.get('/api/jurisdictions')).body as { id: string }[]).map((j) => j.id)).toContain(place.id);
    });

    it('answers 404 for an unknown unit or jurisdiction', async () => {
      const unit = await admin.del('/api/units/00000000-0000-0000-0000-000000000000');
      expect([unit.status, unit.body.error.id]).toEqual([404, 'unit.not_found']);
      const place = await admin.del('/api/jurisdictions/00000000-0000-0000-0000-000000000000');
      expect([place.status, place.body.error.id]).toEqual([404, 'jurisdiction.not_found']);
    });

    it('deletes an empty jurisdiction and refuses one with children, units or plans', async () => {
      const province = (await admin.post('/api/jurisdictions', { name: '示范省', level: 'province' })).body as { id: string };
      const city = (await admin.post('/api/jurisdictions', { name: '示范市', level: 'city', parentId: province.id })).body as {
        id: string;
      };
      await admin.post('/api/units', { name: '示范市卫健委', jurisdictionId: city.id });
      const busy = await admin.del(`/api/jurisdictions/${province.id}`);
      expect([busy.status, busy.body.error.id]).toEqual([409, 'jurisdiction.in_use']);
      expect(busy.body.error.details.usage).toEqual({ children: 1, units: 0, plans: 0 });
      expect(busy.body.error.message).toContain('下级行政区划 1 个');
      expect((await admin.del(`/api/jurisdictions/${city.id}`)).body.error.details.usage).toEqual({ children: 0, units: 1, plans: 0 });

      const empty = (await admin.post('/api/jurisdictions', { name: '误建区', level: 'county', parentId: city.id })).body as { id: string };
      expect((await admin.del(`/api/jurisdictions/${empty.id}`)).status).toBe(204);
      const left = ((await admin.get('/api/jurisdictions')).body as { id: string }[]).map((j) => j.id);
      expect(left).not.toContain(empty.id);
      expect(left).toEqual(expect.arrayContaining([province.id, city.id]));
      const trail = (await admin.get(`/api/audit?entity=jurisdiction&entityId=${empty.id}`)).body.items as {
        action: string;
        before: unknown;
      }[];
      expect(trail.find((a) => a.action === 'delete')).toMatchObject({ before: { id: empty.id, name: '误建区' } });
    });
  });
}
