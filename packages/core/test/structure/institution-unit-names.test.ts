import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { isUnitName, splitUnitList } from '../../src/extract/units/unit-name.js';

describe('institutions named as units: central schools, broadcasters, not health-cell kinds', () => {
  it('reads 中心学校 and 中心小学 as unit names, not a school built as work', () => {
    expect(isUnitName('乡中心学校')).toBe(true);
    expect(isUnitName('镇中心小学')).toBe(true);
    expect(isUnitName('建设健康学校')).toBe(false);
  });

  it('reads a province’s broadcasting group by its short name, and keeps 文体广电和旅游局 whole', () => {
    expect(isUnitName('湖北广电')).toBe(true);
    expect(isUnitName('区文体广电')).toBe(false);
    expect(splitUnitList('县文体广电和旅游局、县财政局')).toEqual(['县文体广电和旅游局', '县财政局']);
  });

  it('never reads a kind of 健康细胞 (健康医院, 无烟单位) as a unit', () => {
    expect(isUnitName('健康医院')).toBe(false);
    expect(isUnitName('无烟单位')).toBe(false);
    expect(isUnitName('县人民医院')).toBe(true);
  });

  it('takes the school and the office beside it from a labelled bracket with a time limit', async () => {
    const plan = await parsePlan({
      text: [
        '某乡2025年校园安全整改任务',
        '一、整改任务',
        '1.校车安全整改。督促更换老旧校车座椅,整改完成前停运。(责任单位:乡中心学校、乡安监站,整改时限:6月30日前)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants, t.due])).toEqual([[['乡中心学校'], ['乡安监站'], ['2025-06-30']]]);
  });
});
