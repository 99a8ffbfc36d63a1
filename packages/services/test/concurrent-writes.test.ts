import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertIndicator,
  insertPeriods,
  insertPlan,
  insertTask,
  insertUnit,
  queryAudit,
  reportingDb,
  publishPlan,
  type OpenDatabase,
} from '@duban/storage';
import { createContext, createServices, systemActor, type Services } from '../src/index.js';
import { testDatabases } from '../../storage/test/support/databases.js';

/** Writes that used to race (issue 9, finding 8): all of them succeed, on PostgreSQL's pool of connections too. */
for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`simultaneous writes on ${target.name}`, () => {
    let open: OpenDatabase;
    let services: Services;
    let taskId: string;
    let unitId: string;
    let indicatorId: string;
    let periodId: string;
    beforeAll(async () => {
      open = await target.open();
      services = createServices(createContext(open.db, 'secret-for-tests', { today: () => '2026-03-01' }));
      const unit = await insertUnit(open.db, { name: '市卫生健康委', kind: 'department' });
      unitId = unit.id;
      const planId = await insertPlan(open.db, { documentId: null, createdBy: null, title: '并发测试方案' });
      await publishPlan(open.db, planId, 1, null);
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
        [{ unitId, name: unit.name, role: 'lead' }],
        'not_started',
      );
      indicatorId = await insertIndicator(open.db, planId, 1, {
        name: '健康素养水平',
        text: '由31.5%提高至34%',
        baseline: 31.5,
        target: 34,
        unit: '%',
        comparator: '>=',
        due: '2026-12-31',
        source: null,
        leadUnitId: unitId,
      });
      const [period] = await insertPeriods(reportingDb(open.db), planId, [
        { kind: 'monthly', label: '2026年3月', start: '2026-03-01', end: '2026-03-31', due: '2026-03-28', windowEnd: '2026-03-31' },
      ]);
      periodId = period!.id;
    });
    afterAll(async () => {
      if (open) await target.dispose(open);
    });

    it('20 督办单 issued at once get 20 distinct consecutive numbers', async () => {
      const issued = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          services.reporting.issueNotice(systemActor, {
            taskId,
            unitId,
            reason: `逾期未报（${i}）`,
            due: '2026-07-20',
            confirmNoUser: true,
          }),
        ),
      );
      const failed = issued.filter((r) => r.status === 'rejected');
      expect(failed, String((failed[0] as PromiseRejectedResult | undefined)?.reason)).toEqual([]);
      const numbers = issued.map((r) => (r as PromiseFulfilledResult<{ number: string; seq: number }>).value);
      expect(numbers.map((n) => n.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(new Set(numbers.map((n) => n.number)).size).toBe(20);
      // The next one continues the count.
      expect(
        (await services.reporting.issueNotice(systemActor, { taskId, unitId, reason: '再次督办', due: '2026-07-20', confirmNoUser: true }))
          .number,
      ).toBe('督办〔2026〕第21号');
    });

    it('a unit name without a jurisdiction exists once, however many create it at once (409 for the others)', async () => {
      const made = await Promise.allSettled(
        Array.from({ length: 6 }, () =>
          services.units.create(systemActor, { name: '市体育局', kind: 'department', aliases: [], formerNames: [] }),
        ),
      );
      expect(made.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of made.filter((x) => x.status === 'rejected'))
        expect((r as PromiseRejectedResult).reason).toMatchObject({ kind: 'conflict' });
      await expect(
        services.units.create(systemActor, { name: '市体育局', kind: 'department', aliases: [], formerNames: [] }),
      ).rejects.toMatchObject({
        kind: 'conflict',
        id: 'unit.duplicate_name',
        message: expect.stringContaining('已有名为“市体育局”且未指定行政区划的单位'),
      });
      const city = await services.units.createJurisdiction(systemActor, { name: '青川市', level: 'city', parentId: null });
      expect(
        (
          await services.units.create(systemActor, {
            name: '市体育局',
            kind: 'department',
            jurisdictionId: city.id,
            aliases: [],
            formerNames: [],
          })
        ).name,
      ).toBe('市体育局');
      expect((await services.units.list(systemActor, {})).filter((u) => u.name === '市体育局')).toHaveLength(2);
    });

    it('80 values of one indicator slot written at once: no error, the last write wins, every overwrite audited exactly', async () => {
      const written = await Promise.allSettled(
        Array.from({ length: 80 }, (_, i) =>
          services.reporting.reportIndicatorValue(systemActor, indicatorId, { periodId, unitId, value: 30 + i / 10 }),
        ),
      );
      const failed = written.filter((r) => r.status === 'rejected');
      expect(failed, String((failed[0] as PromiseRejectedResult | undefined)?.reason)).toEqual([]);
      const records = written.map((r) => (r as PromiseFulfilledResult<{ id: string; value: number; version: number }>).value);
      // Each write saw the one before it: versions 1…80, one row.
      expect(records.map((r) => r.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
      expect(new Set(records.map((r) => r.id)).size).toBe(1);
      const last = records.find((r) => r.version === 80)!;
      const detail = await services.reporting.getIndicator(systemActor, indicatorId);
      expect(detail.values.map((v) => [v.value, v.version])).toEqual([[last.value, 80]]);
      // The audit log holds every write with exactly the value it replaced.
      const audit = (await queryAudit(open.db, { entity: 'indicator_value', entityId: last.id }, { page: 1, pageSize: 100 })).items;
      expect(audit).toHaveLength(80);
      const byVersion = new Map(records.map((r) => [r.version, r.value]));
      for (const a of audit) {
        const after = a.after as { version: number; value: number };
        const before = a.before as { version: number; value: number } | null;
        expect(after.value).toBe(byVersion.get(after.version));
        if (after.version === 1) expect(before).toBeNull();
        else expect(before).toMatchObject({ version: after.version - 1, value: byVersion.get(after.version - 1) });
      }
    });
  });
}
