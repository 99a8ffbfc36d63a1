import { expect } from 'vitest';
import { TestClient } from './http-client.js';
import { INDICATOR_PLAN_TEXT } from './fixtures.js';

/** What `officeWithReport` set up on a server. */
export interface OfficeWithReport {
  admin: TestClient;
  liaison: TestClient;
  unitId: string;
  planId: string;
  taskId: string;
  periodId: string;
  reportId: string;
}

/**
 * Through the HTTP API of a running server: a unit (市体育局), a published plan with monthly periods, a liaison
 * of the unit (tiyu / password-123) and the liaison's submitted April report on the plan's first task.
 */
export async function officeWithReport(url: string, adminPassword: string): Promise<OfficeWithReport> {
  const admin = new TestClient(url);
  await admin.login('admin', adminPassword);
  const unitId = (await admin.post('/api/units', { name: '市体育局' })).body.id;
  const planId = (await admin.post('/api/plans/import', { fileName: 'plan.txt', text: INDICATOR_PLAN_TEXT })).body.plan.id;
  expect((await admin.post(`/api/plans/${planId}/publish`)).status).toBeLessThan(300);
  const taskId = (await admin.get(`/api/plans/${planId}`)).body.tasks[0].id;
  const periods = (
    await admin.post(`/api/plans/${planId}/periods`, {
      kind: 'monthly',
      start: '2026-03-01',
      end: '2026-12-31',
      due: { kind: 'day_of_last_month', day: 28 },
      graceDays: 3,
    })
  ).body.items;
  const periodId = periods.find((p: { label: string }) => p.label === '2026年4月').id;
  expect(
    (await admin.post('/api/users', { username: 'tiyu', roles: [{ role: 'liaison', unitId }], password: 'password-123' })).status,
  ).toBe(201);
  const liaison = new TestClient(url);
  await liaison.login('tiyu', 'password-123');
  const report = await liaison.post('/api/reports', { taskId, periodId, narrative: '已完成场地选址。', percent: 30 });
  expect(report.status).toBe(201);
  return { admin, liaison, unitId, planId, taskId, periodId, reportId: report.body.id };
}
