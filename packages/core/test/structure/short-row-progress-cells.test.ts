import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a short table row whose progress report slid under the lead column', () => {
  it('reads no unit names out of the progress prose', async () => {
    const plan = await parsePlan({
      text: [
        '2025年5月某县民生实事项目进展情况汇总表',
        '序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |',
        '1 | 为全县老年人免费体检1万人。 | 5月:制定体检方案。 | 县卫生健康局 | 已完成。 已制定方案。 |',
        '2 | 为全县学生免费开展视力筛查6000人。 | 5月:完成筛查1200人。 | 已完成。 完成筛查2500人,完成率41%。 | |',
        '3 | 培训社区急救员300人。 | 5月:完成培训60人。 | 县红十字会 | 已完成。 培训90人。 |',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead])).toEqual([
      ['1', ['县卫生健康局']],
      ['2', []],
      ['3', ['县红十字会']],
    ]);
  });
});

describe('a short table row whose dated action slid under a unit column', () => {
  it('reads no unit names out of the dated action', async () => {
    const plan = await parsePlan({
      text: [
        '某厅2025年政务公开重点任务台账',
        '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |',
        '1 | 做好统计信息发布 | 按季度发布统计数据 | 规划处 | 长期推进 |',
        '2 | 推进部门预决算公开 | 财务处 | 2025年3月公开预算,2025年9月公开决算 |',
      ].join('\n'),
    });
    expect(plan.tasks.find((t) => t.number === '2')?.participants).toEqual([]);
  });
});
