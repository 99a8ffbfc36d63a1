import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const duesOf = async (lines: string[]) => (await parsePlan({ text: lines.join('\n') })).indicators.map((i) => [i.target, i.due]);

describe('a deadline in a bracket of its own after the item attribution', () => {
  it('gives the target the date after a 【X牵头;Y配合】 bracket', async () => {
    expect(
      await duesOf([
        '某区2026年优化营商环境重点任务清单',
        '1.推行一件事集成办,新增办事场景10个。【区政务服务中心牵头;区直相关部门配合】【2026年9月底前】',
      ]),
    ).toEqual([[10, '2026-09-30']]);
  });
  it('gives the target the date after a bracket of bare units', async () => {
    expect(await duesOf(['某区2026年惠企工作要点', '1.推动惠企政策直达,兑现资金2000万元。【区财政局】【2026年6月底前】'])).toEqual([
      [2000, '2026-06-30'],
    ]);
  });
  it('keeps the year end when the item names no date', async () => {
    expect(await duesOf(['某区2026年惠企工作要点', '1.开展银企对接活动不少于4场。【区财政局】'])).toEqual([[4, '2026-12-31']]);
  });
});

describe('a quarter that closes the work', () => {
  it('ends with the last month of that quarter of the plan year', async () => {
    expect(await duesOf(['某市2026年重点工作任务', '1.谋划储备亿元以上项目40个,一季度完成项目入库。', '牵头单位:市发改局'])).toEqual([
      [40, '2026-03-31'],
    ]);
    expect(await duesOf(['某市2026年重点工作任务', '1.新建充电桩80个,第二季度末前建成。', '牵头单位:市发改局'])).toEqual([
      [80, '2026-06-30'],
    ]);
  });
  it('is no deadline when the quarter is a frequency or a report period', async () => {
    expect(await duesOf(['某市2026年重点工作任务', '1.每季度完成督查1次,全年督查不少于4次。', '牵头单位:市政府办'])).toEqual([
      [1, '2026-12-31'],
      [4, '2026-12-31'],
    ]);
  });
});
