import { describe, expect, it } from 'vitest';
import { labelDue, labelDues, labelFor } from '../../src/extract/indicators/indicator-due.js';
import { parsePlan } from '../../src/index.js';

describe('the deadline a label line gives the targets of its item', () => {
  it('reads days, ranges, several dates and record fields joined by / or wide spaces', () => {
    expect(labelDue('完成时间:5月10日前', 2025)).toBe('2025-05-10');
    expect(labelDue('完成时间:5月20日—5月25日', 2025)).toBe('2025-05-25');
    expect(labelDue('完成节点:6月底、11月底/完成标志:挂牌', 2025)).toBe('2025-11-30');
    expect(labelDue('完成时限:2026年3月底  备注:无', 2025)).toBe('2026-03-31');
    expect(labelDue('完成时限:常态化', 2025)).toBeNull();
  });
  it('leaves out the date to answer a proposal by', () => {
    expect(labelDue('办理时限:2026年6月30日前答复,10月31日前落实', 2026)).toBe('2026-10-31');
    expect(labelDue('办理时限:2026年5月31日前答复', 2026)).toBeNull();
  });
  it('gives an item target the date of its record line, not the plan year end', async () => {
    const plan = await parsePlan({
      text: ['某镇2025年环境整治方案', '1.清理沟渠不少于20公里。', '责任人:某某  责任单位:镇水利站  完成时间:5月15日前'].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.target, i.due])).toEqual([[20, '2025-05-15']]);
  });
});

describe('labels written in square brackets and several items on one line', () => {
  it('reads a 【完成时限】 label for the item target', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年优化营商环境工作要点',
        '1.推行企业开办一窗通办。新增集成办理事项8项。【牵头单位】市数据局【配合单位】市政务服务中心【完成时限】2026年5月底前',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.target, i.due])).toEqual([[8, '2026-05-31']]);
  });
  it('gives a target the first label after it, else the last before it', () => {
    const text = '完成造林2万亩。完成时限:9月底前。新建苗圃基地3个。完成时限:11月底前。苗木成活率达到90%';
    const labels = labelDues(text, 2026);
    expect(labels.map((l) => l.date)).toEqual(['2026-09-30', '2026-11-30']);
    expect(labelFor(labels, text.indexOf('2万'))).toBe('2026-09-30');
    expect(labelFor(labels, text.indexOf('3个'))).toBe('2026-11-30');
    expect(labelFor(labels, text.indexOf('90%'))).toBe('2026-11-30');
    expect(labelFor([], 0)).toBeNull();
  });
});
