import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';

const fixture = (dir: string, file: string) =>
  new Uint8Array(readFileSync(new URL(`../../core/test/fixtures/${dir}/${file}`, import.meta.url)));
const form = (bytes: Uint8Array, name: string) => {
  const f = new FormData();
  f.append('file', new Blob([bytes]), name);
  return f;
};

const targets = await serverTargets();

describe.skipIf(Boolean(targets[0]?.skipReason))('importing Word 97 and Excel 97 files over HTTP (sqlite)', { timeout: 120_000 }, () => {
  let s: TestServer;
  let admin: TestClient;
  beforeAll(async () => {
    s = await targets[0]!.start();
    admin = new TestClient(s.url);
    await admin.login('admin', s.adminPassword);
  });
  afterAll(async () => s?.dispose());

  const summary = (plan: { tasks: { number: string; lead: string[]; participants: string[]; due: string[] }[] }) =>
    plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due]);

  it('imports a .doc 任务分解表 into a draft with its tasks, lead units and deadlines, and keeps the original', async () => {
    const r = await admin.post('/api/plans/import', form(fixture('html-rowspan', 'input.doc'), '西林任务分解表.doc'));
    expect(r.status).toBe(201);
    expect(r.body.plan).toMatchObject({ status: 'draft', fileName: '西林任务分解表.doc', title: '西林市2023年健康西林行动重点任务分解表' });
    // Task 2's lead and deadline come from cells merged down from task 1's row.
    expect(summary(r.body.plan)).toEqual([
      ['1', ['市卫生健康委'], ['市市场监管局', '市教育局'], ['2023-11-30']],
      ['2', ['市卫生健康委'], ['各区人民政府'], ['2023-11-30']],
      ['3', ['市城管局'], [], []],
      ['4', ['市爱卫办'], ['市住建局', '市农业农村局'], ['2023-04-30', '2023-10-31']],
    ]);
    const source = await admin.get(`/api/plans/${r.body.plan.id}/source`);
    expect(source.body.format).toBe('doc');
    const task = r.body.plan.tasks[0];
    expect(source.body.text.slice(task.source.start, task.source.end)).toContain('开展“三减三健”专项行动');
    const original = await admin.get(`/api/plans/${r.body.plan.id}/document`);
    expect(original.headers.get('content-type')).toBe('application/msword');
    expect(Buffer.compare(original.bytes, Buffer.from(fixture('html-rowspan', 'input.doc')))).toBe(0);
  });

  it('imports a two-sheet .xls 任务清单 saved as WPS .et into a draft with the tasks of every sheet', async () => {
    const r = await admin.post('/api/plans/import', form(fixture('office-xls-sheets', 'input.xls'), '东川区民生实事.et'));
    expect(r.status).toBe(201);
    expect(summary(r.body.plan)).toEqual([
      ['1', ['区教育局'], [], ['2025-08-31']],
      ['2', ['区卫生健康局'], [], ['2025-12-31']],
      ['3', ['区卫生健康局'], [], ['2025-12-31']],
      ['4', ['区住建局'], ['区城管局'], ['2025-10-31']],
      ['5', ['区商务局'], ['区市场监管局'], ['2025-09-30']],
      ['6', ['区城管局'], ['各街道办事处'], []],
    ]);
    expect((await admin.get(`/api/plans/${r.body.plan.id}/source`)).body.format).toBe('xls');
  });

  it('refuses a corrupt .doc with 422 document.unreadable and stores nothing', async () => {
    const before = (await admin.get('/api/plans')).body.total as number;
    const broken = fixture('html-rowspan', 'input.doc').subarray(0, 3000);
    const r = await admin.post('/api/plans/import', form(broken, '损坏.doc'));
    expect([r.status, r.body.error?.id]).toEqual([422, 'document.unreadable']);
    expect(r.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await admin.get('/api/plans')).body.total).toBe(before);
  });
});
