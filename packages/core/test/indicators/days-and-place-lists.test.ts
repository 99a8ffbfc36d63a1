import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

const read = (text: string) =>
  extractIndicators(text, 0, { planYear: 2026, annual: true, line: 1 }).map((i) => [i.target, i.unit, i.comparator]);

describe('days after an at-most verb', () => {
  it('reads "压缩至N日" as a cap in days', () => {
    expect(read('推行企业简易注销,公告时间压缩至7日。')).toEqual([[7, '日', '<=']]);
  });
  it('leaves a day of the month alone', () => {
    expect(read('5月20日前完成排查。')).toEqual([]);
  });
});

describe('a count after places and a work verb', () => {
  it('reads what is to be built in the places listed as a target', () => {
    expect(read('在东湖社区、西岭社区建设2处老年食堂。')).toEqual([[2, '处', '=']]);
  });
  it('still reads a count of the names listed right before it as no target', () => {
    expect(read('在东湖、西岭、南山3个社区启动试点。')).toEqual([]);
  });
});

describe('a deadline later in the sentence', () => {
  const due = (text: string) => extractIndicators(text, 0, { planYear: 2026, annual: true, line: 1 }).map((i) => i.due);
  it('takes the one that closes the work past one that only starts it', () => {
    expect(due('新建城乡供水管网改造工程8处,5月底前开工,10月底前完工。')).toEqual(['2026-10-31']);
  });
  it('takes none that only starts the work', () => {
    expect(due('新建城乡供水管网改造工程8处,5月底前开工。')).toEqual(['2026-12-31']);
  });
});
