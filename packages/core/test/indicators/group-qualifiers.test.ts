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

describe('counts of a whole scope', () => {
  it.each([
    ['a scope covered in full', '推行家庭医生签约服务,实现全县9个乡镇全覆盖。'],
    ['a scope that all does something', '6个县(区)全部建成医共体,15所卫生院全部通过验收。'],
  ])('%s', (_label, text) => {
    expect(read(text)).toEqual([]);
  });
  it('keeps a count followed by 全部 in a later clause', () => {
    expect(read('新建村卫生室10个,全部达到标准化要求。')).toEqual([[10, '个', '=']]);
  });
});

describe('funding norms with a comparator', () => {
  it('reads a per-head funding standard with a comparator as a target, but not a bare staffing norm', () => {
    expect(read('区财政按每人每年不低于2元标准安排专项经费。')).toEqual([[2, '元', '>=']]);
    expect(read('按照每千名学生配备1名校医的标准配齐人员。')).toEqual([]);
  });
});

describe('the places where the work is carried out', () => {
  it('reads no target from a count between 在 and 开展', () => {
    expect(read('在5个街道开展慢病管理试点,在12家企业开展健康企业创建。')).toEqual([]);
  });
  it('keeps a count built in a place', () => {
    expect(read('在全县建成8个健康驿站并开展服务。')).toEqual([[8, '个', '=']]);
  });
});
