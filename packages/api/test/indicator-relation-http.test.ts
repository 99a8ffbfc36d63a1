import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './support/http-client.js';
import { officeWithReport, type OfficeWithReport } from './support/office-with-report.js';
import { serverTargets, type TestServer } from './support/servers.js';

// Issue 9 finding 3: a liaison wrote values of a plan its unit has no part in, and any number was taken.
for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`indicator values by relation on ${target.name}`, () => {
    let s: TestServer;
    let o: OfficeWithReport;
    let other: TestClient;
    let otherUnit: string;
    let indicator: { id: string; version: number };
    beforeAll(async () => {
      s = await target.start();
      o = await officeWithReport(s.url, s.adminPassword);
      otherUnit = (await o.admin.post('/api/units', { name: '市民政局' })).body.id;
      expect(
        (
          await o.admin.post('/api/users', {
            username: 'minzheng',
            roles: [{ role: 'liaison', unitId: otherUnit }],
            password: 'password-123',
          })
        ).status,
      ).toBe(201);
      other = new TestClient(s.url);
      await other.login('minzheng', 'password-123');
      indicator = (await o.admin.get(`/api/indicators?plan=${o.planId}`)).body[0];
    });
    afterAll(async () => s?.dispose());

    it('takes values only from units with a part in the plan, and only plausible ones', async () => {
      const value = (c: TestClient, v: number) => c.post(`/api/indicators/${indicator.id}/values`, { periodId: o.periodId, value: v });
      const refused = await value(other, 35);
      expect([refused.status, refused.body.error.id]).toEqual([403, 'indicator.unit_not_related']);
      const wild = await value(o.liaison, -49974.5);
      expect([wild.status, wild.body.error.id]).toEqual([400, 'indicator.value_implausible']);
      expect(wild.body.error.message).toContain('超出合理范围');
      expect((await value(o.liaison, 35)).status).toBe(201);
      const latest = (await o.admin.get(`/api/indicators/${indicator.id}`)).body.latest;
      expect(latest.value).toBe(35);
    });

    it('refuses a report carrying an implausible value as a whole', async () => {
      const periods = (await o.admin.get(`/api/plans/${o.planId}/periods`)).body.items;
      const may = periods.find((p: { label: string }) => p.label === '2026年5月').id;
      const r = await o.liaison.post('/api/reports', {
        taskId: o.taskId,
        periodId: may,
        narrative: '推进中。',
        percent: 50,
        indicatorValues: [{ indicatorId: indicator.id, value: 1e9 }],
      });
      expect([r.status, r.body.error.id]).toEqual([400, 'indicator.value_implausible']);
      const listed = (await o.admin.get(`/api/reports?period=${may}`)).body;
      expect(listed.total).toBe(0);
    });

    it('lets only the lead unit report once the indicator has one', async () => {
      const current = (await o.admin.get(`/api/indicators/${indicator.id}`)).body;
      expect((await o.admin.patch(`/api/indicators/${indicator.id}`, { version: current.version, leadUnitId: otherUnit })).status).toBe(
        200,
      );
      const value = (c: TestClient) => c.post(`/api/indicators/${indicator.id}/values`, { periodId: o.periodId, value: 36 });
      const mine = await value(o.liaison);
      expect([mine.status, mine.body.error.id]).toEqual([403, 'indicator.unit_not_related']);
      expect((await value(other)).status).toBe(201);
    });
  });
}
