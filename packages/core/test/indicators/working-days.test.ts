import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

const read = (text: string) =>
  extractIndicators(text, 0, { planYear: 2025, annual: false, line: 1 }).map((i) => [i.target, i.unit, i.comparator]);

describe('working days', () => {
  it('reads a bounded count of working days as a target', () => {
    expect(read('不动产登记时间压缩至3个工作日以内。')).toEqual([[3, '个工作日', '<=']]);
  });
  it('leaves a procedural time limit alone', () => {
    expect(read('受理后5个工作日内办结。')).toEqual([]);
  });
  it('reads a kind of case with its standard span as a target', () => {
    expect(read('不动产登记“一网通办”,一般登记3个工作日内办结。')).toEqual([[3, '个工作日', '<=']]);
    expect(read('窗口受理后,审批事项2个工作日内办结。')).toEqual([[2, '个工作日', '<=']]);
  });
});
