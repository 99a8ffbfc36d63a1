import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';

const PLAN_TEXT = [
  '青川市健康促进2026年工作要点',
  '一、主要目标',
  '到2026年底,居民健康素养水平由91%提高至93%。',
  '二、重点任务',
  '1.加强健康知识传播。组建市级健康科普专家库。(牵头单位:市卫生健康委;配合单位:市教育局)2026年6月底前完成。',
  '2.推进儿童青少年近视防控。开展视力筛查。(牵头单位:市教育局;配合单位:市卫生健康委)2026年12月底前完成。',
  '',
].join('\n');

function pdfBytes(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
}

function form(name: string, bytes: Uint8Array, type = 'application/octet-stream'): FormData {
  const fd = new FormData();
  fd.append('file', new Blob([bytes], { type }), name);
  return fd;
}

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`reporting and supervision over HTTP on ${target.name}`, () => {
    let s: TestServer;
    let today = '2026-04-10';
    let admin: TestClient;
    let liaisonA: TestClient;
    let liaisonB: TestClient;
    let viewer: TestClient;
    let planId: string;
    let unitA: string;
    let unitB: string;
    let task1: string;
    let task2: string;
    let indicatorId: string;
    let periods: { id: string; label: string }[];
    const period = (label: string) => periods.find((p) => p.label === label)!.id;

    beforeAll(async () => {
      s = await target.start({ today: () => today });
      admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
      unitA = (await admin.post('/api/units', { name: '市卫生健康委' })).body.id;
      unitB = (await admin.post('/api/units', { name: '市教育局' })).body.id;
      const imported = await admin.post('/api/plans/import', { fileName: 'plan.txt', text: PLAN_TEXT });
      expect(imported.status).toBe(201);
      planId = imported.body.plan.id;
      expect((await admin.post(`/api/plans/${planId}/publish`)).status).toBeLessThan(300);
      // This suite exercises every unit reporting (各责任单位分别报送); the lead-only default has its own suite.
      const published = (await admin.get(`/api/plans/${planId}`)).body;
      expect((await admin.patch(`/api/plans/${planId}`, { version: published.version, reportingScope: 'all' })).status).toBe(200);
      const detail = (await admin.get(`/api/plans/${planId}`)).body;
      task1 = detail.tasks.find((t: { title: string }) => t.title === '加强健康知识传播').id;
      task2 = detail.tasks.find((t: { title: string }) => t.title === '推进儿童青少年近视防控').id;
      indicatorId = detail.indicators[0].id;
      const users = [
        { username: 'liaison-a', roles: [{ role: 'liaison', unitId: unitA }] },
        { username: 'liaison-b', roles: [{ role: 'liaison', unitId: unitB }] },
        { username: 'viewer', roles: [{ role: 'viewer', unitId: null }] },
      ];
      for (const u of users) expect((await admin.post('/api/users', { ...u, password: 'password-123' })).status).toBe(201);
      liaisonA = new TestClient(s.url);
      await liaisonA.login('liaison-a', 'password-123');
      liaisonB = new TestClient(s.url);
      await liaisonB.login('liaison-b', 'password-123');
      viewer = new TestClient(s.url);
      await viewer.login('viewer', 'password-123');
    });
    afterAll(async () => {
      if (s) await s.dispose();
    });

    it('generates a monthly reporting calendar (office only)', async () => {
      const body = { kind: 'monthly', start: '2026-03-01', end: '2026-12-31', due: { kind: 'day_of_last_month', day: 28 }, graceDays: 3 };
      expect((await liaisonA.post(`/api/plans/${planId}/periods`, body)).status).toBe(403);
      expect((await admin.post(`/api/plans/${planId}/periods`, { ...body, kind: 'weekly' })).status).toBe(400);
      const r = await admin.post(`/api/plans/${planId}/periods`, body);
      expect(r.status).toBe(201);
      expect(r.body.items).toHaveLength(10);
      expect(r.body.items[1]).toMatchObject({ label: '2026年4月', due: '2026-04-28', windowEnd: '2026-05-01' });
      expect((await admin.post(`/api/plans/${planId}/periods`, body)).body.error.id).toBe('period.exists');
      periods = (await viewer.get(`/api/plans/${planId}/periods`)).body.items;
      expect(periods).toHaveLength(10);
    });

    it('shows a liaison what its unit owes', async () => {
      const inbox = (await liaisonA.get('/api/inbox')).body;
      const owed = inbox.owed
        .map((o: { taskId: string; periodLabel: string; state: string }) => `${o.taskId === task1 ? 1 : 2}/${o.periodLabel}/${o.state}`)
        .sort();
      expect(owed).toEqual(['1/2026年3月/missing', '1/2026年4月/open', '2/2026年3月/missing', '2/2026年4月/open']);
    });

    it('takes reports from liaisons for their own unit only, with indicator values', async () => {
      const a = await liaisonA.post('/api/reports', {
        taskId: task1,
        periodId: period('2026年4月'),
        narrative: '已组建专家库,完成首批科普作品。',
        percent: 40,
        indicatorValues: [{ indicatorId, value: 92 }],
      });
      expect(a.status).toBe(201);
      expect(a.body).toMatchObject({ unitId: unitA, status: 'submitted', onTime: true, version: 1 });
      expect(
        (await liaisonA.post('/api/reports', { taskId: task1, periodId: period('2026年4月'), narrative: '重复', percent: 40 })).body.error
          .id,
      ).toBe('report.exists');
      expect(
        (
          await liaisonB.post('/api/reports', {
            taskId: task1,
            periodId: period('2026年4月'),
            unitId: unitA,
            narrative: '冒名',
            percent: 10,
          })
        ).status,
      ).toBe(403);
      expect(
        (await viewer.post('/api/reports', { taskId: task1, periodId: period('2026年4月'), narrative: 'x', percent: 10 })).status,
      ).toBe(403);
      expect(
        (
          await liaisonA.post('/api/reports', {
            taskId: task1,
            periodId: period('2026年4月'),
            narrative: 'x',
            percent: 50,
            completionClaim: true,
          })
        ).status,
      ).toBe(400);
      expect(
        (await liaisonA.post('/api/reports', { taskId: task1, periodId: period('2026年5月'), narrative: '提前', percent: 50 })).body.error
          .id,
      ).toBe('report.period_not_open');
      expect(
        (await liaisonA.post('/api/reports', { taskId: 'no-such-task', periodId: period('2026年4月'), narrative: 'x', percent: 1 })).status,
      ).toBe(404);
      const b = await liaisonB.post('/api/reports', {
        taskId: task1,
        periodId: period('2026年4月'),
        narrative: '配合开展宣传。',
        percent: 30,
      });
      expect(b.status).toBe(201);
    });

    it('lets the office return with a reason and accept; liaisons never see other units\u2019 returned reports', async () => {
      const list = (await admin.get(`/api/reports?plan=${planId}&status=submitted`)).body;
      expect(list.total).toBe(2);
      const reportA = list.items.find((r: { unitId: string }) => r.unitId === unitA);
      const reportB = list.items.find((r: { unitId: string }) => r.unitId === unitB);
      expect((await liaisonA.post(`/api/reports/${reportB.id}/return`, { reason: '越权' })).status).toBe(403);
      expect((await admin.post(`/api/reports/${reportB.id}/return`, {})).body.error.id).toBe('report.reason_required');
      const returned = await admin.post(`/api/reports/${reportB.id}/return`, { reason: '请补充宣传活动场次和覆盖人数' });
      expect(returned.body).toMatchObject({ status: 'returned', returnReason: '请补充宣传活动场次和覆盖人数', version: 2 });
      const seenByA = (await liaisonA.get(`/api/reports?plan=${planId}`)).body.items.map((r: { id: string }) => r.id);
      expect(seenByA).toEqual([reportA.id]);
      expect((await liaisonA.get(`/api/reports/${reportB.id}`)).status).toBe(404);
      const inboxB = (await liaisonB.get('/api/inbox')).body;
      expect(inboxB.returned.map((r: { returnReason: string }) => r.returnReason)).toEqual(['请补充宣传活动场次和覆盖人数']);
      expect((await liaisonB.patch(`/api/reports/${reportB.id}`, { version: 1, narrative: '旧版本' })).status).toBe(409);
      const again = await liaisonB.patch(`/api/reports/${reportB.id}`, { version: 2, narrative: '开展宣传12场,覆盖3000人。' });
      expect(again.body).toMatchObject({ status: 'submitted', returnReason: null, version: 3 });
      const accepted = await admin.post(`/api/reports/${reportA.id}/accept`, {});
      expect(accepted.body).toMatchObject({ status: 'accepted', reviewedAt: expect.any(String) });
      expect((await admin.post(`/api/reports/${reportA.id}/accept`, {})).status).toBe(409);
      expect((await liaisonA.patch(`/api/reports/${reportA.id}`, { version: accepted.body.version, percent: 60 })).body.error.id).toBe(
        'report.already_accepted',
      );
      expect((await admin.post('/api/reports/no-such-report/accept', {})).status).toBe(404);
      const csv = await admin.request('GET', `/api/reports?plan=${planId}&format=csv`);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(csv.text).toContain('报送单位');
      expect(csv.text).toContain('开展宣传12场');
    });

    it('computes indicator achievement from reported values', async () => {
      const ind = (await viewer.get(`/api/indicators/${indicatorId}`)).body;
      expect(ind.latest).toMatchObject({ value: 92, periodLabel: '2026年4月', achievement: { percent: 50, achieved: false } });
      const v = await liaisonA.post(`/api/indicators/${indicatorId}/values`, { periodId: period('2026年4月'), value: 93.5 });
      expect(v.body.achievement).toMatchObject({ achieved: true, percent: 100 });
      expect((await viewer.post(`/api/indicators/${indicatorId}/values`, { periodId: period('2026年4月'), value: 1 })).status).toBe(403);
    });

    it('turns a task red when a report is missing past its window, and shows it on the dashboard', async () => {
      today = '2026-05-05';
      const sup = (await viewer.get(`/api/supervision?plan=${planId}`)).body;
      const t2 = sup.tasks.find((t: { id: string }) => t.id === task2);
      expect(t2.colour).toBe('red');
      // One line per period naming every unit that owes it, not one line per unit.
      const april = t2.reasons.filter((r: { message: string }) => r.message.startsWith('2026年4月进展报告逾期未报送'));
      expect(april).toHaveLength(1);
      expect(april[0].message).toMatch(/\(.*市教育局.*\)$/);
      expect(
        (await viewer.get(`/api/supervision?plan=${planId}&colour=red`)).body.tasks.every((t: { colour: string }) => t.colour === 'red'),
      ).toBe(true);
      const missing = (await admin.get(`/api/reports?plan=${planId}&missing=true`)).body;
      expect(missing.kind).toBe('missing');
      expect(
        missing.items.some(
          (m: { taskId: string; unitId: string; periodLabel: string }) =>
            m.taskId === task2 && m.unitId === unitB && m.periodLabel === '2026年4月',
        ),
      ).toBe(true);
      const dash = (await viewer.get(`/api/dashboard?plan=${planId}`)).body;
      expect(dash.completion.total).toBe(2);
      expect(dash.byColour.red).toBeGreaterThanOrEqual(1);
      expect(dash.missingReports.total).toBe(missing.total);
      expect(dash.indicators[0]).toMatchObject({ id: indicatorId, latest: 93.5, achievement: { achieved: true } });
      expect(dash.byLeadUnit.map((u: { unitName: string }) => u.unitName).sort()).toEqual(['市卫生健康委', '市教育局']);
      const rateA = dash.onTime.find((u: { unitId: string }) => u.unitId === unitA);
      expect(rateA).toMatchObject({ submitted: 1, onTime: 1 });
      expect(rateA.missing).toBeGreaterThan(0);
      expect((await viewer.get('/api/dashboard')).status).toBe(400);
    });

    it('issues a numbered notice, takes the unit\u2019s reply and closes it', async () => {
      const n1 = await admin.post('/api/notices', { taskId: task2, unitId: unitB, reason: '4月进展报告逾期未报送', due: '2026-05-15' });
      expect(n1.status).toBe(201);
      expect(n1.body).toMatchObject({ number: '督办〔2026〕第1号', status: 'open' });
      expect((await admin.post('/api/notices', { taskId: task2, unitId: unitA, reason: '协同推进', due: '2026-05-20' })).body.number).toBe(
        '督办〔2026〕第2号',
      );
      expect((await liaisonB.post('/api/notices', { taskId: task2, unitId: unitB, reason: 'x', due: '2026-05-15' })).status).toBe(403);
      expect((await admin.post('/api/notices', { taskId: task2, unitId: unitB, reason: 'x', due: '2026-01-01' })).body.error.id).toBe(
        'notice.due_past',
      );
      expect((await liaisonA.post(`/api/notices/${n1.body.id}/replies`, { body: '不是我单位' })).status).toBe(404);
      const listB = (await liaisonB.get('/api/notices')).body;
      expect(listB.items.map((n: { number: string }) => n.number)).toEqual(['督办〔2026〕第1号']);
      const reply = await liaisonB.post(`/api/notices/${n1.body.id}/replies`, { body: '已补报4月进展,并安排专人负责。' });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({ status: 'replied', replies: [{ body: '已补报4月进展,并安排专人负责。' }] });
      expect((await liaisonB.post(`/api/notices/${n1.body.id}/close`, {})).status).toBe(403);
      const closed = await admin.post(`/api/notices/${n1.body.id}/close`, { note: '已整改' });
      expect(closed.body).toMatchObject({ status: 'closed', closeNote: '已整改' });
      expect((await liaisonB.post(`/api/notices/${n1.body.id}/replies`, { body: '再次回复' })).status).toBe(409);
    });

    it('suspends (暂缓) and resumes a task, office only', async () => {
      expect((await liaisonB.post(`/api/tasks/${task2}/suspension`, { suspended: true, reason: '等待上级政策' })).status).toBe(403);
      expect((await admin.post(`/api/tasks/${task2}/suspension`, { suspended: true })).status).toBe(400);
      expect((await admin.post(`/api/tasks/${task2}/suspension`, { suspended: true, reason: '等待上级政策' })).body).toEqual({
        taskId: task2,
        suspended: true,
      });
      const sup = (await viewer.get(`/api/supervision?plan=${planId}`)).body;
      expect(sup.tasks.find((t: { id: string }) => t.id === task2)).toMatchObject({ status: 'suspended', colour: 'none', reasons: [] });
      const tasks = (await viewer.get(`/api/tasks?plan=${planId}&status=suspended`)).body;
      expect(tasks.items.map((t: { id: string }) => t.id)).toEqual([task2]);
      await admin.post(`/api/tasks/${task2}/suspension`, { suspended: false, reason: '恢复推进' });
      expect((await viewer.get(`/api/supervision?plan=${planId}&colour=red`)).body.tasks.map((t: { id: string }) => t.id)).toContain(task2);
    });

    it('completes a task when its completion claim passes 办结审核', async () => {
      const claim = await liaisonA.post('/api/reports', {
        taskId: task1,
        periodId: period('2026年5月'),
        narrative: '专家库运行良好,任务完成。',
        percent: 100,
        completionClaim: true,
      });
      expect(claim.status).toBe(201);
      expect((await admin.post(`/api/reports/${claim.body.id}/accept`, {})).status).toBe(200);
      const sup = (await viewer.get(`/api/supervision?plan=${planId}`)).body;
      expect(sup.tasks.find((t: { id: string }) => t.id === task1)).toMatchObject({ status: 'completed', colour: 'green', reasons: [] });
      const dash = (await admin.get(`/api/dashboard?plan=${planId}`)).body;
      expect(dash.completion.completed).toBe(1);
      expect(
        (await liaisonA.post('/api/reports', { taskId: task1, periodId: period('2026年5月'), unitId: unitA, narrative: 'x', percent: 100 }))
          .body.error.id,
      ).toBe('task.completed');
    });

    it('accepts evidence by content, rejects corrupt, disguised and oversized files', async () => {
      const report = (await liaisonB.get(`/api/reports?plan=${planId}&unit=${unitB}`)).body.items[0];
      const up = await liaisonB.request(
        'POST',
        `/api/reports/${report.id}/evidence`,
        form('宣传活动记录.pdf', pdfBytes(), 'application/pdf'),
      );
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({ name: '宣传活动记录.pdf', mime: 'application/pdf', size: pdfBytes().byteLength });
      const down = await admin.request('GET', `/api/reports/${report.id}/evidence/${up.body.id}`);
      expect(down.status).toBe(200);
      expect(down.headers.get('content-type')).toBe('application/pdf');
      expect(down.text).toBe(new TextDecoder().decode(pdfBytes()));
      expect((await admin.get(`/api/reports/${report.id}`)).body.evidence.map((e: { id: string }) => e.id)).toEqual([up.body.id]);
      const listed = (await viewer.get(`/api/reports?task=${report.taskId}`)).body.items.find((r: { id: string }) => r.id === report.id);
      expect(listed.evidence).toEqual([{ id: up.body.id, name: '宣传活动记录.pdf', mime: 'application/pdf', size: pdfBytes().byteLength }]);
      expect(
        (await liaisonB.request('POST', `/api/reports/${report.id}/evidence`, form('伪装.pdf', new TextEncoder().encode('not a pdf')))).body
          .error.id,
      ).toBe('evidence.content_mismatch');
      expect(
        (
          await liaisonB.request(
            'POST',
            `/api/reports/${report.id}/evidence`,
            form('corrupt.png', new Uint8Array([0x89, 0x50, 0x00, 0x01])),
          )
        ).status,
      ).toBe(415);
      expect(
        (await liaisonB.request('POST', `/api/reports/${report.id}/evidence`, form('tool.exe', new Uint8Array([0x4d, 0x5a, 0x90])))).body
          .error.id,
      ).toBe('evidence.type_not_allowed');
      const big = new Uint8Array(20 * 1024 * 1024 + 10);
      big.set(pdfBytes());
      expect((await liaisonB.request('POST', `/api/reports/${report.id}/evidence`, form('big.pdf', big))).status).toBe(413);
      expect((await liaisonA.request('POST', `/api/reports/${report.id}/evidence`, form('a.pdf', pdfBytes()))).status).toBe(403);
      expect((await admin.request('GET', `/api/reports/${report.id}/evidence/no-such-file`)).status).toBe(404);
    });

    it('audits every reporting write', async () => {
      const rows = await s.db.db
        .selectFrom('audit_log')
        .select(['entity', 'action'])
        .where('entity', 'in', ['report', 'notice', 'indicator_value', 'task', 'plan'])
        .execute();
      const actions = new Set(rows.map((r) => `${r.entity}.${r.action}`));
      for (const a of [
        'plan.periods.create',
        'report.submit',
        'report.return',
        'report.resubmit',
        'report.accept',
        'report.evidence.add',
        'indicator_value.create',
        'indicator_value.update',
        'notice.issue',
        'notice.reply',
        'notice.close',
        'task.complete',
        'task.suspend',
        'task.resume',
      ]) {
        expect(actions, a).toContain(a);
      }
    });
  });
}
