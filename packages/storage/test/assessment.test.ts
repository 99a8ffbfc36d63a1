import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, scoreAssessment } from '@duban/core';
import {
  assessmentDb,
  findAssessmentPeriod,
  findRubricVersion,
  insertAssessmentPeriod,
  insertAssessmentResult,
  insertNotice,
  insertNoticeReply,
  insertPeriods,
  insertPlan,
  insertReport,
  insertRubricVersion,
  insertTask,
  insertUnit,
  reportingDb,
  listAssessmentPeriods,
  listCurrentResults,
  listResultRevisions,
  loadAssessmentFacts,
  reportsOfUnit,
  retireAssessmentResult,
  updateAssessmentPeriod,
  updateAssessmentResult,
  type AssessmentDb,
  type OpenDatabase,
} from './support/storage.js';
import { testDatabases } from './support/databases.js';

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`assessment repositories on ${target.name}`, () => {
    let open: OpenDatabase;
    let db: AssessmentDb;
    let planId: string;
    let taskId: string;
    let units: { id: string; name: string }[];
    beforeAll(async () => {
      open = await target.open();
      db = assessmentDb(open.db);
      units = [
        await insertUnit(open.db, { name: '市卫生健康委', kind: 'department' }),
        await insertUnit(open.db, { name: '市教育局', kind: 'department' }),
      ];
      planId = await insertPlan(open.db, { documentId: null, createdBy: null, title: '考核测试方案' });
      taskId = await insertTask(
        open.db,
        planId,
        1,
        {
          kind: 'task',
          number: '1',
          path: [],
          title: '开展健康教育',
          text: '…',
          due: ['2026-03-31'],
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
    });
    afterAll(async () => {
      if (open) await target.dispose(open);
    });

    it('keeps every rubric version and refuses a stale period update', async () => {
      const p = await insertAssessmentPeriod(db, {
        planId,
        name: '2026年上半年',
        start: '2026-01-01',
        end: '2026-06-30',
        rubric: DEFAULT_RUBRIC,
        createdBy: null,
      });
      expect(p).toMatchObject({ planTitle: '考核测试方案', status: 'draft', rubricVersion: 1, version: 1, bonuses: [], vetoes: [] });
      await insertRubricVersion(db, p.id, 2, { ...DEFAULT_RUBRIC, base: 100 }, null);
      await expect(insertRubricVersion(db, p.id, 2, DEFAULT_RUBRIC, null)).rejects.toThrow();
      expect(
        await updateAssessmentPeriod(db, p.id, 1, {
          rubricVersion: 2,
          bonuses: [{ id: 'b1', unitId: units[0]!.id, points: 1, reason: '省级推广' }],
        }),
      ).toBe(true);
      expect(await updateAssessmentPeriod(db, p.id, 1, { status: 'locked' })).toBe(false);
      expect(await findAssessmentPeriod(db, p.id)).toMatchObject({
        rubricVersion: 2,
        version: 2,
        status: 'draft',
        bonuses: [{ id: 'b1', points: 1 }],
      });
      expect((await findRubricVersion(db, p.id))!.rubric.base).toBe(100);
      expect((await findRubricVersion(db, p.id, 1))!.rubric.base).toBe(DEFAULT_RUBRIC.base);
      expect((await listAssessmentPeriods(db, [planId])).map((x) => x.id)).toEqual([p.id]);
    });

    it('stores results, updates only the current revision, and keeps retired revisions', async () => {
      const p = await insertAssessmentPeriod(db, {
        planId,
        name: '2026年第1季度',
        start: '2026-01-01',
        end: '2026-03-31',
        rubric: DEFAULT_RUBRIC,
        createdBy: null,
      });
      const [score] = scoreAssessment(DEFAULT_RUBRIC, {
        start: p.start,
        end: p.end,
        units: [{ unitId: units[0]!.id, name: units[0]!.name }],
        tasks: [],
        reportSlots: [],
        returns: [],
        indicators: [],
        notices: [],
        bonuses: [],
        vetoes: [],
      });
      const r1 = await insertAssessmentResult(db, {
        periodId: p.id,
        unitId: units[0]!.id,
        revision: 1,
        revisionReason: null,
        rubricVersion: 1,
        computed: score!,
        createdBy: null,
      });
      expect(r1).toMatchObject({
        revision: 1,
        current: true,
        computed: { total: DEFAULT_RUBRIC.base },
        officeChanges: [],
        selfEvidenceReportIds: [],
      });
      const selfDone = await updateAssessmentResult(db, r1.id, 1, {
        selfScore: 72.5,
        selfNote: '完成全部任务',
        selfEvidenceReportIds: ['x'],
      });
      expect(selfDone).toMatchObject({ selfScore: 72.5, version: 2, selfEvidenceReportIds: ['x'] });
      expect(await updateAssessmentResult(db, r1.id, 1, { selfScore: 99 })).toBeUndefined();
      expect(await retireAssessmentResult(db, r1.id, 2)).toBe(true);
      expect(await updateAssessmentResult(db, r1.id, 3, { selfScore: 99 })).toBeUndefined();
      const r2 = await insertAssessmentResult(db, {
        periodId: p.id,
        unitId: units[0]!.id,
        revision: 2,
        revisionReason: '更正',
        rubricVersion: 1,
        computed: score!,
        officeChanges: [{ points: 2, reason: '补录表彰' }],
        officeScore: 62,
        createdBy: null,
      });
      await expect(
        insertAssessmentResult(db, {
          periodId: p.id,
          unitId: units[0]!.id,
          revision: 2,
          revisionReason: 'x',
          rubricVersion: 1,
          computed: score!,
          createdBy: null,
        }),
      ).rejects.toThrow();
      expect((await listCurrentResults(db, [p.id])).map((r) => [r.id, r.officeScore])).toEqual([[r2.id, 62]]);
      expect((await listResultRevisions(db, p.id, units[0]!.id)).map((r) => [r.revision, r.current, r.selfScore])).toEqual([
        [1, false, 72.5],
        [2, true, null],
      ]);
    });

    it('loads the facts as of the cut-off: completion days, reports, returns from the audit trail, first replies', async () => {
      await db.updateTable('tasks').set({ completed_at: '2026-03-20T02:00:00.000Z' }).where('id', '=', taskId).execute();
      const [period] = await insertPeriods(reportingDb(open.db), planId, [
        { kind: 'quarterly', label: '2026年第1季度', start: '2026-01-01', end: '2026-03-31', due: '2026-04-05', windowEnd: '2026-04-08' },
      ]);
      const report = await insertReport(reportingDb(open.db), {
        planId,
        taskId,
        unitId: units[0]!.id,
        periodId: period!.id,
        narrative: '已完成',
        percent: 100,
        completionClaim: true,
        status: 'returned',
        onTime: true,
        submittedBy: null,
        firstSubmittedAt: '2026-04-02T01:00:00.000Z',
        submittedAt: '2026-04-02T01:00:00.000Z',
      });
      await db
        .insertInto('audit_log')
        .values({
          id: 'a-ret',
          at: '2026-04-09T03:00:00.000Z',
          user_id: null,
          username: 'admin',
          entity: 'report',
          entity_id: report.id,
          action: 'return',
          before: null,
          after: null,
          reason: '材料不全',
          seq: null,
          prev_hash: null,
          hash: null,
        })
        .execute();
      const notice = await insertNotice(reportingDb(open.db), {
        number: '督办〔2026〕第1号',
        year: 2026,
        seq: 1,
        planId,
        taskId,
        unitId: units[1]!.id,
        reason: '进度滞后',
        due: '2026-05-10',
        issuedBy: null,
      });
      await insertNoticeReply(reportingDb(open.db), { noticeId: notice.id, unitId: units[1]!.id, body: '已整改', repliedBy: null });
      const facts = await loadAssessmentFacts(db, planId, '2026-06-30');
      expect(facts.units.map((u) => u.name).sort()).toEqual(['市卫生健康委', '市教育局']);
      expect(facts.completedOn.get(taskId)).toBe('2026-03-20');
      expect(facts.reports.get(`${taskId}|${units[0]!.id}|${period!.id}`)).toEqual({
        id: report.id,
        submittedOn: '2026-04-02',
        onTime: true,
      });
      expect(facts.returns).toEqual([
        { reportId: report.id, taskId, unitId: units[0]!.id, periodId: period!.id, due: '2026-04-05', on: '2026-04-09' },
      ]);
      expect(facts.notices).toMatchObject([
        { id: notice.id, unitId: units[1]!.id, due: '2026-05-10', answeredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
      ]);
      expect(await reportsOfUnit(db, planId, units[0]!.id, [report.id, 'other'])).toEqual([report.id]);
      expect(await reportsOfUnit(db, planId, units[1]!.id, [report.id])).toEqual([]);
    });
  });
}
