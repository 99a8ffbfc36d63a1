import { describe, expect, it } from 'vitest';
import { extractIndicators } from '@duban/core';

const ctx = { planYear: 2022, annual: true, line: 1 };

describe('extractIndicators: a measure word spaced by a PDF or OCR copy', () => {
  it('reads "2个 百分点" as 个百分点', () => {
    const got = extractIndicators('全县儿童近视率较上年下降不少于2个 百分点。', 0, ctx);
    expect(got.map((i) => [i.target, i.unit, i.comparator])).toEqual([[2, '个百分点', 'decrease_by']]);
  });
});
