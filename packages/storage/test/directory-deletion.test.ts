import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deleteJurisdiction,
  deleteUnit,
  findJurisdiction,
  findUnit,
  findUnitsByName,
  insertIndicator,
  insertJurisdiction,
  insertNotice,
  insertNoticeReply,
  insertPeriods,
  insertPlan,
  insertReport,
  insertTask,
  insertUnit,
  insertUser,
  jurisdictionUsage,
  mergeUnits,
  reportingDb,
  unitUsage,
  upsertIndicatorValue,
  type Db,
  type OpenDatabase,
  type TaskContent,
  type UnitUsage,
} from './support/storage.js';
import { testDatabases } from './support/databases.js';

const content: TaskContent = {
  kind: 'task',
  number: '1',
  path: [],
  title: null,
  text: '任务',
  due: [],
  ongoing: false,
  separateLeads: false,
  deadlineText: null,
  milestones: [],
  source: { start: 0, end: 2, line: 1 },
};

const zero: UnitUsage = {
  assignments: 0,
  indicators: 0,
  userRoles: 0,
  reports: 0,
  reportTallies: 0,
  indicatorValues: 0,
  notices: 0,
  noticeReplies: 0,
  mergedUnits: 0,
};

interface World {
  planId: string;
  taskId: string;
  periodId: string;
  indicatorId: string;
  noticeUnitId: string;
  noticeId: string;
}

/** One way to refer to a unit per foreign key to `units`. */
const references: { key: keyof UnitUsage; add(db: Db, w: World, unitId: string): Promise<unknown> }[] = [
  {
    key: 'assignments',
    add: (db, w, unitId) => insertTask(db, w.planId, 9, content, [{ unitId, name: '某单位', role: 'lead' }], 'not_started'),
  },
  {
    key: 'indicators',
    add: (db, w, unitId) =>
      insertIndicator(db, w.planId, 9, {
        name: '指标',
        text: '',
        baseline: null,
        target: 1,
        unit: '%',
        comparator: '>=',
        due: null,
        leadUnitId: unitId,
        source: null,
      }),
  },
  {
    key: 'userRoles',
    add: (db, _w, unitId) => insertUser(db, { username: `liaison-${unitId}`, passwordHash: null, roles: [{ role: 'liaison', unitId }] }),
  },
  {
    key: 'reportTallies',
    add: (db, w, unitId) =>
      reportingDb(db)
        .insertInto('report_tallies')
        .values({ plan_id: w.planId, unit_id: unitId, period_id: w.periodId, submitted: 0, on_time: 0 })
        .execute(),
  },
  {
    key: 'indicatorValues',
    add: (db, w, unitId) =>
      upsertIndicatorValue(reportingDb(db), {
        planId: w.planId,
        indicatorId: w.indicatorId,
        unitId,
        periodId: w.periodId,
        value: 1,
        note: null,
        reportedBy: null,
      }),
  },
  {
    key: 'notices',
    add: (db, w, unitId) =>
      insertNotice(reportingDb(db), {
        number: `督办〔2026〕${unitId.slice(0, 6)}号`,
        year: 2026,
        seq: Math.floor(Math.random() * 1e9),
        planId: w.planId,
        taskId: w.taskId,
        unitId,
        reason: '逾期',
        due: '2026-06-30',
        issuedBy: null,
      }),
  },
  {
    key: 'noticeReplies',
    add: (db, w, unitId) => insertNoticeReply(reportingDb(db), { noticeId: w.noticeId, unitId, body: '已整改', repliedBy: null }),
  },
  {
    key: 'mergedUnits',
    add: async (db, _w, unitId) => mergeUnits(db, (await insertUnit(db, { name: `并入${unitId}`, kind: 'department' })).id, unitId),
  },
];

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`deleting units and jurisdictions on ${target.name}`, () => {
    let open: OpenDatabase;
    const w = {} as World;
    beforeAll(async () => {
      open = await target.open();
      const db = open.db;
      w.planId = await insertPlan(db, { documentId: null, createdBy: null, title: '方案' });
      w.taskId = await insertTask(db, w.planId, 0, content, [], 'not_started');
      [w.periodId] = (
        await insertPeriods(reportingDb(db), w.planId, [
          { kind: 'quarterly', label: '第一季度', start: '2026-01-01', end: '2026-03-31', due: '2026-04-10', windowEnd: '2026-04-30' },
        ])
      ).map((p) => p.id) as [string];
      w.indicatorId = await insertIndicator(db, w.planId, 0, {
        name: '指标',
        text: '',
        baseline: null,
        target: 1,
        unit: '%',
        comparator: '>=',
        due: null,
        source: null,
      });
      w.noticeUnitId = (await insertUnit(db, { name: '被督办单位', kind: 'department' })).id;
      w.noticeId = (
        await insertNotice(reportingDb(db), {
          number: '督办〔2026〕1号',
          year: 2026,
          seq: 1,
          planId: w.planId,
          taskId: w.taskId,
          unitId: w.noticeUnitId,
          reason: '逾期',
          due: '2026-06-30',
          issuedBy: null,
        })
      ).id;
    });
    afterAll(async () => {
      if (open) await target.dispose(open);
    });

    it('deletes an unused unit with its aliases and former names', async () => {
      const u = await insertUnit(open.db, { name: '误建单位', kind: 'department', aliases: ['误建'], formerNames: ['旧误建'] });
      expect(await unitUsage(open.db, u.id)).toEqual(zero);
      expect(await deleteUnit(open.db, u.id)).toBe(true);
      expect(await findUnit(open.db, u.id)).toBeUndefined();
      expect(await findUnitsByName(open.db, '旧误建')).toEqual([]);
      expect(await open.db.selectFrom('unit_aliases').select('id').where('unit_id', '=', u.id).execute()).toEqual([]);
      expect(await deleteUnit(open.db, u.id)).toBe(false);
    });

    for (const ref of references) {
      it(`counts ${ref.key} and the database refuses to delete the unit they refer to`, async () => {
        const u = await insertUnit(open.db, { name: `被引用单位-${ref.key}`, kind: 'department' });
        await ref.add(open.db, w, u.id);
        expect(await unitUsage(open.db, u.id)).toEqual({ ...zero, [ref.key]: 1 });
        await expect(open.db.transaction().execute((tx) => deleteUnit(tx, u.id))).rejects.toThrow();
        expect((await findUnit(open.db, u.id))?.name).toBe(`被引用单位-${ref.key}`);
      });
    }

    it('counts a report together with its tally', async () => {
      const u = await insertUnit(open.db, { name: '报送单位', kind: 'department' });
      const now = new Date().toISOString();
      await insertReport(reportingDb(open.db), {
        planId: w.planId,
        taskId: w.taskId,
        unitId: u.id,
        periodId: w.periodId,
        narrative: '进展',
        percent: 50,
        completionClaim: false,
        status: 'submitted',
        onTime: true,
        submittedBy: null,
        firstSubmittedAt: now,
        submittedAt: now,
      });
      expect(await unitUsage(open.db, u.id)).toEqual({ ...zero, reports: 1, reportTallies: 1 });
      expect((await unitUsage(open.db, w.noticeUnitId)).notices).toBe(1);
    });

    it('counts children, units and plans of a jurisdiction and deletes only an empty one', async () => {
      const province = await insertJurisdiction(open.db, { name: '示范省', level: 'province', parentId: null });
      const city = await insertJurisdiction(open.db, { name: '青川市', level: 'city', parentId: province.id });
      const county = await insertJurisdiction(open.db, { name: '云溪区', level: 'county', parentId: city.id });
      const empty = await insertJurisdiction(open.db, { name: '误建县', level: 'county', parentId: city.id });
      await insertUnit(open.db, { name: '青川市体育局', kind: 'department', jurisdictionId: city.id });
      await insertPlan(open.db, { documentId: null, createdBy: null, title: '云溪区方案', jurisdictionId: county.id });
      expect(await jurisdictionUsage(open.db, province.id)).toEqual({ children: 1, units: 0, plans: 0 });
      expect(await jurisdictionUsage(open.db, city.id)).toEqual({ children: 2, units: 1, plans: 0 });
      expect(await jurisdictionUsage(open.db, county.id)).toEqual({ children: 0, units: 0, plans: 1 });
      expect(await jurisdictionUsage(open.db, empty.id)).toEqual({ children: 0, units: 0, plans: 0 });
      expect(await deleteJurisdiction(open.db, empty.id)).toBe(true);
      expect(await findJurisdiction(open.db, empty.id)).toBeUndefined();
      expect(await deleteJurisdiction(open.db, empty.id)).toBe(false);
      await expect(open.db.transaction().execute((tx) => deleteJurisdiction(tx, county.id))).rejects.toThrow();
      expect(await findJurisdiction(open.db, county.id)).toBeDefined();
    });
  });
}
