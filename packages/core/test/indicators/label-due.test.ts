import { describe, expect, it } from 'vitest';
import { labelDue } from '../../src/extract/indicators/indicator-due.js';
import { parsePlan } from '../../src/index.js';

describe('the deadline a label line gives the targets of its item', () => {
  it('reads days, ranges, several dates and record fields joined by / or wide spaces', () => {
    expect(labelDue('完成时间:5月10日前', 2025)).toBe('2025-05-10');
    expect(labelDue('完成时间:5月20日—5月25日', 2025)).toBe('2025-05-25');
    expect(labelDue('完成节点:6月底、11月底/完成标志:挂牌', 2025)).toBe('2025-11-30');
    expect(labelDue('完成时限:2026年3月底  备注:无', 2025)).toBe('2026-03-31');
    expect(labelDue('完成时限:常态化', 2025)).toBeNull();
  });
  it('gives an item target the date of its record line, not the plan year end', async () => {
    const plan = await parsePlan({
      text: ['某镇2025年环境整治方案', '1.清理沟渠不少于20公里。', '责任人:某某  责任单位:镇水利站  完成时间:5月15日前'].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.target, i.due])).toEqual([[20, '2025-05-15']]);
  });
});
