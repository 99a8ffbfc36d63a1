import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dashboardAggregates,
  findReport,
  insertJurisdiction,
  plansOfJurisdiction,
  insertNotice,
  insertPeriods,
  insertPlan,
  insertReport,
  insertTask,
  insertUnit,
  listEmptySlots,
  listReports,
  loadPlanSupervision,
  noticeNumbersOfYear,
  reportingDb,
  publishPlan,
  updatePlan,
  updateReport,
  upsertIndicatorValue,
  insertIndicator,
  listIndicatorValues,
  type OpenDatabase,
  type ReportingDb,
} from './support/storage.js';
import { testDatabases } from './support/databases.js';

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`reporting repositories on ${target.name}`, () => {
    let open: OpenDatabase;
    let db: ReportingDb;
    let planId: string;
    let taskId: string;
    let units: { id: string; name: string }[];
    let periods: { id: string; label: string }[];
    beforeAll(async () => {
      open = await target.open();
      db = reportingDb(open.db);
      units = [
        await insertUnit(open.db, { name: '市卫生健康委', kind: 'department' }),
        await insertUnit(open.db, { name: '市教育局', kind: 'department' }),
      ];
      planId = await insertPlan(open.db, { documentId: null, createdBy: null, title: '测试方案' });
      await updatePlan(open.db, planId, 1, { reportingScope: 'all' });
      await publishPlan(open.db, planId, 2, null);
      taskId = await insertTask(
        open.db,
        planId,
        1,
        {
          kind: 'task',
          number: '1',
          path: [],
          title: '加强健康知识传播',
          text: '…',
          due: ['2026-06-30'],
          ongoing: false,
          separateLeads: false,
          deadlineText: null,
          milestones: [],
          source: null,
        },
        [
          { unitId: units[0]!.id, name: units[0]!.name, role: 'lead' },
          { unitId: units[1]!.id, name: units[1]!.name, role: 'participant' },
        ],
        'not_started',
      );
      periods = await insertPeriods(db, planId, [
        { kind: 'monthly', label: '2026年3月', start: '2026-03-01', end: '2026-03-31', due: '2026-03-28', windowEnd: '2026-03-31' },
        { kind: 'monthly', label: '2026年4月', start: '2026-04-01', end: '2026-04-30', due: '2026-04-28', windowEnd: '2026-05-01' },
      ]);
    });
    afterAll(async () => {
      if (open) await target.dispose(open);
    });

    it('numbers periods and enforces one report per slot', async () => {
      expect(periods.map((p) => p.label)).toEqual(['2026年3月', '2026年4月']);
      const base = {
        planId,
        taskId,
        unitId: units[0]!.id,
        periodId: periods[0]!.id,
        narrative: '已开展',
        percent: 30,
        completionClaim: false,
        status: 'submitted' as const,
        onTime: true,
        submittedBy: null,
        firstSubmittedAt: '2026-03-20T00:00:00.000Z',
        submittedAt: '2026-03-20T00:00:00.000Z',
      };
      const r = await insertReport(db, base);
      await expect(insertReport(db, base)).rejects.toThrow();
      expect(await updateReport(db, r.id, 1, { status: 'accepted' })).toMatchObject({ status: 'accepted', version: 2 });
      expect(await updateReport(db, r.id, 1, { status: 'returned' })).toBeUndefined();
      expect((await findReport(db, r.id))?.status).toBe('accepted');
    });

    it('lists empty slots past their window and hides other units\u2019 returned reports', async () => {
      const missing = await listEmptySlots(db, { planId, windowBefore: '2026-05-10' }, { page: 1, pageSize: 50 });
      expect(missing.items.map((m) => `${m.periodLabel}/${m.unitName}`).sort()).toEqual([
        '2026年3月/市教育局',
        '2026年4月/市卫生健康委',
        '2026年4月/市教育局',
      ]);
      const ret = await insertReport(db, {
        planId,
        taskId,
        unitId: units[1]!.id,
        periodId: periods[1]!.id,
        narrative: 'x',
        percent: 10,
        completionClaim: false,
        status: 'submitted',
        onTime: false,
        submittedBy: null,
        firstSubmittedAt: '2026-04-30T00:00:00.000Z',
        submittedAt: '2026-04-30T00:00:00.000Z',
      });
      await updateReport(db, ret.id, 1, { status: 'returned', returnReason: '材料不全' });
      const asLead = await listReports(db, { planId, viewerUnitIds: [units[0]!.id] }, { page: 1, pageSize: 50 });
      expect(asLead.items.map((r) => r.unitName)).toEqual(['市卫生健康委']);
      const asOffice = await listReports(db, { planId, late: true }, { page: 1, pageSize: 50 });
      expect(asOffice.items.map((r) => r.status)).toEqual(['returned']);
    });

    it('aggregates the dashboard and loads supervision facts', async () => {
      const agg = await dashboardAggregates(db, [planId], '2026-07-10');
      expect(agg.byStatusColour).toEqual([{ kind: 'task', status: 'not_started', colour: null, count: 1, progressSum: 0 }]);
      expect(agg.overdueTotal).toBe(1);
      expect(agg.missingTotal).toBe(2);
      expect(agg.reportsByUnit.map((r) => [r.unitName, r.submitted, r.onTime]).sort()).toEqual([
        ['市卫生健康委', 1, 1],
        ['市教育局', 1, 0],
      ]);
      const facts = await loadPlanSupervision(db, planId);
      expect(facts.tasks[0]?.latestAccepted).toEqual({ percent: 30, completionClaim: false });
      expect(facts.submitted.size).toBe(2);
      expect(facts.scope).toBe('all');
    });

    it('expects reports only from lead units when the plan says 牵头单位汇总报送', async () => {
      await updatePlan(open.db, planId, 3, { reportingScope: 'lead' });
      expect((await dashboardAggregates(db, [planId], '2026-07-10')).missingTotal).toBe(1);
      const missing = await listEmptySlots(db, { planId, windowBefore: '2026-05-10' }, { page: 1, pageSize: 50 });
      expect(missing.items.map((m) => `${m.periodLabel}/${m.unitName}`)).toEqual(['2026年4月/市卫生健康委']);
      expect((await loadPlanSupervision(db, planId)).scope).toBe('lead');
      await updatePlan(open.db, planId, 4, { reportingScope: 'all' });
    });

    it('finds the published plans of a jurisdiction and everything under it', async () => {
      const province = await insertJurisdiction(open.db, { parentId: null, name: '青川省', level: 'province' });
      const city = await insertJurisdiction(open.db, { parentId: province.id, name: '青川市', level: 'city' });
      const county = await insertJurisdiction(open.db, { parentId: city.id, name: '临江县', level: 'county' });
      const cityPlan = await insertPlan(open.db, { documentId: null, createdBy: null, title: '市方案', jurisdictionId: city.id });
      const countyPlan = await insertPlan(open.db, { documentId: null, createdBy: null, title: '县方案', jurisdictionId: county.id });
      await insertPlan(open.db, { documentId: null, createdBy: null, title: '县草稿', jurisdictionId: county.id });
      await publishPlan(open.db, cityPlan, 1, null);
      await publishPlan(open.db, countyPlan, 1, null);
      expect((await plansOfJurisdiction(db, province.id)).sort()).toEqual([cityPlan, countyPlan].sort());
      expect(await plansOfJurisdiction(db, county.id)).toEqual([countyPlan]);
    });

    it('upserts indicator values and guards notice numbers per year', async () => {
      const indicatorId = await insertIndicator(open.db, planId, 1, {
        name: '健康素养水平',
        text: '由31.5%提高至34%',
        baseline: 31.5,
        target: 34,
        unit: '%',
        comparator: '>=',
        due: '2026-12-31',
        source: null,
      });
      await upsertIndicatorValue(db, {
        planId,
        indicatorId,
        unitId: units[0]!.id,
        periodId: periods[0]!.id,
        value: 32,
        note: null,
        reportedBy: null,
      });
      const again = await upsertIndicatorValue(db, {
        planId,
        indicatorId,
        unitId: units[0]!.id,
        periodId: periods[0]!.id,
        value: 32.5,
        note: null,
        reportedBy: null,
      });
      expect(again.before?.value).toBe(32);
      expect((await listIndicatorValues(db, indicatorId)).map((v) => [v.periodLabel, v.value, v.version])).toEqual([
        ['2026年3月', 32.5, 2],
      ]);
      const n = {
        planId,
        taskId,
        unitId: units[1]!.id,
        reason: '逾期未报',
        due: '2026-07-20',
        issuedBy: null,
        number: '督办〔2026〕第1号',
        year: 2026,
        seq: 1,
      };
      await insertNotice(db, n);
      await expect(insertNotice(db, { ...n, number: '督办〔2026〕第1号 ' })).rejects.toThrow();
      expect(await noticeNumbersOfYear(db, 2026)).toEqual(['督办〔2026〕第1号']);
    });
  });
}
