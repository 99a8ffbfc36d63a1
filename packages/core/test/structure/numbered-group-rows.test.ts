import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a numbered group row above its sub-numbered rows', () => {
  it('heads the rows and is no duty', async () => {
    const plan = await parsePlan({
      text: [
        '某市示范区巩固提升2026年任务分解表',
        '序号\t工作内容\t责任单位\t配合单位\t完成时限',
        '1\t政策完善',
        '1.1\t将慢性病防控工作纳入市政府年度工作报告\t市政府办\t市卫生健康局\t2026年3月底前',
        '1.2\t足额安排慢性病综合防控专项经费\t市财政局\t市卫生健康局\t2026年6月底前',
        '2\t环境支持',
        '2.1\t新建健康步道2条、健康主题公园1个\t市住建局\t市卫生健康局\t2026年10月底前',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead])).toEqual([
      ['1.1', ['市政府办']],
      ['1.2', ['市财政局']],
      ['2.1', ['市住建局']],
    ]);
  });
});
