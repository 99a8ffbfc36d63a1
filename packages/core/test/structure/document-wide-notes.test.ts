import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { defaultDeadline } from '../../src/extract/structure/default-deadline.js';

describe('a note making empty deadline cells an open-ended time frame', () => {
  it('reads the note as ongoing, with no date', () => {
    expect(defaultDeadline('注:1.完成时限栏空白的,全年持续推进。', 2025)).toMatchObject({ due: [], ongoing: true });
    expect(defaultDeadline('说明:未注明完成时限的,均为长期坚持。', 2025)).toMatchObject({ due: [], ongoing: true });
    // A date note keeps its date and is not ongoing.
    expect(defaultDeadline('说明:未注明完成时限的,均于2025年10月底前完成。', 2025)).toMatchObject({ due: ['2025-10-31'], ongoing: false });
    // Open-ended work without a note about empty cells is no note.
    expect(defaultDeadline('各乡镇要全年持续推进人居环境整治。', 2025)).toBeNull();
  });

  it('makes only the rows with an empty cell ongoing', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年农村供水保障任务分工',
        '| 序号 | 重点任务 | 责任单位 | 完成时限 |',
        '| 1 | 改造老旧供水管网 | 县水务局 | 2025年9月底前 |',
        '| 2 | 开展水质抽检 | 县疾控中心、县水务局 | |',
        '| 3 | 建立管护队伍 | 县水务局 | 2025年上半年 |',
        '注:完成时限栏空白的,全年持续推进。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.due, t.ongoing])).toEqual([
      ['1', ['2025-09-30'], false],
      ['2', [], true],
      ['3', [], false],
    ]);
  });
});

describe('a note that every row with several leads answers lead by lead', () => {
  it('makes the several leads of each row separate, and leaves single leads alone', async () => {
    const plan = await parsePlan({
      text: [
        '某区2025年社区养老服务任务分工表',
        '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
        '1\t建设街道综合养老服务中心\t区民政局、各街道办事处\t区财政局\t2025年10月底前',
        '2\t开展老年人能力评估\t区民政局\t区卫生健康局\t2025年12月底前',
        '注:牵头单位为两个以上的,按职责分工分别负责。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.separateLeads])).toEqual([
      ['1', ['区民政局', '各街道办事处'], true],
      ['2', ['区民政局'], false],
    ]);
  });

  it('does not read a row about its own leads as the rule', async () => {
    const plan = await parsePlan({
      text: [
        '某区2025年社区养老服务任务分工表',
        '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
        '1\t建设街道综合养老服务中心\t区民政局、各街道办事处\t区财政局\t2025年10月底前',
        '注:牵头单位要加强统筹,定期报送进展。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => t.separateLeads)).toEqual([false]);
  });
});

describe('a unit column of an indicator table in spans of time', () => {
  it('keeps 个工作日 and 个月 as the rows’ units', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年政务服务提升指标',
        '序号\t指标名称\t单位\t2024年现状值\t2025年目标值',
        '1\t不动产登记办理时间\t个工作日\t3\t≤1',
        '2\t企业注销办理周期\t个月\t2\t≤1',
        '3\t网上可办率\t%\t90\t≥95',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.name, i.baseline, i.target, i.unit, i.comparator])).toEqual([
      ['不动产登记办理时间', 3, 1, '个工作日', '<='],
      ['企业注销办理周期', 2, 1, '个月', '<='],
      ['网上可办率', 90, 95, '%', '>='],
    ]);
  });
});

describe('a bulletin whose only items are its next-step requirements', () => {
  it('keeps them as tasks, since there is no other work they serve', async () => {
    const plan = await parsePlan({
      text: [
        '关于上半年重点工作进展情况的通报',
        '一、总体情况',
        '上半年确定重点工作20项,已办结12项。',
        '二、下步工作要求',
        '(一)加快道路修复。8月底前完成主干道破损路面修复。(镇城建办牵头)',
        '(二)做好汛期值守。严格落实24小时值班制度。(镇应急办负责)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.kind])).toEqual([
      ['(一)', 'task'],
      ['(二)', 'task'],
    ]);
  });

  it('keeps them safeguards when the document lists other work', async () => {
    const plan = await parsePlan({
      text: [
        '某镇2025年重点工作安排',
        '一、重点任务',
        '(一)加快道路修复。8月底前完成主干道破损路面修复。(镇城建办牵头)',
        '二、工作要求',
        '(二)做好汛期值守。严格落实24小时值班制度。(镇应急办负责)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.kind])).toEqual([
      ['(一)', 'task'],
      ['(二)', 'safeguard'],
    ]);
  });
});
