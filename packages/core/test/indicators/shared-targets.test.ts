import { describe, expect, it } from 'vitest';
import { extractIndicators } from '@duban/core';

const ctx = { planYear: 2026, annual: true, line: 1 };
const read = (text: string) => extractIndicators(text, 0, ctx).map((i) => `${i.name}:${i.target}${i.unit}${i.comparator}`);

describe('extractIndicators: measures listed before 均 share one target', () => {
  it('gives each measure written out in full an indicator of its own', () => {
    expect(read('加强病例直报,报告及时率、审核率均达到98%。')).toEqual(['报告及时率:98%=', '审核率:98%=']);
    expect(read('产前筛查率和新生儿访视率均达到95%以上。')).toEqual(['产前筛查率:95%>=', '新生儿访视率:95%>=']);
  });
  it('keeps one indicator for one measure over listed groups', () => {
    expect(read('高血压、糖尿病患者规范管理率均达到62%。')).toHaveLength(1);
  });
  it('keeps one indicator when the listed subjects are places', () => {
    expect(read('各乡镇、街道覆盖率均达到90%。')).toHaveLength(1);
  });
  it('leaves a 分别 list to pair names with values', () => {
    expect(read('孕产妇死亡率、婴儿死亡率分别控制在12/10万、6‰以下。')).toEqual(['孕产妇死亡率:12/10万<=', '婴儿死亡率:6‰<=']);
  });
});
