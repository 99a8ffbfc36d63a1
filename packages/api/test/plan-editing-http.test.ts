/* eslint-disable @typescript-eslint/no-explicit-any -- test responses are read loosely */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';

/** Two chapters whose items both restart at 1: the cited numbers must tell them apart. */
const CHAPTER_PLAN = [
  '青川市健康行动2026年工作方案',
  '一、总体要求',
  '坚持预防为主，全面推进健康青川建设。',
  '二、营造健康环境',
  '1.推进全民健身场地设施建设。（牵头单位：市体育局；参与单位：市教育局）2026年12月底前完成。',
  '2.开展控烟宣传进社区活动。（牵头单位：市卫生健康委）2026年11月底前完成。',
  '三、构建健康社会',
  '1.加强学校健康教育。（牵头单位：市教育局）2026年9月底前完成。',
  '2.推进健康社区建设。（牵头单位：市卫生健康委；参与单位：市体育局）2026年10月底前完成。',
  '',
].join('\n');

const numbers = (tasks: any[]) => tasks.map((t) => t.displayNumber);

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`plan corrections and notifications on ${target.name}`, () => {
    let s: TestServer;
    let admin: TestClient;
    let units: Record<string, string>;
    let planId: string;
    const plan = async () => (await admin.get(`/api/plans/${planId}`)).body;
    const client = async (username: string) => {
      const c = new TestClient(s.url);
      await c.login(username, 'password-123');
      return c;
    };

    beforeAll(async () => {
      s = await target.start();
      admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
      units = {};
      for (const name of ['市体育局', '市教育局', '市卫生健康委']) units[name] = (await admin.post('/api/units', { name })).body.id;
      planId = (await admin.post('/api/plans/import', { fileName: '健康行动.txt', text: CHAPTER_PLAN })).body.plan.id;
    });
    afterAll(async () => s?.dispose());

    it('cites tasks with their chapter (二.1, 三.1) in the plan, the task list and the CSV', async () => {
      expect(numbers((await plan()).tasks)).toEqual(['二.1', '二.2', '三.1', '三.2']);
      expect(numbers((await admin.get(`/api/tasks?plan=${planId}`)).body.items)).toEqual(['二.1', '二.2', '三.1', '三.2']);
      const csv = (await admin.get(`/api/tasks?plan=${planId}&format=csv`)).text;
      expect(
        csv
          .split('\n')
          .slice(1, 5)
          .map((l) => l.split(',')[0]),
      ).toEqual(['二.1', '二.2', '三.1', '三.2']);
    });

    it('splits, merges, reorders and bulk-edits tasks of a draft without a reason', async () => {
      const [first] = (await plan()).tasks;
      const split = await admin.post(`/api/tasks/${first.id}/split`, {
        version: first.version,
        parts: [{ text: '建设健身步道。' }, { text: '建设社区健身中心。', due: ['2026-08-31'] }],
      });
      expect(split.status).toBe(200);
      expect(split.body.map((t: any) => [t.displayNumber, t.text, t.due])).toEqual([
        ['二.1', '建设健身步道。', ['2026-12-31']],
        ['二.1-2', '建设社区健身中心。', ['2026-08-31']],
      ]);
      expect(split.body[1].lead).toEqual(['市体育局']);
      expect(numbers((await plan()).tasks)).toEqual(['二.1', '二.1-2', '二.2', '三.1', '三.2']);
      // A stale version changes nothing.
      expect(
        (await admin.post(`/api/tasks/${first.id}/split`, { version: first.version, parts: [{ text: 'a' }, { text: 'b' }] })).status,
      ).toBe(409);

      const merged = await admin.post(`/api/plans/${planId}/tasks/merge`, { taskIds: split.body.map((t: any) => t.id).reverse() });
      expect(merged.status).toBe(200);
      expect(merged.body).toHaveLength(1);
      expect(merged.body[0]).toMatchObject({ id: first.id, text: '建设健身步道。\n建设社区健身中心。', due: ['2026-08-31', '2026-12-31'] });
      expect(numbers((await plan()).tasks)).toEqual(['二.1', '二.2', '三.1', '三.2']);
      expect((await admin.get(`/api/tasks/${first.id}`)).body.history[0]).toMatchObject({ changedByName: 'admin' });

      const ids = (await plan()).tasks.map((t: any) => t.id);
      expect((await admin.post(`/api/plans/${planId}/tasks/reorder`, { taskIds: ids.slice(1) })).body.error.id).toBe(
        'task.reorder_incomplete',
      );
      const reordered = await admin.post(`/api/plans/${planId}/tasks/reorder`, { taskIds: [ids[1], ids[0], ids[2], ids[3]] });
      expect(numbers(reordered.body)).toEqual(['二.2', '二.1', '三.1', '三.2']);
      expect(numbers((await admin.get(`/api/tasks?plan=${planId}`)).body.items)).toEqual(['二.2', '二.1', '三.1', '三.2']);

      const bulk = await admin.post(`/api/plans/${planId}/tasks/bulk`, {
        taskIds: [ids[2], ids[3]],
        due: ['2026-06-30'],
        addParticipantId: units['市体育局'],
      });
      expect(bulk.status).toBe(200);
      expect(bulk.body.map((t: any) => [t.due, t.participants])).toEqual([
        [['2026-06-30'], ['市体育局']],
        [['2026-06-30'], ['市体育局']],
      ]);
      expect((await admin.post(`/api/plans/${planId}/tasks/bulk`, { taskIds: [ids[2]] })).status).toBe(400);
      expect((await admin.post(`/api/plans/${planId}/tasks/bulk`, { taskIds: ['nope'], ongoing: true })).body.error.id).toBe(
        'task.not_in_plan',
      );
    });

    it('after publishing, every change needs a reason and the old and new units are told in-app', async () => {
      expect((await admin.post(`/api/plans/${planId}/publish`)).status).toBe(200);
      for (const [username, unit] of [
        ['tiyu', '市体育局'],
        ['jiaoyu', '市教育局'],
      ] as const) {
        expect(
          (await admin.post('/api/users', { username, roles: [{ role: 'liaison', unitId: units[unit] }], password: 'password-123' }))
            .status,
        ).toBe(201);
      }
      expect(
        (await admin.post('/api/users', { username: 'lingdao', roles: [{ role: 'leader', unitId: null }], password: 'password-123' }))
          .status,
      ).toBe(201);
      const tiyu = await client('tiyu');
      const jiaoyu = await client('jiaoyu');
      const tasks = (await plan()).tasks;
      const fitness = tasks.find((t: any) => t.displayNumber === '二.1');

      // The lead unit changes from 市体育局 to 市教育局: refused without a reason, then told to both.
      const noReason = await admin.post(`/api/plans/${planId}/tasks/bulk`, { taskIds: [fitness.id], leadUnitId: units['市教育局'] });
      expect(noReason.body.error.id).toBe('task.reason_required');
      const relead = await admin.post(`/api/plans/${planId}/tasks/bulk`, {
        taskIds: [fitness.id],
        leadUnitId: units['市教育局'],
        reason: '分工调整',
      });
      expect(relead.body[0]).toMatchObject({ lead: ['市教育局'], participants: [] });
      for (const liaison of [tiyu, jiaoyu]) {
        const inbox = (await liaison.get('/api/notifications')).body;
        expect(inbox.unread).toBe(1);
        expect(inbox.items[0]).toMatchObject({ kind: 'task_adjusted', link: `/tasks/${fitness.id}`, read: false });
        expect(inbox.items[0].text).toContain('二.1');
        expect(inbox.items[0].text).toContain('分工调整');
      }
      const audit = (await admin.get(`/api/audit?entity=task&entityId=${fitness.id}`)).body.items[0];
      expect(audit).toMatchObject({ reason: '分工调整' });

      // PATCH of units after publishing works the same way.
      const patched = await admin.patch(`/api/tasks/${fitness.id}`, {
        version: relead.body[0].version,
        units: [{ name: '市体育局', unitId: units['市体育局'], role: 'lead' }],
      });
      expect(patched.body.error.id).toBe('task.reason_required');

      // Split and delete after publishing: a reason is required; a task with reports cannot be deleted.
      const smoking = tasks.find((t: any) => t.displayNumber === '二.2');
      expect(
        (await admin.post(`/api/tasks/${smoking.id}/split`, { version: smoking.version, parts: [{ text: 'a' }, { text: 'b' }] })).body.error
          .id,
      ).toBe('task.reason_required');
      const split = await admin.post(`/api/tasks/${smoking.id}/split`, {
        version: smoking.version,
        parts: [
          { text: '控烟宣传进社区。' },
          { text: '控烟宣传进学校。', units: [{ name: '市教育局', unitId: units['市教育局'], role: 'lead' }] },
        ],
        reason: '任务细化',
      });
      expect(split.status).toBe(200);
      expect((await jiaoyu.get('/api/notifications')).body.items[0].text).toContain('拆分');
      expect((await admin.del(`/api/tasks/${split.body[1].id}`)).body.error.id).toBe('task.reason_required');
      expect((await admin.del(`/api/tasks/${split.body[1].id}?reason=${encodeURIComponent('与三.1重复')}`)).status).toBe(204);
      expect((await jiaoyu.get('/api/notifications')).body.items[0]).toMatchObject({ kind: 'task_removed' });

      const periods = (
        await admin.post(`/api/plans/${planId}/periods`, {
          kind: 'monthly',
          start: '2026-03-01',
          end: '2026-12-31',
          due: { kind: 'day_of_last_month', day: 28 },
          graceDays: 3,
        })
      ).body.items;
      const april = periods.find((p: any) => p.label === '2026年4月');
      expect(
        (await jiaoyu.post('/api/reports', { taskId: fitness.id, periodId: april.id, narrative: '已完成选址。', percent: 20 })).status,
      ).toBe(201);
      const refused = await admin.del(`/api/tasks/${fitness.id}?reason=x`);
      expect([refused.status, refused.body.error.id]).toEqual([409, 'task.has_reports']);

      // A task the extraction missed goes in right after another one, in its chapter; its unit is told.
      const addBody = {
        text: '建设健康步道。',
        number: '3',
        afterTaskId: fitness.id,
        units: [{ name: '市体育局', unitId: units['市体育局'], role: 'lead' }],
      };
      expect((await admin.post(`/api/plans/${planId}/tasks`, addBody)).body.error.id).toBe('task.reason_required');
      const added = await admin.post(`/api/plans/${planId}/tasks`, { ...addBody, reason: '补充遗漏任务' });
      expect(added.status).toBe(201);
      expect(added.body.displayNumber).toBe('二.3');
      const order = (await plan()).tasks.map((t: any) => t.id);
      expect(order[order.indexOf(fitness.id) + 1]).toBe(added.body.id);
      expect((await tiyu.get('/api/notifications')).body.items[0]).toMatchObject({
        kind: 'task_adjusted',
        link: `/tasks/${added.body.id}`,
      });

      // Marking read: one, then all; another unit's notifications are untouched.
      const mine = (await tiyu.get('/api/notifications')).body;
      const afterOne = (await tiyu.post('/api/notifications/read', { ids: [mine.items[0].id] })).body;
      expect(afterOne.unread).toBe(mine.unread - 1);
      expect((await tiyu.post('/api/notifications/read', { all: true })).body.unread).toBe(0);
      expect((await jiaoyu.get('/api/notifications?unread=1')).body.unread).toBeGreaterThan(0);
    });

    it("brings a leader's 批示 to the task's units, and asks before a 督办单 goes to a unit without a user", async () => {
      const leader = await client('lingdao');
      const jiaoyu = await client('jiaoyu');
      await jiaoyu.post('/api/notifications/read', { all: true });
      const task = (await plan()).tasks.find((t: any) => t.displayNumber === '三.1');
      expect((await leader.post(`/api/tasks/${task.id}/instructions`, { body: '请加快进度，月底前报送成效。' })).status).toBe(201);
      const inbox = (await jiaoyu.get('/api/notifications')).body;
      expect(inbox.unread).toBe(1);
      expect(inbox.items[0]).toMatchObject({ kind: 'instruction', link: `/tasks/${task.id}` });
      expect(inbox.items[0].text).toContain('请加快进度');

      const health = (await plan()).tasks.find((t: any) => t.lead.includes('市卫生健康委'));
      const body = { taskId: health.id, unitId: units['市卫生健康委'], reason: '进度滞后', due: '2099-01-31' };
      const refused = await admin.post('/api/notices', body);
      expect([refused.status, refused.body.error.id]).toEqual([400, 'notice.unit_without_user']);
      expect((await admin.post('/api/notices', { ...body, confirmNoUser: true })).status).toBe(201);
      const toEducation = await admin.post('/api/notices', {
        taskId: task.id,
        unitId: units['市教育局'],
        reason: '进度滞后',
        due: '2099-01-31',
      });
      expect(toEducation.status).toBe(201);
    });

    it('publishes once a name the review left unmapped has been created in the directory', async () => {
      const text = CHAPTER_PLAN.replace('市卫生健康委；参与单位：市体育局', '市疾病预防控制中心');
      const draft = (await admin.post('/api/plans/import', { fileName: 'b.txt', text })).body.plan;
      expect(draft.unresolvedUnits).toEqual(['市疾病预防控制中心']);
      expect((await admin.post(`/api/plans/${draft.id}/publish`)).body.error.id).toBe('plan.unresolved_units');
      const unit = (await admin.post('/api/units', { name: '市疾病预防控制中心' })).body;
      const published = await admin.post(`/api/plans/${draft.id}/publish`);
      expect(published.status).toBe(200);
      expect(published.body.tasks.find((t: any) => t.displayNumber === '三.2').units[0]).toMatchObject({ unitId: unit.id, role: 'lead' });
      const audit = (await admin.get(`/api/audit?entity=plan&entityId=${draft.id}`)).body.items.map((a: any) => a.action);
      expect(audit).toContain('map_unit');
    });
  });
}
