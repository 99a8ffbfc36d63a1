import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

/**
 * An annex copied one cell per line: a target table whose value labels carry their year on a line of their own and
 * whose nature column is headed 属性, then a duty table with other columns, then a 注 on the first unit leading.
 */
const doc = [
  '…… 各乡镇于每月5日前报送进展。',
  '附件',
  '一、年度指标',
  '序号',
  '指标名称',
  '单位',
  '现状值',
  '(2025年)',
  '目标值',
  '(2026年)',
  '属性',
  '1',
  '适龄儿童疫苗接种率',
  '%',
  '95.1',
  '≥96',
  '约束性',
  '2',
  '居民电子健康档案建档率',
  '%',
  '88',
  '≥90',
  '预期性',
  '二、任务分工',
  '序号',
  '重点任务',
  '责任单位',
  '完成时限',
  '1',
  '开展家庭医生入户随访,全年随访不少于2000人次',
  '县卫健局、县医保局',
  '2026年9月底前',
  '2',
  '改造乡镇卫生院发热门诊',
  '县卫健局、县财政局、各乡镇',
  '2026年11月底前',
  '注:责任单位中排在第一位的为牵头单位,其余为配合单位。',
].join('\n');

describe('a flattened target table followed by a duty table', () => {
  it('ends the targets at the duty header and reads both tables', async () => {
    const plan = await parsePlan({ text: doc, fileName: 'annex.txt' });
    expect(plan.tasks.map((t) => [t.lead, t.participants, t.due])).toEqual([
      [['县卫健局'], ['县医保局'], ['2026-09-30']],
      [['县卫健局'], ['县财政局', '各乡镇'], ['2026-11-30']],
    ]);
    const byName = new Map(plan.indicators.map((i) => [i.name, i]));
    expect(byName.get('适龄儿童疫苗接种率')).toMatchObject({ baseline: 95.1, target: 96, unit: '%', comparator: '>=' });
    expect(byName.get('居民电子健康档案建档率')).toMatchObject({ baseline: 88, target: 90, unit: '%', comparator: '>=' });
  });
});
