import { describe, expect, it } from 'vitest';
import { extractIndicators } from '@duban/core';

const ctx = { planYear: 2026, annual: true, line: 1 };
const targets = (text: string) => extractIndicators(text, 0, ctx).map((i) => `${i.target}${i.unit}`);

describe('extractIndicators: counts of what the work is done to', () => {
  it('drops a count after 对 that an inspection is done to, also a list of counts', () => {
    expect(targets('对9个乡镇人民政府、3个街道办事处开展安全生产巡查。')).toEqual([]);
    expect(targets('对12家企业开展专项检查。')).toEqual([]);
  });
  it('keeps a count after 对 that the work itself changes', () => {
    expect(targets('对21个未达标村卫生室实施改造。')).toEqual(['21个']);
  });
  it('keeps a count after 对照 / 对接 and a count with a comparator after 对', () => {
    expect(targets('编印汉语对照健康科普读本2万册。')).toEqual(['2万册']);
    expect(targets('开展银企对接活动12场。')).toEqual(['12场']);
    expect(targets('对不少于3项政策开展评价。')).toEqual(['3项']);
  });
  it('drops a set a clause before it defines', () => {
    expect(targets('二、整改反馈的12个问题')).toEqual([]);
    expect(targets('为确保票决确定的10件民生实事如期完成,新建老年食堂100个。')).toEqual(['100个']);
  });
});
