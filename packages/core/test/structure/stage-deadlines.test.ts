import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

type Plan = Awaited<ReturnType<typeof parsePlan>>;
const dues = (plan: Plan) => plan.tasks.map((t) => [t.kind, t.number, t.due]);

describe('time limits that name a stage of the plan', () => {
  it('gives a task the end of the stage its 完成时限 names', async () => {
    const plan = await parsePlan({
      text: [
        '某县2026年巩固卫生县城工作方案',
        '一、实施步骤',
        '(一)自查阶段(第一阶段,2026年4月1日—5月31日)。各单位全面自查。',
        '(二)提升阶段(第二阶段,2026年6月1日—8月31日)。开展交叉检查。',
        '(三)迎检阶段(第三阶段,2026年9月1日—11月30日)。做好迎检准备。',
        '二、重点任务',
        '1.市容整治。清理乱堆乱放。牵头单位:县城管局;责任单位:各乡镇。完成时限:第一阶段。',
        '2.市场整治。改造农贸市场3个。牵头单位:县市场监管局。完成时限:第二阶段、第三阶段。',
        '3.控烟宣传。设置宣传栏。牵头单位:县卫生健康局。完成时限:持续推进。',
      ].join('\n'),
    });
    expect(dues(plan)).toEqual([
      ['step', '(一)', ['2026-05-31']],
      ['step', '(二)', ['2026-08-31']],
      ['step', '(三)', ['2026-11-30']],
      ['task', '1', ['2026-05-31']],
      ['task', '2', ['2026-08-31', '2026-11-30']],
      ['task', '3', []],
    ]);
  });

  it('reads stage lines under a 时间安排 heading as one step each, and resolves their names', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年职业健康工作方案',
        '一、时间安排',
        '第一阶段:动员部署(2026年4月—5月)。',
        '第二阶段:集中推进(2026年6月—9月)。',
        '二、重点任务',
        '1.开展申报扩面。督促企业完成申报。',
        '主体责任单位:市卫生健康委 时间节点:第二阶段',
      ].join('\n'),
    });
    expect(dues(plan)).toEqual([
      ['step', '第一阶段', ['2026-05-31']],
      ['step', '第二阶段', ['2026-09-30']],
      ['task', '1', ['2026-09-30']],
    ]);
    expect(plan.tasks[0]?.text).toContain('动员部署');
  });

  it('resolves a stage named by its own name', async () => {
    const plan = await parsePlan({
      text: [
        '某县2026年爱国卫生工作方案',
        '一、实施步骤',
        '(一)自查整改阶段(2026年4月—5月)。各单位全面自查。',
        '(二)巩固提升阶段(2026年6月—9月)。补齐短板。',
        '二、重点任务',
        '1.整治农贸市场。改造市场3个。牵头单位:县市场监管局。完成时限:巩固提升阶段。',
      ].join('\n'),
    });
    expect(plan.tasks.at(-1)?.due).toEqual(['2026-09-30']);
  });

  it('leaves a stage the plan never dates without a due date', async () => {
    const plan = await parsePlan({
      text: ['某市2026年工作方案', '一、重点任务', '1.开展检查。完成检查10次。牵头单位:市卫生健康委。完成时限:第二阶段。'].join('\n'),
    });
    expect(plan.tasks.map((t) => t.due)).toEqual([[]]);
  });
});

describe('a time limit after a group of sub-items', () => {
  it('holds for every sub-item the closing 责任单位 line covers', async () => {
    const plan = await parsePlan({
      text: [
        '某区2026年健康工作要点',
        '一、健康环境促进',
        '1.深化环境卫生整治。',
        '(1)开展环境卫生月度评比,每月通报乡镇街道排名情况。',
        '(2)完成农村公厕提升改造60座。',
        '(3)开展病媒生物防制设施排查。',
        '责任单位:区爱卫办、区建设局',
        '时间节点:第一阶段(4月底前)完成排查建档;第二阶段(10月底前)完成提升改造。',
        '2.推进慢病早筛。',
        '(1)开展高危人群筛查1万人。',
        '(2)完成两癌检查1.5万人。',
        '责任单位:区卫生健康局',
        '完成时限:11月底前',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.due])).toEqual([
      ['(1)', ['区爱卫办'], ['2026-04-30', '2026-10-31']],
      ['(2)', ['区爱卫办'], ['2026-04-30', '2026-10-31']],
      ['(3)', ['区爱卫办'], ['2026-04-30', '2026-10-31']],
      ['(1)', ['区卫生健康局'], ['2026-11-30']],
      ['(2)', ['区卫生健康局'], ['2026-11-30']],
    ]);
  });
});
