import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  appendAudit,
  backupDatabase,
  dumpJsonForTest,
  findPlan,
  findTask,
  findUnit,
  findUnitsByName,
  getSetting,
  insertDocument,
  insertIndicator,
  insertPlan,
  insertTask,
  insertUnit,
  insertUser,
  listIndicators,
  listTasks,
  listUnits,
  mergeUnits,
  openDatabase,
  queryAudit,
  restoreDatabase,
  publishPlan,
  updatePlan,
  updateTask,
  updateUnit,
  findUserForLogin,
  type OpenDatabase,
  type TaskContent,
} from './support/storage.js';
import { testDatabases } from './support/databases.js';

const content = (over: Partial<TaskContent>): TaskContent => ({
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
  ...over,
});

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`repositories on ${target.name}`, () => {
    let open: OpenDatabase;
    beforeAll(async () => {
      open = await target.open();
    });
    afterAll(async () => {
      if (open) await target.dispose(open);
    });

    it('stores units with aliases and resolves former names after normalisation', async () => {
      const u = await insertUnit(open.db, { name: '市卫生健康委', kind: 'department', aliases: ['市卫健委'], formerNames: ['市卫计委'] });
      expect(u.aliases).toEqual(['市卫健委']);
      expect((await findUnitsByName(open.db, ' 市卫计委 ')).map((x) => x.id)).toEqual([u.id]);
      expect((await findUnitsByName(open.db, '市卫生健康委')).map((x) => x.id)).toEqual([u.id]);
      expect(await findUnitsByName(open.db, '市教育局')).toEqual([]);
    });

    it('rejects a stale version and keeps the first write', async () => {
      const u = await insertUnit(open.db, { name: '市教育局', kind: 'department' });
      expect(await updateUnit(open.db, u.id, 1, { shortName: '教育局' })).toBe(true);
      expect(await updateUnit(open.db, u.id, 1, { shortName: '覆盖' })).toBe(false);
      const after = await findUnit(open.db, u.id);
      expect(after?.shortName).toBe('教育局');
      expect(after?.version).toBe(2);
    });

    it('stores a plan with tasks, filters them and searches Chinese text', async () => {
      const health = await insertUnit(open.db, { name: '市体育局', kind: 'department' });
      const doc = await insertDocument(open.db, {
        fileName: 'plan.txt',
        format: 'txt',
        bytes: new Uint8Array([1, 2, 3]),
        text: '全文',
        blocks: [],
      });
      const planId = await insertPlan(open.db, { documentId: doc.id, createdBy: null, title: '健康城市建设工作方案', planYear: 2026 });
      const a = await insertTask(
        open.db,
        planId,
        0,
        content({ text: '推进全民健身场地设施建设', due: ['2026-12-31', '2026-06-30'] }),
        [{ unitId: health.id, name: '市体育局', role: 'lead' }],
        'not_started',
      );
      await insertTask(
        open.db,
        planId,
        1,
        content({ text: '开展控烟宣传', ongoing: true }),
        [{ unitId: null, name: '某未知单位', role: 'lead' }],
        'not_started',
      );
      const plan = await findPlan(open.db, planId);
      expect(plan).toMatchObject({ title: '健康城市建设工作方案', status: 'draft', taskCount: 2, indicatorCount: 0 });
      const page = { page: 1, pageSize: 10 };
      expect((await listTasks(open.db, { q: '全民健身' }, page)).items.map((t) => t.id)).toEqual([a]);
      expect((await listTasks(open.db, { q: '控烟' }, page)).items.map((t) => t.text)).toEqual(['开展控烟宣传']);
      expect((await listTasks(open.db, { q: '不存在的内容' }, page)).total).toBe(0);
      expect((await listTasks(open.db, { unitId: health.id }, page)).items.map((t) => t.id)).toEqual([a]);
      expect((await listTasks(open.db, { dueBefore: '2026-07-01' }, page)).total).toBe(1);
      expect((await listTasks(open.db, { dueAfter: '2027-01-01' }, page)).total).toBe(0);
      expect((await listTasks(open.db, { planId, publishedOnly: true }, page)).total).toBe(0);
      // The total is the whole filtered count on every page, also on a page past the end.
      expect(await listTasks(open.db, { planId }, { page: 2, pageSize: 1 })).toMatchObject({ total: 2, items: [{ text: '开展控烟宣传' }] });
      expect(await listTasks(open.db, { planId }, { page: 3, pageSize: 1 })).toMatchObject({ total: 2, items: [] });
      const t = await findTask(open.db, a);
      expect(t?.due).toEqual(['2026-06-30', '2026-12-31']);
      expect(t?.assignments).toEqual([expect.objectContaining({ unitId: health.id, unitName: '市体育局', role: 'lead' })]);
      // Edited text is searchable under its new words only.
      expect(await updateTask(open.db, a, 1, { text: '建设社区健身步道' })).toBe(true);
      expect((await listTasks(open.db, { q: '全民健身' }, page)).total).toBe(0);
      expect((await listTasks(open.db, { q: '健身步道' }, page)).total).toBe(1);
      expect(await updateTask(open.db, a, 1, { text: '迟到的修改' })).toBe(false);
      expect(await updatePlan(open.db, planId, 1, { title: '改名' })).toBe(true);
      expect((await findPlan(open.db, planId))?.status).toBe('draft');
      expect(await publishPlan(open.db, planId, 1, null)).toBe(false);
      expect(await publishPlan(open.db, planId, 2, null)).toBe(true);
      expect(await findPlan(open.db, planId)).toMatchObject({ status: 'published', version: 3, title: '改名' });
      expect(await publishPlan(open.db, planId, 3, null)).toBe(false);
    });

    it('merges a unit: assignments move, the old name becomes an alias', async () => {
      const keep = await insertUnit(open.db, { name: '市市场监管局', kind: 'department' });
      const gone = await insertUnit(open.db, { name: '市食药监局', kind: 'department' });
      const planId = await insertPlan(open.db, { documentId: null, createdBy: null, title: 'merge' });
      const taskId = await insertTask(
        open.db,
        planId,
        0,
        content({ text: '食品安全抽检' }),
        [{ unitId: gone.id, name: '市食药监局', role: 'lead' }],
        'not_started',
      );
      await insertIndicator(open.db, planId, 0, {
        name: '抽检合格率',
        text: '',
        baseline: null,
        target: 98,
        unit: '%',
        comparator: '>=',
        due: null,
        leadUnitId: gone.id,
        source: null,
      });
      await mergeUnits(open.db, gone.id, keep.id);
      expect((await findTask(open.db, taskId))?.assignments[0]?.unitId).toBe(keep.id);
      expect((await listIndicators(open.db, { planId }))[0]).toMatchObject({ leadUnitId: keep.id, target: 98 });
      expect((await findUnitsByName(open.db, '市食药监局')).map((u) => u.id)).toEqual([keep.id]);
      expect((await listUnits(open.db)).some((u) => u.id === gone.id)).toBe(false);
    });

    it('appends and filters the audit log', async () => {
      const user = await insertUser(open.db, { username: 'auditor', passwordHash: 'x', roles: [{ role: 'admin', unitId: null }] });
      expect((await findUserForLogin(open.db, 'auditor'))?.passwordHash).toBe('x');
      await appendAudit(open.db, {
        userId: user.id,
        username: 'auditor',
        entity: 'plan',
        entityId: 'p1',
        action: 'create',
        before: null,
        after: { a: 1 },
        reason: null,
      });
      await appendAudit(open.db, {
        userId: null,
        username: null,
        entity: 'task',
        entityId: 't1',
        action: 'update',
        before: { x: 1 },
        after: { x: 2 },
        reason: '更正',
      });
      const byUser = await queryAudit(open.db, { userId: user.id }, { page: 1, pageSize: 10 });
      expect(byUser.items.map((e) => e.entityId)).toEqual(['p1']);
      const byEntity = await queryAudit(open.db, { entity: 'task', entityId: 't1' }, { page: 1, pageSize: 10 });
      expect(byEntity.items[0]).toMatchObject({ before: { x: 1 }, after: { x: 2 }, reason: '更正' });
      expect((await queryAudit(open.db, { from: '2999-01-01' }, { page: 1, pageSize: 10 })).total).toBe(0);
    });

    it('records the search mode (pg_trgm whenever the server offers it)', async () => {
      const mode = await getSetting(open.db, 'search_mode');
      if (target.name === 'sqlite') return expect(mode).toBeNull();
      const available = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'pg_trgm'`.execute(
        open.db,
      );
      expect(mode).toBe(available.rows[0]?.n ? 'pg_trgm' : 'ilike');
    });

    it('backs up and restores consistently', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'duban-backup-'));
      try {
        const file = path.join(dir, 'backup.bin');
        const before = await dumpJsonForTest(open);
        const { kind } = await backupDatabase(open, file);
        expect(kind).toBe(target.name === 'sqlite' ? 'sqlite' : 'json');
        if (target.name === 'sqlite') {
          // An SQLite backup restores as a file: check it opens with the same data.
          const copy = await openDatabase({ file });
          expect((await dumpJsonForTest(copy)).tables).toEqual(before.tables);
          await copy.close();
        } else {
          await insertUnit(open.db, { name: '备份后新增', kind: 'department' });
          await restoreDatabase(
            { url: process.env.DUBAN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test', schema: open.schema! },
            file,
          );
          const after = await dumpJsonForTest(open);
          // Row order is not part of the contract: compare each table as a sorted set of rows.
          const sorted = (tables: Record<string, unknown[]>) =>
            Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.map((r) => JSON.stringify(r)).sort()]));
          expect(sorted(after.tables)).toEqual(sorted(before.tables));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
