import { describe, expect, it } from 'vitest';
import { scanDates } from '../../src/extract/dates/index.js';

const dues = (text: string) => scanDates(text, 2026).map((t) => t.date);

describe('scanDates after an item mark glued to the text', () => {
  it('reads a month right after a lettered item mark', () => {
    expect(dues('a.3月底前集中开工项目不少于三十个')).toEqual(dues('3月底前集中开工项目不少于三十个'));
    expect(dues('b.6月底前完成技改项目备案')).toEqual(['2026-06-30']);
    expect(dues('重点抓好:c.9月底前完成验收')).toEqual(['2026-09-30']);
  });

  it('still reads no month out of a decimal or a dotted code', () => {
    expect(dues('增长10.5月均值')).toEqual([]);
    expect(dues('按GB.3月报制度执行')).toEqual([]);
  });
});
