import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryAudit, type OpenDatabase } from '@duban/storage';
import { createContext, createServices, systemActor, type Actor, type Services } from '../src/index.js';
import { testDatabases } from '../../storage/test/support/databases.js';

const PLAN = [
  '青川市全民健身行动2026年工作方案',
  '一、重点任务',
  '（一）推进全民健身场地设施建设。（牵头单位：市体育局）2026年12月底前完成。',
  '',
].join('\n');
const viewer: Actor = { userId: 'viewer-id', username: 'viewer', roles: [{ role: 'viewer', unitId: null }], via: 'session' };

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`units service: deleting on ${target.name}`, () => {
    let open: OpenDatabase;
    let services: Services;
    beforeAll(async () => {
      open = await target.open();
      services = createServices(createContext(open.db, 'secret-for-tests', { today: () => '2026-03-01' }));
    });
    afterAll(async () => {
      if (open) await target.dispose(open);
    });

    const auditOf = async (entity: string, entityId: string) =>
      (await queryAudit(open.db, { entity, entityId }, { page: 1, pageSize: 20 })).items;

    it('deletes an unused unit and records the row it deleted', async () => {
      const u = await services.units.create(systemActor, { name: '误建单位', kind: 'department', aliases: ['误建'], formerNames: [] });
      await services.units.remove(systemActor, u.id);
      await expect(services.units.get(systemActor, u.id)).rejects.toMatchObject({ kind: 'not_found', id: 'unit.not_found' });
      expect((await services.units.list(systemActor, { includeMerged: true })).some((x) => x.id === u.id)).toBe(false);
      const del = (await auditOf('unit', u.id)).find((a) => a.action === 'delete');
      expect(del).toMatchObject({ username: 'system', after: null, before: { id: u.id, name: '误建单位', aliases: ['误建'] } });
    });

    it('refuses a unit still in use, says by what, suggests merging and deletes nothing', async () => {
      const plan = await services.plans.importPlan(systemActor, { fileName: 'p.txt', text: PLAN }, { createUnits: true });
      const sport = plan.tasks[0]!.units.find((x) => x.name === '市体育局')!;
      await services.users.create(systemActor, {
        username: 'liaison',
        password: 'a-long-password-1',
        roles: [{ role: 'liaison', unitId: sport.unitId! }],
      });
      const err = await services.units.remove(systemActor, sport.unitId!).catch((e: unknown) => e);
      expect(err).toMatchObject({
        kind: 'conflict',
        id: 'unit.in_use',
        details: { unitId: sport.unitId, usage: { assignments: 1, userRoles: 1, reports: 0, notices: 0, indicators: 0 } },
      });
      expect((err as Error).message).toContain('任务分工 1 条、用户角色 1 个');
      expect((err as Error).message).toContain('合并');
      expect((await services.units.get(systemActor, sport.unitId!)).name).toBe('市体育局');
      expect((await auditOf('unit', sport.unitId!)).some((a) => a.action === 'delete')).toBe(false);
    });

    it('lets only administrators delete, and says when the unit does not exist', async () => {
      const u = await services.units.create(systemActor, { name: '另一误建单位', kind: 'department', aliases: [], formerNames: [] });
      await expect(services.units.remove(viewer, u.id)).rejects.toMatchObject({ kind: 'forbidden' });
      await expect(services.units.remove(viewer, 'no-such-unit')).rejects.toMatchObject({ kind: 'forbidden' });
      expect((await services.units.get(systemActor, u.id)).id).toBe(u.id);
      await expect(services.units.remove(systemActor, 'no-such-unit')).rejects.toMatchObject({ kind: 'not_found', id: 'unit.not_found' });
    });

    it('deletes an empty jurisdiction and refuses one with children, units or plans', async () => {
      const province = await services.units.createJurisdiction(systemActor, { name: '示范省', level: 'province', parentId: null });
      const city = await services.units.createJurisdiction(systemActor, { name: '青川市', level: 'city', parentId: province.id });
      const empty = await services.units.createJurisdiction(systemActor, { name: '误建县', level: 'county', parentId: city.id });
      await services.units.create(systemActor, {
        name: '青川市疾控中心',
        kind: 'department',
        jurisdictionId: city.id,
        aliases: [],
        formerNames: [],
      });

      const err = await services.units.removeJurisdiction(systemActor, city.id).catch((e: unknown) => e);
      expect(err).toMatchObject({
        kind: 'conflict',
        id: 'jurisdiction.in_use',
        details: { jurisdictionId: city.id, usage: { children: 1, units: 1, plans: 0 } },
      });
      expect((err as Error).message).toContain('下级行政区划 1 个、单位 1 个');
      await expect(services.units.removeJurisdiction(viewer, empty.id)).rejects.toMatchObject({ kind: 'forbidden' });
      await expect(services.units.removeJurisdiction(systemActor, 'no-such-place')).rejects.toMatchObject({
        kind: 'not_found',
        id: 'jurisdiction.not_found',
      });

      await services.units.removeJurisdiction(systemActor, empty.id);
      const left = (await services.units.jurisdictions(systemActor)).map((j) => j.id);
      expect(left).toEqual(expect.arrayContaining([province.id, city.id]));
      expect(left).not.toContain(empty.id);
      expect((await auditOf('jurisdiction', empty.id)).find((a) => a.action === 'delete')).toMatchObject({
        before: { id: empty.id, name: '误建县', parentId: city.id },
        after: null,
      });
    });
  });
}
