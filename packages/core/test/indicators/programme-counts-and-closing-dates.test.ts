import { describe, expect, it } from 'vitest';
import { extractIndicators } from '@duban/core';

const ctx = { planYear: 2026, annual: true, line: 1 };
const read = (text: string) => extractIndicators(text, 0, ctx).map((i) => `${i.target}${i.unit} ${i.comparator} ${i.due}`);
const targets = (text: string) => extractIndicators(text, 0, ctx).map((i) => `${i.target}${i.unit}`);

describe('extractIndicators: a bare 万 with a bound', () => {
  it('reads a count in 万 followed by 以上 as a bounded target', () => {
    expect(read('全年义诊服务人数达300万以上,覆盖所有乡镇。')).toEqual(['300万 >= 2026-12-31']);
    expect(read('注册用户突破80万。')).toEqual(['80万 >= 2026-12-31']);
  });
});

describe('extractIndicators: counts of the programme the work spans', () => {
  it('drops unbounded counts of actions and kinds after a framing verb, the whole list', () => {
    expect(targets('统筹9项专项行动、5类健康单元建设,形成合力。')).toEqual([]);
    expect(targets('围绕8项重点改革,细化责任分工。')).toEqual([]);
  });
  it('drops counts of measures that a check is done to', () => {
    expect(targets('对第一批30项便民措施和本市45项配套措施执行情况实施核查。')).toEqual([]);
  });
  it('keeps counts the work delivers or bounds', () => {
    expect(targets('统筹推进改革,年内推出12项便民举措。')).toEqual(['12项']);
    expect(targets('对照标准,新增集成办理事项15项。')).toEqual(['15项']);
    expect(targets('围绕重点领域培育示范项目10项以上。')).toEqual(['10项']);
  });
});

describe('extractIndicators: a bracket holding only the deadline closes the item', () => {
  it('gives the bracketed date to a target of the sentence before it', () => {
    expect(read('1.组建市级讲师团,选聘首批讲师300名,并分批公布。(2026年8月底前完成)')).toEqual(['300名 = 2026-08-31']);
  });
  it('leaves a bracket inside the sentence to the clause it closes', () => {
    expect(read('选聘讲师300名;开展培训(6月底前)')).toEqual(['300名 = 2026-12-31']);
  });
});
