import { describe, expect, it } from 'vitest';
import { splitUnitList } from '../../src/extract/units/unit-name.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';
import { bracketsAsWritten } from '../../src/extract/stages/unit-brackets.js';

const dir = defaultUnitDirectory();

describe('units written on separate lines of one cell', () => {
  it('splits a complete unit from the unit that starts after it', () => {
    const cases: Array<[string, string[]]> = [
      ['县卫健局各乡镇卫生院', ['县卫健局', '各乡镇卫生院']],
      ['市交通局相关县人民政府', ['市交通局', '相关县人民政府']],
      ['各街道办事处各村委会', ['各街道办事处', '各村委会']],
      ['市教育局团市委', ['市教育局', '团市委']],
      ['某某矿业有限公司某某电力公司', ['某某矿业有限公司', '某某电力公司']],
      ['县委宣传部(县文明办)县教育局', ['县委宣传部(县文明办)', '县教育局']],
      ['市教育局体育局', ['市教育局', '市体育局']],
      ['市住建局甲乙新区管委会', ['市住建局', '甲乙新区管委会']],
    ];
    for (const [raw, want] of cases) expect(splitUnitList(raw, dir), raw).toEqual(want);
  });
  it('keeps names that read on', () => {
    for (const n of ['市爱卫会各成员单位', '甲市生态环境局乙分局', '某某石油有限公司某某分公司', '区公安分局交警大队'])
      expect(splitUnitList(n, dir), n).toEqual([n]);
  });
});

describe('a branch named after its place keeps its own level', () => {
  it('does not take the list level', () => {
    expect(splitUnitList('区卫健委、公安东城分局', dir)).toEqual(['区卫健委', '公安东城分局']);
    expect(splitUnitList('区卫健委、公安分局', dir)).toEqual(['区卫健委', '区公安分局']);
  });
});

describe('bracketsAsWritten', () => {
  it('gives a name back with the brackets the source uses for it', () => {
    const text = '由各县〔市、区〕人民政府负责,市卫健委(市爱卫办)配合';
    expect(bracketsAsWritten('各县(市、区)人民政府', text)).toBe('各县〔市、区〕人民政府');
    expect(bracketsAsWritten('市卫健委(市爱卫办)', text)).toBe('市卫健委(市爱卫办)');
    expect(bracketsAsWritten('各市(州)政府', text)).toBe('各市(州)政府');
  });
});

describe('names with a quoted term, and notes of where an office sits', () => {
  it('keeps a quoted term inside a group unit', () => {
    expect(splitUnitList('市“两随机”联席会议成员单位', dir)).toEqual(['市“两随机”联席会议成员单位']);
  });
  it('does not take 设在… for a unit', () => {
    expect(splitUnitList('设在区民政局', dir)).toBeNull();
  });
});
