import { describe, expect, it } from 'vitest';
import { extractIndicators } from '@duban/core';

const ctx = { planYear: 2026, annual: true, line: 1 };
const targets = (text: string) => extractIndicators(text, 0, ctx).map((i) => `${i.target}${i.unit}`);

describe('extractIndicators: ratios', () => {
  it('reads neither term of a ratio as a target, with or without a bound', () => {
    expect(targets('床护比1:0.8以上。')).toEqual([]);
    expect(targets('医护比达到1:1.3,每千人口护士数达到3.5名。')).toEqual(['3.5名']);
  });
  it('keeps a count after a label with a colon', () => {
    expect(targets('年度目标:新建健康步道8条。')).toEqual(['8条']);
  });
});
