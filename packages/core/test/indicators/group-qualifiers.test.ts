import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

const ctx = { planYear: 2026, annual: true, line: 1 };
const read = (text: string) => extractIndicators(text, 0, ctx).map((i) => [i.target, i.unit, i.comparator]);

// Numbers that qualify the thing a target is about, or that describe the plan itself, are not targets.
describe('quantities that pick out a group or a zone', () => {
  it.each([
    ['a bounded age before the people it picks out', '在辖区医疗机构落实40岁以上首诊患者测血压制度。'],
    ['a bounded age before 的', '为70岁以上的老人免费提供上门服务。'],
    ['a bounded sum before a noun', '全年谋划亿元以上项目,推进3000万元以上重点企业技改。'],
    ['a grade of the thing built', '新建3000吨级码头,改造10万千瓦级机组。'],
    ['the zone a rule covers', '严禁在幼儿园周边50米内设置烟草销售点,清理医院周边300米范围内占道经营。'],
    ['the plan counting its own items', '方案共确定9项重点任务,涵盖健康促进等8项行动。'],
  ])('%s', (_label, text) => {
    expect(read(text)).toEqual([]);
  });

  it('keeps the target that follows a group picked out by a bounded sum', () => {
    expect(read('集体经济收入20万元以上的村占比达到50%。')).toEqual([[50, '%', '=']]);
    expect(read('实施1000万元以上项目80个。')).toEqual([[80, '个', '=']]);
  });

  it('keeps a bounded age or sum that closes its clause', () => {
    expect(read('人均预期寿命达到80岁以上,新增普惠贷款3亿元以上。')).toEqual([
      [80, '岁', '>='],
      [3, '亿元', '>='],
    ]);
  });
});

describe('statements of progress in a record', () => {
  it.each([
    ['a 完成情况 label', '完成时限:2026年10月 完成情况:已开工建设,完成投资40%。'],
    ['a 形象进度 figure', '正在开展主体施工,形象进度60%。'],
    ['a running total', '1—9月累计完成投资8.5亿元。'],
  ])('%s', (_label, text) => {
    expect(read(text)).toEqual([]);
  });
});
