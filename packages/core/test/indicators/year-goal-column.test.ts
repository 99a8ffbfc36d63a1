import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const table = (rows: string[]) =>
  parsePlan({
    text: [
      '某区健康城市建设2025年行动计划',
      '序号  重点任务                                  主要责任部门      协同部门      2025年目标',
      ...rows,
    ].join('\n'),
  });

describe('a duty table with a goal column headed by its year', () => {
  it('reads value cells and short worded cells as the targets of their rows', async () => {
    const plan = await table([
      '1     推进垃圾分类,小区分类达标率              区城管局          各街镇        ≥90%',
      '2     开展农产品快检                            区市场监管局      区农业农村委  快检量≥8000批次',
      '3     推进“文明家庭”评选                        区妇联            区文明办      评选300户',
    ]);
    expect(plan.indicators.map((i) => [i.target, i.unit, i.comparator])).toEqual([
      [90, '%', '>='],
      [8000, '批次', '>='],
      [300, '户', '='],
    ]);
    expect(plan.indicators[1]?.text).toContain('开展农产品快检');
  });

  it('does not add a goal cell that restates the target written in the duty', async () => {
    const plan = await table(['1     完成8条道路绿化提升                       区绿化局          各街镇        8条']);
    expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([[8, '条']]);
  });
});
