import { describe, expect, it } from 'vitest';
import { extractIndicators } from '@duban/core';

const ctx = { planYear: 2026, annual: true, line: 1 };
const dues = (text: string) => extractIndicators(text, 0, ctx).map((i) => [`${i.target}${i.unit}`, i.due]);

describe('extractIndicators: which deadline a target takes within its sentence', () => {
  it('takes a later 完工 deadline that closes the work', () => {
    expect(dues('新建乡村公路桥梁12座,9月底前完工。')).toEqual([['12座', '2026-09-30']]);
  });

  it('keeps 全年 for a yearly target when a month deadline closes the next clause', () => {
    expect(dues('全年新建公共充电桩800个,3月底前完成选址方案报批。')).toEqual([['800个', '2026-12-31']]);
  });
});
