import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

/** A plan whose 主要指标 table was copied one cell per line, with a 说明 note and a plain-number row. */
const doc = [
  '白沙县健康促进行动方案(2024—2026年)',
  '一、主要任务',
  '(一)开展健康教育进社区活动,每年举办讲座不少于20场。',
  '牵头单位:县卫健局;配合单位:县民政局',
  '附件',
  '白沙县健康促进行动主要指标',
  '序号',
  '指标',
  '基期水平',
  '2026年目标值',
  '指标性质',
  '1',
  '居民健康素养水平(%)',
  '24.5',
  '≥30',
  '预期性',
  '2',
  '无烟党政机关建成比例(%)',
  '—',
  '100',
  '约束性',
  '说明:指县、乡两级党政机关中按无烟党政机关标准建成并通过评估的机关所占的比例,以县爱卫办年度评估结果为准。',
  '3',
  '孕产妇系统管理率(%)',
  '88',
  '92',
  '约束性',
  '4',
  '儿童青少年总体近视率(%)',
  '52.3',
  '力争每年降低0.5个百分点',
  '预期性',
].join('\n');

describe('flattened indicator table', () => {
  it('keeps reading rows after a long 说明 line and takes a bare target for a value, not a 序号', async () => {
    const plan = await parsePlan({ text: doc });
    const rows = plan.indicators.map((i) => [i.name.replace(/[((][^()()]*[))]$/, ''), i.baseline, i.target]);
    expect(rows).toContainEqual(['居民健康素养水平', 24.5, 30]);
    expect(rows).toContainEqual(['孕产妇系统管理率', 88, 92]);
    expect(rows.some(([name]) => String(name).startsWith('儿童青少年总体近视率'))).toBe(true);
    expect(rows.some(([name]) => String(name).startsWith('无烟党政机关建成比例'))).toBe(true);
    // No stray row made of the target and the nature cell.
    expect(plan.indicators.filter((i) => i.target === 92)).toHaveLength(1);
  });
});

describe('a flattened target table before the plan body', () => {
  it('ends at the next chapter heading, so the tasks after it are read', async () => {
    const { parsePlan } = await import('../../src/index.js');
    const plan = await parsePlan({
      text: [
        '某市全民健身实施方案',
        '一、主要目标',
        '主要指标表',
        '序号',
        '指标',
        '2023年现状',
        '2026年目标',
        '牵头单位',
        '1',
        '人均体育场地面积(平方米)',
        '2.4',
        '≥2.8',
        '市体育局',
        '二、重点任务',
        '(一)场地建设',
        '1.新建社区健身中心10个。',
        '牵头:市体育局;配合:市住建局',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.baseline, i.target]).sort()).toEqual([
      [null, 10],
      [2.4, 2.8],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([['1', ['市体育局'], ['市住建局']]]);
  });
});

describe('a flattened target table whose value columns are headed by bare years', () => {
  it('reads the first year as the baseline and each later year as a target due at its end', async () => {
    const plan = await parsePlan({
      text: [
        '某市营养健康行动方案(2025—2028年)',
        '一、行动目标',
        '到2028年居民营养状况明显改善。',
        '核心指标',
        '指标名称',
        '单位',
        '2024年(基期)',
        '2026年',
        '2028年',
        '学生营养餐供应覆盖率',
        '%',
        '60',
        '≥70',
        '≥85',
        '二、行动任务',
        '(一)推广营养食堂。(市卫生健康委牵头)',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.name, i.baseline, i.target, i.comparator, i.due])).toEqual([
      ['学生营养餐供应覆盖率', 60, 70, '>=', '2026-12-31'],
      ['学生营养餐供应覆盖率', 60, 85, '>=', '2028-12-31'],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.lead])).toEqual([['(一)', ['市卫生健康委']]]);
  });

  it('leaves year columns of a table without an indicator label alone', async () => {
    const { headerAt } = await import('../../src/extract/structure/flat-header.js');
    const lines = ['序号', '任务', '2025年', '2026年'].map((text, i) => ({ text, start: i * 10, end: i * 10 + text.length, line: i + 1 }));
    expect(headerAt(lines, 0)?.roles.includes('indicator') ?? false).toBe(false);
  });
});
