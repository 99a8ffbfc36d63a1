import { describe, expect, it } from 'vitest';
import { splitUnitList } from '../../src/extract/units/unit-name.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';
import { parseAttributionText } from '../../src/extract/structure/attribution.js';

const dir = defaultUnitDirectory();

describe('unit lists: a level written once', () => {
  it.each([
    ['自治区民政厅、财政厅、党委宣传部', ['自治区民政厅', '自治区财政厅', '自治区党委宣传部']],
    ['自治州水利局、林草局', ['自治州水利局', '自治州林草局']],
    ['县公安局、消防救援大队', ['县公安局', '县消防救援大队']],
    ['旗应急管理局、生态环境分局', ['旗应急管理局', '旗生态环境分局']],
  ])('%s', (raw, names) => {
    expect(splitUnitList(raw, dir)).toEqual(names);
  });
  it("an area's committee or a group of bodies after a local list keeps its own name", () => {
    expect(splitUnitList('市自然资源局、青龙湖景区管理委员会', dir)).toEqual(['市自然资源局', '青龙湖景区管理委员会']);
    expect(splitUnitList('自治区林业和草原局、相关地(市)疾控局', dir)).toEqual(['自治区林业和草原局', '相关地(市)疾控局']);
    expect(splitUnitList('市自然资源局、林业和草原局', dir)).toEqual(['市自然资源局', '市林业和草原局']);
  });
  it('a national body after a local list keeps its own name', () => {
    expect(splitUnitList('自治区民政厅、国家统计局某调查队', dir)).toEqual(['自治区民政厅', '国家统计局某调查队']);
  });
});

describe('unit lists: a government noun written once after townships', () => {
  it.each([
    ['青石镇、白沙乡人民政府', ['青石镇人民政府', '白沙乡人民政府']],
    ['青石镇、白沙镇、红岩镇人民政府', ['青石镇人民政府', '白沙镇人民政府', '红岩镇人民政府']],
    ['东湖区、西岭县人民政府,市林业局', ['东湖区人民政府', '西岭县人民政府', '市林业局']],
    ['青石镇、红岩镇人民政府,县妇联', ['青石镇人民政府', '红岩镇人民政府', '县妇联']],
  ])('%s', (raw, names) => {
    expect(splitUnitList(raw, dir)).toEqual(names);
  });
  it('gives the noun only to the townships of its own run', () => {
    expect(splitUnitList('青石镇、县农业农村局、红岩镇人民政府', dir)).toEqual(['青石镇', '县农业农村局', '红岩镇人民政府']);
  });
});

describe('unit lists: a kind of department closing the list', () => {
  it.each([
    ['县交通运输局、县农业农村局等行业主管部门', ['县交通运输局', '县农业农村局']],
    ['区城管局、区市场监管局等执法单位', ['区城管局', '区市场监管局']],
  ])('%s', (raw, names) => {
    expect(splitUnitList(raw, dir)).toEqual(names);
  });
});

describe('attributions: the level written once on the lead covers the participants', () => {
  it.each([
    ['自治区民政厅牵头,财政厅、党委宣传部配合', ['自治区民政厅'], ['自治区财政厅', '自治区党委宣传部']],
    ['县水利局牵头,林业局、县气象局配合', ['县水利局'], ['县林业局', '县气象局']],
    ['市民政局牵头,各区人民政府配合', ['市民政局'], ['各区人民政府']],
  ])('(%s)', (text, lead, participants) => {
    const roles = parseAttributionText(text, dir);
    expect([roles?.lead, roles?.participants]).toEqual([lead, participants]);
  });
});

describe('unit lists: a level prefix that the list writes in full', () => {
  it('gives no level to a name of its own in a list that repeats the level on its names', () => {
    expect(splitUnitList('州文化旅游局、州林草局、苍山保护管理局', dir)).toEqual(['州文化旅游局', '州林草局', '苍山保护管理局']);
  });
  it('still gives it to a standard department left bare in such a list', () => {
    expect(splitUnitList('市商务局、市财政局、交通运输局', dir)).toEqual(['市商务局', '市财政局', '市交通运输局']);
  });
  it("gives no level to a company's branch", () => {
    expect(splitUnitList('县住建局、国网某某供电公司城关分部', dir)).toEqual(['县住建局', '国网某某供电公司城关分部']);
  });
});

describe('unit lists: a party committee and its government named as one owner', () => {
  it.each([
    ['省水利厅,沿海各市党委和政府', ['省水利厅', '沿海各市党委和政府']],
    ['省林业局、各县党委、政府', ['省林业局', '各县党委、政府']],
  ])('%s', (raw, names) => {
    expect(splitUnitList(raw, dir)).toEqual(names);
  });
  it('still separates a committee and a government each named with its level', () => {
    expect(splitUnitList('县委、县政府', dir)).toEqual(['县委', '县政府']);
  });
});
