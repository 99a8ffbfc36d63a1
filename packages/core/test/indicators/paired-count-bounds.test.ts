import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

const ctx = { planYear: 2026, annual: true, line: 1 };
const read = (text: string) => extractIndicators(text, 0, ctx).map((i) => [i.target, i.unit, i.comparator]);

describe('a bound written before the first of two counts joined by 和', () => {
  it('holds for the second count too', () => {
    expect(read('每个乡镇至少配备2名全科医生和3名公卫人员。')).toEqual([
      [2, '名', '>='],
      [3, '名', '>='],
    ]);
  });

  it('holds for a ceiling as well', () => {
    expect(read('每个窗口设置不超过1个取号机和2个评价器。')).toEqual([
      [1, '个', '<='],
      [2, '个', '<='],
    ]);
  });

  it('does not reach a count listed after 、 with its own bare value', () => {
    expect(read('建设健康步道不少于3条、健康主题公园2个。')).toEqual([
      [3, '条', '>='],
      [2, '个', '='],
    ]);
  });
});
