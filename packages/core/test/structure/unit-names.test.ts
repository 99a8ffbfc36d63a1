import { describe, expect, it } from 'vitest';
import { isUnitName, splitGlued, splitUnitList } from '../../src/extract/units/unit-name.js';
import { createUnitDirectory, defaultUnitDirectory, lookupUnit } from '../../src/extract/units/unit-directory.js';

const dir = defaultUnitDirectory();

describe('isUnitName (morphology)', () => {
  it('accepts organisation names and group units', () => {
    for (const n of [
      '市卫生健康委',
      '团市委',
      '盘锦海关',
      '市政府办(应急办)',
      '各县(市、区)人民政府',
      '各区镇街道',
      '市直各部门',
      '市爱卫会成员单位',
      '各有关部门',
      '健康潜江工作领导小组办公室',
      '经济区管委会',
      '县融媒体中心',
      '市第一人民医院',
      '国网青山供电公司',
      '共青团中央',
    ]) {
      expect(isUnitName(n, dir), n).toBe(true);
    }
  });
  it('rejects duties, places, programmes and words that merely end like a name', () => {
    for (const n of [
      '建设区域医疗中心',
      '成立领导小组',
      '公共场所',
      '试行',
      '社会',
      '镇',
      '高血压',
      '2型糖尿病',
      '加强医共体建设',
      '全部',
    ]) {
      expect(isUnitName(n, dir), n).toBe(false);
    }
  });
});

describe('splitUnitList', () => {
  it('splits at 、 , ; and at 和 only between two names', () => {
    expect(splitUnitList('市教育局、市卫健委,市市场监管局;市商务局', dir)).toEqual(['市教育局', '市卫健委', '市市场监管局', '市商务局']);
    expect(splitUnitList('市文化和旅游局', dir)).toEqual(['市文化和旅游局']);
    expect(splitUnitList('市教育局和市卫健委', dir)).toEqual(['市教育局', '市卫健委']);
  });
  it('drops OCR spaces and trailing role phrases', () => {
    expect(splitUnitList('市 卫健局、市 教育局等部门', dir)).toEqual(['市卫健局', '市教育局']);
  });
  it('separates names glued by a typo', () => {
    expect(splitGlued('各区镇街道市委编办', dir)).toEqual(['各区镇街道', '市委编办']);
    expect(splitGlued('市卫生健康委员会', dir)).toEqual(['市卫生健康委员会']);
  });
});

describe('unit directory', () => {
  it('knows short, full and former names of one department', () => {
    const ids = ['市卫生健康委', '市卫健委', '市卫生健康委员会', '卫健委', '市卫计委', '潜江市卫生健康委员会'].map(
      (n) => lookupUnit(dir, n)?.id,
    );
    expect(new Set(ids)).toEqual(new Set(['市:health']));
    expect(lookupUnit(dir, '市卫计委')?.former).toBe(true);
    expect(lookupUnit(dir, '市场监督管理局')?.id).toBe(lookupUnit(dir, '市场监管局')?.id);
  });
  it('keeps levels apart and gives provincial 厅 names', () => {
    expect(lookupUnit(dir, '省卫健委')?.id).toBe('省:health');
    expect(lookupUnit(dir, '省公安厅')?.id).toBe('省:public-security');
    expect(lookupUnit(dir, '区教育局')?.id).toBe('区:education');
  });
  it('looks past a note and returns null for unknown names', () => {
    expect(lookupUnit(dir, '市政府办(应急办)')?.id).toBe('市:gov-office');
    expect(lookupUnit(dir, '健康潜江工作领导小组办公室')).toBeNull();
  });
  it('takes extra entries from users', () => {
    const own = createUnitDirectory([{ id: 'qj:office', name: '健康潜江办', aliases: ['健康潜江工作领导小组办公室'] }]);
    expect(lookupUnit(own, '健康潜江工作领导小组办公室')).toEqual({ id: 'qj:office', name: '健康潜江办', former: false });
    expect(lookupUnit(own, '市卫健委')?.id).toBe('市:health');
  });
});
