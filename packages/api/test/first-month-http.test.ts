// An office's first month over HTTP: reports owed by lead units only (the plan's reporting scope), atomic reports
// (files staged first, then submitted with the report in one transaction, idempotently).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';
import { INDICATOR_PLAN_TEXT, PLAN_TEXT } from './support/fixtures.js';

function file(name: string, text: string): FormData {
  const fd = new FormData();
  fd.append('file', new Blob([new TextEncoder().encode(text)]), name);
  return fd;
}
const PDF = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`an office's first month over HTTP on ${target.name}`, () => {
    let s: TestServer;
    const today = '2026-04-10';
    let admin: TestClient;
    let lead: TestClient;
    let participant: TestClient;
    let planId: string;
    let taskId: string;
    let periodId: string;
    let leadUnit: string;
    let participantUnit: string;

    beforeAll(async () => {
      s = await target.start({ today: () => today });
      admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
      leadUnit = (await admin.post('/api/units', { name: '市体育局' })).body.id;
      participantUnit = (await admin.post('/api/units', { name: '市教育局' })).body.id;
      await admin.post('/api/units', { name: '某某新设中心' });
      await admin.post('/api/units', { name: '市卫生健康委' });
      planId = (await admin.post('/api/plans/import', { fileName: 'plan.txt', text: PLAN_TEXT })).body.plan.id;
      expect((await admin.post(`/api/plans/${planId}/publish`)).status).toBeLessThan(300);
      taskId = (await admin.get(`/api/plans/${planId}`)).body.tasks[0].id;
      const periods = (await admin.post(`/api/plans/${planId}/periods`, { kind: 'monthly', start: '2026-03-01', end: '2026-12-31' })).body
        .items;
      periodId = periods.find((p: { label: string }) => p.label === '2026年4月').id;
      for (const [username, unitId] of [
        ['tiyu', leadUnit],
        ['jiaoyu', participantUnit],
      ] as const) {
        expect((await admin.post('/api/users', { username, roles: [{ role: 'liaison', unitId }], password: 'password-123' })).status).toBe(
          201,
        );
      }
      lead = new TestClient(s.url);
      await lead.login('tiyu', 'password-123');
      participant = new TestClient(s.url);
      await participant.login('jiaoyu', 'password-123');
    });
    afterAll(async () => {
      if (s) await s.dispose();
    });

    it('asks only the lead unit for reports by default (牵头单位汇总报送), every unit when the plan says so', async () => {
      const plan = (await admin.get(`/api/plans/${planId}`)).body;
      expect(plan.reportingScope).toBe('lead');
      expect((await participant.get('/api/inbox')).body.owed.filter((o: { taskId: string }) => o.taskId === taskId)).toEqual([]);
      const owed = (await lead.get('/api/inbox')).body.owed.filter((o: { taskId: string }) => o.taskId === taskId);
      expect(owed.map((o: { periodLabel: string; planTitle: string }) => [o.periodLabel, o.planTitle])).toEqual([
        ['2026年3月', '青川市全民健身行动2026年工作方案'],
        ['2026年4月', '青川市全民健身行动2026年工作方案'],
      ]);
      const refused = await participant.post('/api/reports', { taskId, periodId, narrative: '配合开展', percent: 10 });
      expect(refused.status).toBe(403);
      expect(refused.body.error.id).toBe('report.not_owed');
      const sup = (await admin.get(`/api/supervision?plan=${planId}`)).body;
      expect(sup.tasks.find((t: { id: string }) => t.id === taskId).owingUnits.map((u: { name: string }) => u.name)).toEqual(['市体育局']);

      expect((await admin.patch(`/api/plans/${planId}`, { version: plan.version, reportingScope: 'all' })).status).toBe(200);
      expect((await participant.get('/api/inbox')).body.owed.filter((o: { taskId: string }) => o.taskId === taskId)).toHaveLength(2);
      const all = (await admin.get(`/api/supervision?plan=${planId}`)).body;
      expect(
        all.tasks
          .find((t: { id: string }) => t.id === taskId)
          .owingUnits.map((u: { name: string }) => u.name)
          .sort(),
      ).toEqual(['市教育局', '市体育局', '某某新设中心'].sort());
      const back = (await admin.get(`/api/plans/${planId}`)).body;
      expect((await admin.patch(`/api/plans/${planId}`, { version: back.version, reportingScope: 'lead' })).status).toBe(200);
    });

    it('submits nothing when an attachment is refused, and a report with its files in one step', async () => {
      const disguised = await lead.post('/api/evidence', file('材料.pdf', 'not a pdf at all'));
      expect(disguised.status).toBe(415);
      expect(disguised.body.error.id).toBe('evidence.content_mismatch');
      const body = { taskId, periodId, narrative: '已完成场地选址。', percent: 30, idempotencyKey: 'first-month-key-1' };
      const unknown = await lead.post('/api/reports', { ...body, evidenceIds: ['no-such-file'] });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.id).toBe('evidence.staged_unknown');
      expect((await admin.get(`/api/reports?plan=${planId}`)).body.total).toBe(0);

      const staged = await lead.post('/api/evidence', file('选址报告.pdf', PDF));
      expect(staged.status).toBe(201);
      expect(staged.body).toMatchObject({ name: '选址报告.pdf', mime: 'application/pdf' });
      // Another liaison cannot claim the file.
      const stolen = await participant.post('/api/reports', {
        taskId,
        periodId,
        unitId: participantUnit,
        narrative: 'x',
        percent: 1,
        evidenceIds: [staged.body.id],
      });
      expect(stolen.status).toBeGreaterThanOrEqual(400);

      const first = await lead.post('/api/reports', { ...body, evidenceIds: [staged.body.id] });
      expect(first.status).toBe(201);
      const detail = (await lead.get(`/api/reports/${first.body.id}`)).body;
      expect(detail.evidence.map((e: { name: string }) => e.name)).toEqual(['选址报告.pdf']);
      const download = await lead.get(`/api/reports/${first.body.id}/evidence/${detail.evidence[0].id}`);
      expect(download.text).toBe(PDF);

      // A retry of the same submission answers with the same report, never 409 本期已报送.
      const retry = await lead.post('/api/reports', { ...body, evidenceIds: [staged.body.id] });
      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(first.body.id);
      expect((await admin.get(`/api/reports?plan=${planId}`)).body.total).toBe(1);
      expect((await lead.get(`/api/reports/${first.body.id}`)).body.evidence).toHaveLength(1);
      // Without the key a second submission of the slot is still refused; a key reused for another slot too.
      expect((await lead.post('/api/reports', { taskId, periodId, narrative: '再报', percent: 40 })).status).toBe(409);
      const otherPeriod = (await admin.get(`/api/plans/${planId}/periods`)).body.items.find(
        (p: { label: string }) => p.label === '2026年3月',
      ).id;
      const reused = await lead.post('/api/reports', { ...body, periodId: otherPeriod });
      expect(reused.status).toBe(409);
      expect(reused.body.error.id).toBe('report.idempotency_key_reused');
      // A claimed file cannot be claimed again.
      expect(
        (await lead.post('/api/reports', { taskId, periodId: otherPeriod, narrative: '三月', percent: 10, evidenceIds: [staged.body.id] }))
          .status,
      ).toBe(400);
    });

    it('generates the missing periods of the plan\u2019s own year, and edits or deletes periods that hold no report', async () => {
      const added = await admin.post(`/api/plans/${planId}/periods`, {});
      expect(added.status).toBe(201);
      expect(added.body.items.map((p: { label: string }) => p.label)).toEqual(['2026年1月', '2026年2月']);
      expect((await admin.post(`/api/plans/${planId}/periods`, {})).body.error.id).toBe('period.exists');
      const periods = (await admin.get(`/api/plans/${planId}/periods`)).body.items;
      expect(periods.map((p: { seq: number; label: string }) => `${p.seq}:${p.label}`).slice(0, 4)).toEqual([
        '1:2026年1月',
        '2:2026年2月',
        '3:2026年3月',
        '4:2026年4月',
      ]);
      const april = periods.find((p: { label: string }) => p.label === '2026年4月');
      expect(april.reportCount).toBe(1);
      expect((await admin.patch(`/api/periods/${april.id}`, { label: '四月' })).body.error.id).toBe('period.has_reports');
      expect((await admin.del(`/api/periods/${april.id}`)).status).toBe(409);
      const may = periods.find((p: { label: string }) => p.label === '2026年5月');
      expect((await lead.patch(`/api/periods/${may.id}`, { label: '五月' })).status).toBe(403);
      expect((await admin.patch(`/api/periods/${may.id}`, { start: '2026-04-20' })).body.error.id).toBe('period.overlap');
      const moved = await admin.patch(`/api/periods/${may.id}`, { label: '2026年5月(调整)', due: '2026-06-08' });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ label: '2026年5月(调整)', due: '2026-06-08' });
      expect(moved.body.windowEnd > moved.body.due).toBe(true);
      const june = periods.find((p: { label: string }) => p.label === '2026年6月');
      expect((await admin.del(`/api/periods/${june.id}`)).status).toBe(204);
      const after = (await admin.get(`/api/plans/${planId}/periods`)).body.items;
      expect(after.map((p: { label: string }) => p.label)).not.toContain('2026年6月');
      expect(after.map((p: { seq: number }) => p.seq)).toEqual(after.map((_: unknown, i: number) => i + 1));
    });

    it('groups the inbox by plan with filters, and asks the owning unit for indicator values', async () => {
      const second = (
        await admin.post('/api/plans/import', { fileName: 'targets.txt', text: INDICATOR_PLAN_TEXT.replace('全民健身行动', '体育强市') })
      ).body.plan.id;
      expect((await admin.post(`/api/plans/${second}/publish`)).status).toBeLessThan(300);
      expect((await admin.post(`/api/plans/${second}/periods`, { kind: 'quarterly' })).status).toBe(201);
      const indicators = (await admin.get(`/api/indicators?plan=${second}`)).body;
      const list = Array.isArray(indicators) ? indicators : indicators.items;
      expect(list[0].leadUnitId).toBeNull();
      expect((await lead.post(`/api/plans/${second}/indicator-owners`, { indicatorIds: [list[0].id], unitId: leadUnit })).status).toBe(403);
      expect((await admin.post(`/api/plans/${second}/indicator-owners`, { indicatorIds: ['nope'], unitId: leadUnit })).body.error.id).toBe(
        'indicator.not_in_plan',
      );
      const assigned = await admin.post(`/api/plans/${second}/indicator-owners`, { indicatorIds: [list[0].id], unitId: leadUnit });
      expect(assigned.body).toEqual({ planId: second, unitId: leadUnit, updated: 1 });

      const inbox = (await lead.get('/api/inbox')).body;
      expect(inbox.plans.map((p: { planTitle: string }) => p.planTitle).sort()).toEqual([
        '青川市体育强市2026年工作方案',
        '青川市全民健身行动2026年工作方案',
      ]);
      expect(inbox.plans.reduce((n: number, p: { owed: number }) => n + p.owed, 0)).toBe(inbox.owedTotal);
      expect(inbox.indicatorValues.map((v: { indicatorId: string; periodLabel: string }) => [v.indicatorId, v.periodLabel])).toEqual([
        [list[0].id, '2026年第2季度'],
      ]);
      const onlySecond = (await lead.get(`/api/inbox?plan=${second}`)).body;
      expect(new Set(onlySecond.owed.map((o: { planId: string }) => o.planId))).toEqual(new Set([second]));
      const missing = (await lead.get('/api/inbox?state=missing')).body;
      expect(missing.owed.every((o: { state: string }) => o.state === 'missing')).toBe(true);
      const open = (await lead.get('/api/inbox?state=open')).body;
      expect(open.owed.every((o: { state: string }) => o.state === 'open')).toBe(true);
      expect(missing.owedTotal + open.owedTotal + (await lead.get('/api/inbox?state=overdue')).body.owedTotal).toBe(inbox.owedTotal);
      expect((await lead.get('/api/inbox?state=later')).status).toBe(400);
      const periodId2 = (await admin.get(`/api/plans/${second}/periods`)).body.items[1].id;
      expect((await lead.post(`/api/indicators/${list[0].id}/values`, { periodId: periodId2, value: 35 })).status).toBe(201);
      expect((await lead.get('/api/inbox')).body.indicatorValues).toEqual([]);

      const dash = (await admin.get(`/api/dashboard?plan=${second}`)).body;
      expect(dash.indicators[0]).toMatchObject({ id: list[0].id, ownerUnitId: leadUnit, ownerUnitName: '市体育局', latest: 35 });
    });

    it('keeps the heading each indicator was read under, so a section is assigned in one step during review', async () => {
      const text = [
        '青川市健康促进2026年工作方案',
        '一、主要目标',
        '到2026年底，居民健康素养水平达到30%以上，人均预期寿命达到79岁以上。',
        '二、重点任务',
        '（一）实施控烟行动。到2026年底，无烟党政机关建成率达到100%。（牵头单位：市体育局）',
        '（二）实施全民健身行动。到2026年底，经常参加体育锻炼人数比例达到42%以上。（牵头单位：市体育局）',
        '',
      ].join('\n');
      const draft = (await admin.post('/api/plans/import', { fileName: 'sections.txt', text })).body.plan.id;
      const detail = (await admin.get(`/api/plans/${draft}`)).body;
      const bySection = (name: string) => detail.indicators.filter((i: { section: string | null }) => i.section === name);
      expect(detail.indicators.map((i: { section: string | null }) => i.section)).toEqual([
        '一、主要目标',
        '一、主要目标',
        '（一）实施控烟行动',
        '（二）实施全民健身行动',
      ]);
      expect(bySection('一、主要目标').every((i: { leadUnitId: string | null }) => i.leadUnitId === null)).toBe(true);
      const ids = bySection('一、主要目标').map((i: { id: string }) => i.id);
      const assigned = await admin.post(`/api/plans/${draft}/indicator-owners`, { indicatorIds: ids, unitId: leadUnit });
      expect(assigned.body).toEqual({ planId: draft, unitId: leadUnit, updated: 2 });
      // Indicators inside an item already belong to its lead unit; the goals section now has one too.
      const after = (await admin.get(`/api/plans/${draft}`)).body.indicators;
      expect(after.map((i: { leadUnitId: string | null }) => i.leadUnitId)).toEqual([leadUnit, leadUnit, leadUnit, leadUnit]);
      expect((await admin.del(`/api/plans/${draft}`)).status).toBeLessThan(300);
    });

    it('adds staged files to a resubmission in the same step', async () => {
      const list = (await admin.get(`/api/reports?plan=${planId}`)).body.items;
      const report = list[0];
      expect((await admin.post(`/api/reports/${report.id}/return`, { reason: '请补充照片' })).status).toBe(200);
      const staged = await lead.post('/api/evidence', file('补充说明.txt', '现场照片已补充'));
      expect(staged.status).toBe(201);
      const current = (await lead.get(`/api/reports/${report.id}`)).body;
      const resubmitted = await lead.patch(`/api/reports/${report.id}`, {
        version: current.version,
        narrative: '已补充',
        evidenceIds: [staged.body.id],
      });
      expect(resubmitted.status).toBe(200);
      expect((await lead.get(`/api/reports/${report.id}`)).body.evidence.map((e: { name: string }) => e.name)).toEqual([
        '选址报告.pdf',
        '补充说明.txt',
      ]);
    });
  });
}
