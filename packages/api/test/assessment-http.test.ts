import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, type Rubric } from '@duban/core';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';

const PLAN_TEXT = [
  '青川市健康促进2026年工作要点',
  '一、主要目标',
  '到2026年底,居民健康素养水平由91%提高至93%。',
  '二、重点任务',
  '1.加强健康知识传播。组建市级健康科普专家库。(牵头单位:市卫生健康委;配合单位:市教育局)2026年6月底前完成。',
  '2.推进儿童青少年近视防控。开展视力筛查。(牵头单位:市教育局;配合单位:市卫生健康委)2026年4月底前完成。',
  '3.开展养老机构健康服务。(牵头单位:市民政局)2026年12月底前完成。',
  '',
].join('\n');

// The office's rubric for the half year: the defaults with indicators worth 10 and its own grade lines.
const RUBRIC: Rubric = {
  ...DEFAULT_RUBRIC,
  rules: DEFAULT_RUBRIC.rules.map((r) => (r.kind === 'indicator' ? { ...r, points: 10 } : r)),
  grading: {
    mode: 'thresholds',
    bands: [
      { grade: '优秀', min: 65 },
      { grade: '良好', min: 60 },
      { grade: '一般', min: 50 },
      { grade: '较差', min: -1000 },
    ],
  },
};

/** PUT through a test client. */
const put = (c: TestClient, path: string, body: unknown) => c.request('PUT', path, body);

type Result = {
  id: string;
  unitId: string;
  unitName: string;
  finalScore: number;
  rank: number;
  tied: boolean;
  grade: string;
  version: number;
  revision: number;
  rubricVersion: number;
  computed: { total: number; notes: string[]; lines: { ruleId: string; points: number; refs: Record<string, string> }[] };
};

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`assessment over HTTP on ${target.name}`, () => {
    let s: TestServer;
    let today = '2026-03-20';
    let admin: TestClient;
    let liaisonA: TestClient;
    let liaisonB: TestClient;
    let leader: TestClient;
    let planId: string;
    const unit: Record<string, string> = {};
    let task1: string;
    let task2: string;
    let marchReportA: string;
    let marchPeriod: string;
    let periodId: string;
    const period = async (c: TestClient = admin) =>
      (await c.get(`/api/assessment-periods/${periodId}`)).body as {
        period: { version: number; status: string; rubricVersion: number };
        results: Result[];
      };
    const result = async (name: string) => (await period()).results.find((r) => r.unitName === name)!;

    beforeAll(async () => {
      s = await target.start({ today: () => today });
      admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
      for (const name of ['市卫生健康委', '市教育局', '市民政局', '市体育局'])
        unit[name] = (await admin.post('/api/units', { name })).body.id;
      const imported = await admin.post('/api/plans/import', { fileName: 'plan.txt', text: PLAN_TEXT });
      planId = imported.body.plan.id;
      expect((await admin.post(`/api/plans/${planId}/publish`)).status).toBeLessThan(300);
      const detail = (await admin.get(`/api/plans/${planId}`)).body;
      task1 = detail.tasks.find((t: { title: string }) => t.title === '加强健康知识传播').id;
      task2 = detail.tasks.find((t: { title: string }) => t.title === '推进儿童青少年近视防控').id;
      expect(
        (
          await admin.post(`/api/plans/${planId}/indicator-owners`, {
            indicatorIds: [detail.indicators[0].id],
            unitId: unit['市卫生健康委'],
          })
        ).status,
      ).toBe(200);
      const periods = await admin.post(`/api/plans/${planId}/periods`, {
        kind: 'monthly',
        start: '2026-03-01',
        end: '2026-12-31',
        due: { kind: 'day_of_last_month', day: 28 },
        graceDays: 3,
      });
      const byLabel = Object.fromEntries(periods.body.items.map((p: { label: string; id: string }) => [p.label, p.id]));
      marchPeriod = byLabel['2026年3月'];
      for (const [username, role, unitName] of [
        ['liaison-a', 'liaison', '市卫生健康委'],
        ['liaison-b', 'liaison', '市教育局'],
        ['leader', 'leader', null],
      ] as const) {
        expect(
          (
            await admin.post('/api/users', {
              username,
              password: 'password-123',
              roles: [{ role, unitId: unitName ? unit[unitName] : null }],
            })
          ).status,
        ).toBe(201);
      }
      liaisonA = new TestClient(s.url);
      await liaisonA.login('liaison-a', 'password-123');
      liaisonB = new TestClient(s.url);
      await liaisonB.login('liaison-b', 'password-123');
      leader = new TestClient(s.url);
      await leader.login('leader', 'password-123');

      // March: 卫健委 reports on time with the indicator at 92% (half way from 91% to 93%); 教育局 and 民政局 do not report.
      const march = await liaisonA.post('/api/reports', {
        taskId: task1,
        periodId: marchPeriod,
        narrative: '组建专家库。',
        percent: 20,
        indicatorValues: [{ indicatorId: detail.indicators[0].id, value: 92 }],
      });
      expect(march.status).toBe(201);
      marchReportA = march.body.id;
      // April: both report on time; the office returns 卫健委's report once; a 督办单 to 教育局 is never answered.
      today = '2026-04-20';
      const april = await liaisonA.post('/api/reports', {
        taskId: task1,
        periodId: byLabel['2026年4月'],
        narrative: '推进中。',
        percent: 40,
      });
      expect((await admin.post(`/api/reports/${april.body.id}/return`, { reason: '请补充数据' })).status).toBe(200);
      expect((await liaisonA.patch(`/api/reports/${april.body.id}`, { version: 2, narrative: '专家库30人。' })).status).toBe(200);
      expect(
        (await liaisonB.post('/api/reports', { taskId: task2, periodId: byLabel['2026年4月'], narrative: '筛查中。', percent: 50 })).status,
      ).toBe(201);
      expect(
        (await admin.post('/api/notices', { taskId: task2, unitId: unit['市教育局'], reason: '筛查进度滞后', due: '2026-05-10' })).status,
      ).toBe(201);
      today = '2026-07-10';
    });
    afterAll(async () => {
      if (s) await s.dispose();
    });

    it('lets the office create a period with its rubric and refuses a bad one with the place of the fault', async () => {
      const bad = await admin.post(`/api/plans/${planId}/assessment-periods`, {
        name: '2026年上半年',
        start: '2026-01-01',
        end: '2026-06-30',
        rubric: {
          ...RUBRIC,
          grading: {
            mode: 'thresholds',
            bands: [
              { grade: '优秀', min: 50 },
              { grade: '良好', min: 60 },
            ],
          },
        },
      });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.error.details)).toContain('等次分数线须从高到低排列');
      expect(
        (await liaisonA.post(`/api/plans/${planId}/assessment-periods`, { name: 'x', start: '2026-01-01', end: '2026-06-30' })).status,
      ).toBe(403);
      const created = await admin.post(`/api/plans/${planId}/assessment-periods`, {
        name: '2026年上半年',
        start: '2026-01-01',
        end: '2026-06-30',
        rubric: RUBRIC,
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'draft', rubricVersion: 1, version: 1 });
      periodId = created.body.id;
      const copy = await admin.post(`/api/plans/${planId}/assessment-periods`, {
        name: '2026年下半年',
        start: '2026-07-01',
        end: '2026-12-31',
        copyFromPeriodId: periodId,
      });
      expect((await admin.get(`/api/assessment-periods/${copy.body.id}`)).body.rubric.rubric).toEqual(RUBRIC);
      const adj = await put(admin, `/api/assessment-periods/${periodId}/adjustments`, {
        version: 1,
        bonuses: [{ unitId: unit['市体育局'], points: 3, reason: '全民健身工作获省级表彰' }],
        vetoes: [{ unitId: unit['市民政局'], itemId: 'false-report', reason: '瞒报养老机构安全事故' }],
      });
      expect(adj.status).toBe(200);
      expect(
        (
          await put(admin, `/api/assessment-periods/${periodId}/adjustments`, {
            version: 2,
            bonuses: [],
            vetoes: [{ unitId: unit['市民政局'], itemId: 'nope', reason: 'x' }],
          })
        ).body.error.id,
      ).toBe('assessment.unknown_veto_item');
    });

    it('opens self-assessment with scores that explain every point, ties sharing a rank', async () => {
      expect((await admin.post(`/api/assessment-periods/${periodId}/status`, { version: 1, status: 'self_assessment' })).status).toBe(409);
      const v = (await period()).period.version;
      expect((await admin.post(`/api/assessment-periods/${periodId}/status`, { version: v, status: 'scoring' })).body.error.id).toBe(
        'assessment.bad_transition',
      );
      const opened = await admin.post(`/api/assessment-periods/${periodId}/status`, { version: v, status: 'self_assessment' });
      expect(opened.status).toBe(200);
      const byName = Object.fromEntries((opened.body.results as Result[]).map((r) => [r.unitName, r]));
      // 卫健委: 60 + 1 + 1 (Mar, Apr on time) + 5 (indicator 50% × 10) − 1 (task 2 overdue, participant × 0.5) − 1 (April report returned) − 2 (May missing) = 63
      expect(byName['市卫生健康委']!.computed.lines.map((l) => [l.ruleId, l.points])).toEqual([
        ['report-on-time', 1],
        ['report-on-time', 1],
        ['indicator', 5],
        ['task-overdue', -1],
        ['report-returned', -1],
        ['report-missing', -2],
      ]);
      // 教育局: 60 + 1 (April) − 2 (task 2 overdue, lead) − 2 − 2 (March, May missing) − 5 (督办单 unanswered) = 50
      expect(byName['市教育局']!.computed.lines.map((l) => [l.ruleId, l.points])).toEqual([
        ['report-on-time', 1],
        ['task-overdue', -2],
        ['report-missing', -2],
        ['report-missing', -2],
        ['notice-unanswered', -5],
      ]);
      expect(byName['市教育局']!.computed.lines.find((l) => l.ruleId === 'task-overdue')!.refs).toEqual({ taskId: task2 });
      // 民政局: three months missing; its only task is due in December.
      expect(byName['市民政局']!.computed).toMatchObject({ total: 54, notes: ['本期没有到期的任务'], vetoed: true });
      // 体育局 has no task in the plan: base + its bonus.
      expect(byName['市体育局']!.computed).toMatchObject({ total: 63, notes: ['本方案中没有该单位承担的任务'] });
      expect((opened.body.results as Result[]).map((r) => [r.unitName, r.finalScore, r.rank, r.tied, r.grade])).toEqual([
        ['市体育局', 63, 1, true, '良好'],
        ['市卫生健康委', 63, 1, true, '良好'],
        ['市教育局', 50, 3, false, '一般'],
        ['市民政局', 54, 4, false, '较差'],
      ]);
      expect((await put(admin, `/api/assessment-periods/${periodId}/rubric`, { version: 1, rubric: RUBRIC })).body.error.id).toBe(
        'assessment.rubric_frozen',
      );
    });

    it('lets a liaison self-assess only its own unit, with its own reports as evidence', async () => {
      const mine = await result('市卫生健康委');
      const other = await result('市教育局');
      expect((await liaisonB.get(`/api/assessment-periods/${periodId}`)).body.results.map((r: Result) => r.unitName)).toEqual(['市教育局']);
      expect(
        (await put(liaisonA, `/api/assessment-results/${other.id}/self`, { version: other.version, score: 99, note: '越权' })).status,
      ).toBe(403);
      const foreign = await put(liaisonA, `/api/assessment-results/${mine.id}/self`, {
        version: mine.version,
        score: 68,
        note: '按时报送',
        evidenceReportIds: ['not-mine'],
      });
      expect(foreign.body.error.id).toBe('assessment.evidence_not_own');
      const self = await put(liaisonA, `/api/assessment-results/${mine.id}/self`, {
        version: mine.version,
        score: 68,
        note: '专家库已组建，数据见3月报送',
        evidenceReportIds: [marchReportA],
      });
      expect(self.status).toBe(200);
      expect(self.body).toMatchObject({ selfScore: 68, selfEvidenceReportIds: [marchReportA], finalScore: 63 });
      // A submitted 自评 is frozen until the office returns it with a reason.
      expect(
        (await put(liaisonA, `/api/assessment-results/${mine.id}/self`, { version: self.body.version, score: 70, note: '再改' })).body.error
          .id,
      ).toBe('assessment.self_submitted');
      expect((await liaisonA.post(`/api/assessment-results/${mine.id}/self/return`, { reason: '自己退回' })).status).toBe(403);
      const returned = await admin.post(`/api/assessment-results/${mine.id}/self/return`, { reason: '请补充4月报送作为佐证' });
      expect(returned.body).toMatchObject({ selfAt: null, selfReturnReason: '请补充4月报送作为佐证', selfScore: 68 });
      expect(
        (await put(liaisonA, `/api/assessment-results/${mine.id}/self`, { version: self.body.version, score: 70, note: '旧版本' })).status,
      ).toBe(409);
      const again = await put(liaisonA, `/api/assessment-results/${mine.id}/self`, {
        version: returned.body.version,
        score: 68,
        note: '专家库已组建，数据见3月报送',
        evidenceReportIds: [marchReportA],
      });
      expect(again.body).toMatchObject({ selfScore: 68, selfReturnReason: null, selfAt: expect.any(String) });
    });

    it('lets the office score with a reason for every change, then lock', async () => {
      const v = (await period()).period.version;
      expect((await admin.post(`/api/assessment-periods/${periodId}/status`, { version: v, status: 'scoring' })).status).toBe(200);
      const mine = await result('市卫生健康委');
      expect(
        (await put(liaisonA, `/api/assessment-results/${mine.id}/self`, { version: mine.version, score: 70, note: '迟交' })).body.error.id,
      ).toBe('assessment.not_self_assessment');
      expect(
        (await put(admin, `/api/assessment-results/${mine.id}/office`, { version: mine.version, changes: [{ points: 2, reason: '' }] }))
          .status,
      ).toBe(400);
      expect((await put(liaisonA, `/api/assessment-results/${mine.id}/office`, { version: mine.version, changes: [] })).status).toBe(403);
      const scored = await put(admin, `/api/assessment-results/${mine.id}/office`, {
        version: mine.version,
        changes: [{ points: 2, reason: '市领导批示肯定专家库工作' }],
      });
      expect(scored.body).toMatchObject({
        officeScore: 65,
        finalScore: 65,
        rank: 1,
        tied: false,
        grade: '优秀',
        officeChanges: [{ points: 2, reason: '市领导批示肯定专家库工作' }],
      });
      const v2 = (await period()).period.version;
      const locked = await admin.post(`/api/assessment-periods/${periodId}/status`, { version: v2, status: 'locked' });
      expect(locked.body.period).toMatchObject({ status: 'locked', lockedAt: expect.any(String) });
      expect((locked.body.results as Result[]).map((r) => [r.unitName, r.finalScore, r.rank, r.grade])).toEqual([
        ['市卫生健康委', 65, 1, '优秀'],
        ['市体育局', 63, 2, '良好'],
        ['市教育局', 50, 3, '一般'],
        ['市民政局', 54, 4, '较差'],
      ]);
      // Locking publishes the scores: the assessed units are told in-app (once, however often it is read).
      const told = (await liaisonA.get('/api/notifications')).body.items as { kind: string; link: string }[];
      expect(told.filter((n) => n.kind === 'score_published')).toEqual([
        expect.objectContaining({ link: `/assessment?plan=${planId}&period=${periodId}` }),
      ]);
      // The next 情况通报 of the plan carries the locked ranking.
      const bulletin = await admin.post('/api/bulletins', { planId, periodId: marchPeriod });
      expect(bulletin.status).toBe(201);
      expect(
        bulletin.body.data.ranking.rows.map((r: { rank: number; unit: string; score: number; grade: string }) => [
          r.rank,
          r.unit,
          r.score,
          r.grade,
        ]),
      ).toEqual([
        [1, '市卫生健康委', 65, '优秀'],
        [2, '市体育局', 63, '良好'],
        [3, '市教育局', 50, '一般'],
        [4, '市民政局', 54, '较差'],
      ]);
    });

    it('refuses every edit of a locked period', async () => {
      const before = await period();
      const mine = before.results.find((r) => r.unitName === '市卫生健康委')!;
      const refusals = [
        await put(admin, `/api/assessment-results/${mine.id}/office`, {
          version: mine.version,
          changes: [{ points: 10, reason: '锁定后改分' }],
        }),
        await put(admin, `/api/assessment-results/${mine.id}/self`, { version: mine.version, score: 90, note: 'x' }),
        await admin.post(`/api/assessment-periods/${periodId}/compute`, {}),
        await put(admin, `/api/assessment-periods/${periodId}/adjustments`, { version: before.period.version, bonuses: [], vetoes: [] }),
        await admin.post(`/api/assessment-periods/${periodId}/status`, { version: before.period.version, status: 'locked' }),
      ];
      expect(refusals.map((r) => [r.status, r.body.error.id])).toEqual(Array(5).fill([409, 'assessment.locked']));
      expect(await period()).toEqual(before);
    });

    it('keeps locked results when the rubric changes, and corrects through an audited revision', async () => {
      const before = await period();
      const changed = { ...RUBRIC, rules: RUBRIC.rules.map((r) => (r.kind === 'notice_unanswered' ? { ...r, points: 3 } : r)) };
      const saved = await put(admin, `/api/assessment-periods/${periodId}/rubric`, { version: 1, rubric: changed });
      expect(saved.status).toBe(200);
      expect(saved.body.period.rubricVersion).toBe(2);
      expect(saved.body.results).toEqual(before.results);
      const edu = before.results.find((r) => r.unitName === '市教育局')!;
      expect((await admin.post(`/api/assessment-results/${edu.id}/revisions`, {})).status).toBe(400);
      const revised = await admin.post(`/api/assessment-results/${edu.id}/revisions`, { reason: '督办单扣分标准经领导小组审定调整为3分' });
      expect(revised.status).toBe(201);
      expect(revised.body).toMatchObject({
        revision: 2,
        rubricVersion: 2,
        finalScore: 52,
        revisionReason: '督办单扣分标准经领导小组审定调整为3分',
      });
      const history = (await leader.get(`/api/assessment-results/${revised.body.id}/revisions`)).body.items as Result[];
      expect(history.map((r) => [r.revision, r.rubricVersion, r.finalScore])).toEqual([
        [1, 1, 50],
        [2, 2, 52],
      ]);
      expect((await admin.post(`/api/assessment-results/${edu.id}/revisions`, { reason: '再改旧版本' })).body.error.id).toBe(
        'assessment.not_current',
      );
      const audit = (await admin.get('/api/audit?pageSize=200')).body.items
        .filter((e: { entity: string }) => e.entity.startsWith('assessment_'))
        .map((e: { entity: string; action: string }) => `${e.entity}.${e.action}`);
      for (const a of [
        'assessment_period.create',
        'assessment_period.adjust',
        'assessment_period.transition',
        'assessment_period.compute',
        'assessment_period.lock',
        'assessment_rubric.update',
        'assessment_result.self_assess',
        'assessment_result.return_self',
        'assessment_result.score',
        'assessment_result.revise',
      ]) {
        expect(audit).toContain(a);
      }
    });

    it('shows the leader the ranking of the plan', async () => {
      const ranking = await leader.get(`/api/assessment/ranking?plan=${planId}`);
      expect(ranking.body.periods.map((p: { id: string }) => p.id)).toEqual([periodId]);
      expect(
        ranking.body.entries.map((e: { unitName: string; score: number; rank: number; grade: string; vetoed: boolean }) => [
          e.unitName,
          e.score,
          e.rank,
          e.grade,
          e.vetoed,
        ]),
      ).toEqual([
        ['市卫生健康委', 65, 1, '优秀', false],
        ['市体育局', 63, 2, '良好', false],
        ['市教育局', 52, 3, '一般', false],
        ['市民政局', 54, 4, '较差', true],
      ]);
      expect((await leader.get('/api/assessment/ranking')).body.error.id).toBe('assessment.scope_required');
    });

    it('ranks a jurisdiction across plans by the mean of each unit\u2019s latest locked scores', async () => {
      const city = (await admin.post('/api/jurisdictions', { name: '青川市', level: 'city' })).body.id;
      const other = (
        await admin.post('/api/plans/import', {
          fileName: 'tobacco.txt',
          text: '青川市控烟行动2026年工作方案\n一、重点任务\n1.开展无烟机关建设。(牵头单位:市卫生健康委)2026年12月底前完成。\n',
        })
      ).body.plan.id;
      expect((await admin.post(`/api/plans/${other}/publish`)).status).toBeLessThan(300);
      for (const id of [planId, other]) {
        const plan = (await admin.get(`/api/plans/${id}`)).body;
        expect((await admin.patch(`/api/plans/${id}`, { version: plan.version, jurisdictionId: city })).status).toBe(200);
      }
      const p2 = (
        await admin.post(`/api/plans/${other}/assessment-periods`, {
          name: '2026年上半年',
          start: '2026-01-01',
          end: '2026-06-30',
          copyFromPeriodId: periodId,
        })
      ).body;
      let version = p2.version;
      for (const status of ['self_assessment', 'scoring', 'locked'])
        version = (await admin.post(`/api/assessment-periods/${p2.id}/status`, { version, status })).body.period.version;
      const ranking = (await leader.get(`/api/assessment/ranking?jurisdiction=${city}`)).body;
      expect(ranking.scope).toBe('jurisdiction');
      expect(ranking.periods.map((p: { planId: string }) => p.planId).sort()).toEqual([planId, other].sort());
      // 卫健委: (65 in the first plan + 60 in the tobacco plan, where nothing is due yet) / 2.
      expect(
        ranking.entries.map((e: { unitName: string; score: number; rank: number; grade: string; plans: number }) => [
          e.unitName,
          e.score,
          e.rank,
          e.grade,
          e.plans,
        ]),
      ).toEqual([
        ['市体育局', 63, 1, '良好', 1],
        ['市卫生健康委', 62.5, 2, '良好', 2],
        ['市教育局', 52, 3, '一般', 1],
        ['市民政局', 54, 4, '较差', 1],
      ]);
    });

    it('gives each unit its rank in the previous locked period (较上期)', async () => {
      const second = (await admin.get(`/api/plans/${planId}/assessment-periods`)).body.items.find(
        (p: { name: string }) => p.name === '2026年下半年',
      );
      let version = second.version;
      for (const status of ['self_assessment', 'scoring', 'locked'])
        version = (await admin.post(`/api/assessment-periods/${second.id}/status`, { version, status })).body.period.version;
      const ranking = (await leader.get(`/api/assessment/ranking?plan=${planId}`)).body;
      expect(ranking.periods.map((p: { name: string }) => p.name)).toEqual(['2026年下半年']);
      // As of 10 July, tasks 1 (due 30 June) and 2 (due 30 April) still open count again: 卫健委 60 + 5 (indicator)
      // − 2 (task 1, lead) − 1 (task 2, participant) = 62; 教育局 60 − 1 (task 1) − 2 (task 2) − 5 (督办单) = 52; 民政局 60.
      expect(
        ranking.entries.map((e: { unitName: string; score: number; rank: number; previousRank: number | null }) => [
          e.unitName,
          e.score,
          e.rank,
          e.previousRank,
        ]),
      ).toEqual([
        ['市卫生健康委', 62, 1, 1],
        ['市民政局', 60, 2, 4],
        ['市教育局', 52, 3, 3],
      ]);
    });
  });
}
