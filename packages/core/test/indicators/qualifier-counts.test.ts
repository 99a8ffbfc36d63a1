import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

const ctx = { planYear: 2026, annual: true, line: 1 };
const read = (text: string) => extractIndicators(text, 0, ctx).map((i) => [i.target, i.unit, i.comparator]);

describe('a count inside the subject of a later target of the same clause', () => {
  it('is dropped before a quota per place given with 各', () => {
    expect(read('在5个县(区)各设立不少于3个监测点开展水质监测。')).toEqual([[3, '个', '>=']]);
  });

  it('is dropped before targets given with 分别', () => {
    expect(read('北部6个乡镇和南部山区培训人数分别不少于2000人和800人。')).toEqual([
      [2000, '人', '>='],
      [800, '人', '>='],
    ]);
  });

  it('is dropped when it qualifies the things whose share is measured', () => {
    expect(read('开展4类以上康复服务的社区卫生服务中心占比达到70%。')).toEqual([[70, '%', '=']]);
  });

  it('stays when it closes its own noun before the next count', () => {
    expect(read('建成健身步道4条、口袋公园2个。')).toEqual([
      [4, '条', '='],
      [2, '个', '='],
    ]);
  });

  it('stays when the later count is only joined to it by 和', () => {
    expect(read('每个县至少建成1个胸痛中心和1个卒中中心。')).toEqual([
      [1, '个', '>='],
      [1, '个', '>='],
    ]);
  });

  it('stays when the later target is in a clause of its own', () => {
    expect(read('新建3个社区食堂,就餐满意度达到90%。')).toEqual([
      [3, '个', '='],
      [90, '%', '='],
    ]);
  });
});

describe('a place after 在 with a quota per place', () => {
  it('keeps the quota that follows a comparator', () => {
    expect(read('在8个街道各确定不少于2家定点药店开展慢病用药配送。').map((r) => r[0])).toEqual([2]);
  });

  it('still drops the places where work is carried out', () => {
    expect(read('在3个街道开展试点。')).toEqual([]);
  });
});

describe('a Chinese numeral with 次 that opens a term', () => {
  it('is no count of times', () => {
    expect(read('10月底前完成二次供水设施改造。')).toEqual([]);
  });

  it('still counts times after a verb', () => {
    expect(read('年内完成一次应急演练。')).toEqual([[1, '次', '=']]);
  });
});
