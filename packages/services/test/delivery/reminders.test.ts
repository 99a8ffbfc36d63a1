import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '@duban/core';
import {
  insertDeliveryChannel,
  insertUser,
  listDeliveries,
  listNotifications,
  migrateToLatest,
  openDatabase,
  setUserEmail,
  type OpenDatabase,
} from '@duban/storage';
import { createContext, createServices, notifyScorePublished, runDeadlineSweep, systemActor, write } from '../../src/index.js';

const PLAN = [
  '青川市全民健身行动2026年工作方案',
  '一、重点任务',
  '（一）推进全民健身场地设施建设。（牵头单位：市体育局）2026年12月底前完成。',
  '',
].join('\n');

let open: OpenDatabase | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function scenario(plan = PLAN) {
  open = await openDatabase({ file: ':memory:' });
  await migrateToLatest(open.db);
  const today = { value: '2026-03-01' };
  const ctx = createContext(open.db, 'secret-for-tests', { today: () => today.value });
  const services = createServices(ctx);
  const sport = await services.units.create(systemActor, { name: '市体育局', kind: 'department', aliases: [], formerNames: [] });
  const edu = await services.units.create(systemActor, { name: '市教育局', kind: 'department', aliases: [], formerNames: [] });
  const liaison = await insertUser(open.db, { username: 'ty', passwordHash: null, roles: [{ role: 'liaison', unitId: sport.id }] });
  await setUserEmail(open.db, liaison.id, 'ty@sport.example');
  const channel = await insertDeliveryChannel(open.db, {
    jurisdictionId: null,
    kind: 'email',
    name: '邮件',
    config: {},
    enabled: true,
    allowPrivate: false,
  });
  const planId = (await services.plans.importPlan(systemActor, { fileName: 'p.txt', text: plan }, { createUnits: true })).id;
  await services.plans.publish(systemActor, planId);
  const periods = await services.reporting.createPeriods(systemActor, planId, { kind: 'monthly', start: '2026-01-01', end: '2026-12-31' });
  const taskId = (await services.plans.get(systemActor, planId)).tasks[0]!.id;
  const db = open.db;
  const notes = async (unitId: string) => (await listNotifications(db, [unitId], { limit: 100 })).items;
  const outbox = async () => (await listDeliveries(db, { channelId: channel.id }, { page: 1, pageSize: 100 })).items;
  return { ctx, services, today, sport, edu, periods, taskId, notes, outbox };
}

describe('reminder sweep', () => {
  it('reminds the owing unit daily before the due date and once after it; re-running the same day adds nothing', async () => {
    const s = await scenario();
    const march = s.periods.find((p) => p.due >= '2026-03-05')!;
    s.today.value = addDays(march.due, -2);
    const first = await runDeadlineSweep(s.ctx, { dueWithinDays: 3 });
    expect(first.reportDue).toBe(1);
    const due = (await s.notes(s.sport.id)).filter((n) => n.kind === 'report_due');
    expect(due).toHaveLength(1);
    expect(due[0]!.text).toContain(`${march.label}的报送2 天后（${march.due}）截止`);
    expect(due[0]!.text).toContain('本单位尚有任务未报送');
    // The unit that owes nothing (not assigned) hears nothing.
    expect(await s.notes(s.edu.id)).toEqual([]);
    const mails = (await s.outbox()).length;
    expect(mails).toBeGreaterThanOrEqual(1);

    expect(await runDeadlineSweep(s.ctx, { dueWithinDays: 3 })).toEqual({ reportDue: 0, deadlinePassed: 0 });
    expect((await s.notes(s.sport.id)).filter((n) => n.kind === 'report_due')).toHaveLength(1);
    expect(await s.outbox()).toHaveLength(mails);

    s.today.value = addDays(march.due, -1);
    expect((await runDeadlineSweep(s.ctx, { dueWithinDays: 3 })).reportDue).toBe(1);
    s.today.value = addDays(march.due, 1);
    const after = await runDeadlineSweep(s.ctx, { dueWithinDays: 3 });
    expect(after.deadlinePassed).toBe(1);
    s.today.value = addDays(march.due, 2);
    expect((await runDeadlineSweep(s.ctx, { dueWithinDays: 3 })).deadlinePassed).toBe(0);
    const passed = (await s.notes(s.sport.id)).filter((n) => n.kind === 'deadline_passed');
    expect(passed).toHaveLength(1);
    expect(passed[0]!.text).toContain(`已于 ${march.due} 截止`);
  });

  it('sends a group robot one reminder naming every owing unit', async () => {
    const s = await scenario(`${PLAN}（二）开展学生体质健康监测。（牵头单位：市教育局）2026年12月底前完成。\n`);
    const robot = await insertDeliveryChannel(s.ctx.db, {
      jurisdictionId: null,
      kind: 'wecom',
      name: '群',
      config: {},
      enabled: true,
      allowPrivate: false,
    });
    const march = s.periods.find((p) => p.due >= '2026-03-05')!;
    s.today.value = addDays(march.due, -1);
    expect((await runDeadlineSweep(s.ctx)).reportDue).toBe(2);
    expect(await s.notes(s.edu.id)).toHaveLength(1);
    const robotRows = (await listDeliveries(s.ctx.db, { channelId: robot.id }, { page: 1, pageSize: 10 })).items;
    expect(robotRows).toHaveLength(1);
    expect(robotRows[0]!.body).toMatch(/涉及单位：(市体育局、市教育局|市教育局、市体育局)/);
  });

  it('stops reminding once the report is in', async () => {
    const s = await scenario();
    const march = s.periods.find((p) => p.due >= '2026-03-05')!;
    s.today.value = addDays(march.due, -2);
    await s.services.reporting.submitReport(systemActor, {
      taskId: s.taskId,
      periodId: march.id,
      unitId: s.sport.id,
      narrative: '已完成场地选址',
      percent: 30,
      completionClaim: false,
    });
    expect(await runDeadlineSweep(s.ctx, { dueWithinDays: 3 })).toEqual({ reportDue: 0, deadlinePassed: 0 });
  });
});

describe('event notifications', () => {
  it('tells the reporting unit its report was returned (the reason goes in the outbound copy)', async () => {
    const s = await scenario();
    const march = s.periods.find((p) => p.due >= '2026-03-05')!;
    const report = await s.services.reporting.submitReport(systemActor, {
      taskId: s.taskId,
      periodId: march.id,
      unitId: s.sport.id,
      narrative: '进展',
      percent: 30,
      completionClaim: false,
    });
    await s.services.reporting.returnReport(systemActor, report.id, { reason: '缺少佐证材料' });
    const [n] = (await s.notes(s.sport.id)).filter((x) => x.kind === 'report_returned');
    expect(n!.text).toBe('任务 一（一） 的报送被退回，请查看退回理由，修改后重新报送。');
    expect(n!.link).toBe(`/tasks/${s.taskId}`);
    // The e-mail carries the reason too: its reader is not looking at the report.
    const mails = (await s.outbox()).filter((o) => o.eventKind === 'report_returned');
    expect(mails.map((o) => o.recipient)).toEqual(['ty@sport.example']);
    expect(mails[0]!.body).toContain('退回理由：缺少佐证材料');
  });

  it('tells the unit a 督办单 reached it, and again when its deadline passed unanswered', async () => {
    const s = await scenario();
    const notice = await s.services.reporting.issueNotice(systemActor, {
      taskId: s.taskId,
      unitId: s.sport.id,
      reason: '进度滞后',
      due: '2026-03-10',
    });
    const [n] = (await s.notes(s.sport.id)).filter((x) => x.kind === 'notice_received');
    expect(n!.text).toContain(`收到督办单 ${notice.number}`);
    expect(n!.text).toContain('2026-03-10 前');
    expect((await s.outbox()).find((o) => o.eventKind === 'notice_received')!.body).toContain('督办事由：进度滞后');
    s.today.value = '2026-03-11';
    await runDeadlineSweep(s.ctx);
    await runDeadlineSweep(s.ctx);
    const late = (await s.notes(s.sport.id)).filter((x) => x.kind === 'deadline_passed' && x.text.includes(notice.number));
    expect(late).toHaveLength(1);
  });

  it('notifyScorePublished tells each unit once per assessment, inside the caller transaction', async () => {
    const s = await scenario();
    const publish = () =>
      write(s.ctx, systemActor, async (tx, audit) => {
        const n = await notifyScorePublished(tx, {
          assessmentId: 'a-2026q1',
          title: '2026 年第一季度考核',
          unitIds: [s.sport.id, s.edu.id],
          link: '/assessment/a-2026q1',
        });
        await audit('assessment', 'a-2026q1', 'publish', null, { told: n });
        return n;
      });
    expect(await publish()).toBe(2);
    expect(await publish()).toBe(0);
    expect((await s.notes(s.edu.id)).map((n) => n.kind)).toEqual(['score_published']);
    expect((await s.notes(s.sport.id)).filter((n) => n.kind === 'score_published')[0]!.text).toBe(
      '2026 年第一季度考核结果已发布，请查看本单位得分。',
    );
  });
});
