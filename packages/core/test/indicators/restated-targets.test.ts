import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a target restated by an indicator table', () => {
  it('keeps the table row with its baseline and drops the prose copy', async () => {
    const plan = await parsePlan({
      text: [
        '某市绿化行动计划(2026—2030年)',
        '一、发展目标',
        '到2030年,全市人均公园绿地面积达到15平方米,公园绿化活动场地服务半径覆盖率达到90%。主要指标如下:',
        '序号\t指标名称\t2025年(基期)\t2028年\t2030年\t指标属性',
        '1\t人均公园绿地面积(平方米)\t13.2\t14\t15\t预期性',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.name, i.baseline, i.target, i.due])).toEqual([
      ['公园绿化活动场地服务半径覆盖率', null, 90, '2030-12-31'],
      ['人均公园绿地面积', 13.2, 14, '2028-12-31'],
      ['人均公园绿地面积', 13.2, 15, '2030-12-31'],
    ]);
  });
});

describe('a target restated without the deadline its table row gives', () => {
  it('drops the undated prose copy, its words in another order too', async () => {
    const plan = await parsePlan({
      text: [
        '某省职业健康保护行动实施方案',
        '一、主要指标',
        '序号\t指标名称\t单位\t基期值\t2025年\t2027年',
        '1\t职业健康检查机构县区覆盖率\t%\t—\t≥80\t100',
        '二、重点任务',
        '(一)加强技术支撑。县区职业健康检查机构覆盖率提高到80%以上。(省卫生健康委牵头)',
        '(二)开展培训。培训职业健康骨干人员不少于500名。(省卫生健康委牵头)',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.target, i.due])).toEqual([
      [80, '2025-12-31'],
      [100, '2027-12-31'],
      [500, null],
    ]);
  });
});
