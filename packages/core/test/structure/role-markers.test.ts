import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { rolesFromList } from '../../src/extract/structure/attribution-roles.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';
import { splitUnitList } from '../../src/extract/units/unit-name.js';

const dir = defaultUnitDirectory();
const roles = (raw: string) => {
  const r = rolesFromList(raw, dir);
  return r && [r.lead, r.participants, r.separateLeads];
};

describe('role markers written in brackets after a unit', () => {
  it('drops the marker from the name', () => {
    expect(splitUnitList('甲县财政局(配合)')).toEqual(['甲县财政局']);
    expect(splitUnitList('县水务局(主办)、县林业局(协办)')).toEqual(['县水务局', '县林业局']);
  });

  it('reads 主办 as lead and 协办 / 配合 as taking part', () => {
    expect(roles('青石镇人民政府(主办)、县农业农村局(协办)')).toEqual([['青石镇人民政府'], ['县农业农村局'], false]);
    expect(roles('县交通局(牵头),县财政局、县审计局(配合)')).toEqual([['县交通局'], ['县财政局', '县审计局'], false]);
  });

  it('gives each marker the run of names written since the one before when both roles are marked', () => {
    expect(roles('东坪镇、西坪镇人民政府(牵头);县水利局(配合)')).toEqual([['东坪镇人民政府', '西坪镇人民政府'], ['县水利局'], false]);
  });

  it('keeps a suffix written once inside the marked run', () => {
    expect(roles('区卫健委(牵头)、东坪镇、西坪镇人民政府(配合)')).toEqual([['区卫健委'], ['东坪镇人民政府', '西坪镇人民政府'], false]);
  });

  it('lets a lead marker cover only its own name when no unit is marked as taking part', () => {
    expect(roles('市教育局、市卫健委(牵头)、市民政局')).toEqual([['市卫健委'], ['市教育局', '市民政局'], false]);
    // The list is read whole: a name the level is not written on stays as written beside names that carry it.
    expect(roles('市卫生健康委(牵头)、市城投集团、某某经济技术开发区管委')).toEqual([
      ['市卫生健康委'],
      ['市城投集团', '某某经济技术开发区管委'],
      false,
    ]);
  });

  it('lets 按职责分工负责 win over a (主办) marker', () => {
    expect(roles('县政府办公室(主办),县直各承办单位按职责分工负责')).toEqual([['县政府办公室', '县直各承办单位'], [], true]);
  });
});

describe('a list-rule note closing a unit list', () => {
  it('is no part of the last unit', () => {
    expect(splitUnitList('区卫健委、区教育局,各镇人民政府、街道办事处(排在第一位的为牵头单位)')).toEqual([
      '区卫健委',
      '区教育局',
      '各镇人民政府',
      '街道办事处',
    ]);
    expect(splitUnitList('市市场监管局、市教育局,各乡镇(街道)(排序第一的为牵头单位)')).toEqual([
      '市市场监管局',
      '市教育局',
      '各乡镇(街道)',
    ]);
    expect(splitUnitList('区卫生健康局、区民政局,各乡镇街道(排在首位的为牵头单位)')).toEqual(['区卫生健康局', '区民政局', '各乡镇街道']);
  });
});

describe('a level prefix written once before a people’s organisation', () => {
  it('reaches 妇联, 残联 and 总工会', () => {
    expect(splitUnitList('县民政局、妇联', dir)).toEqual(['县民政局', '县妇联']);
    expect(splitUnitList('市人社局、总工会、残联', dir)).toEqual(['市人社局', '市总工会', '市残联']);
  });
});

describe('marked lists in documents', () => {
  it('reads a table cell whose markers each cover their run', async () => {
    const plan = await parsePlan({
      text: [
        '某县审计查出问题整改台账',
        '| 序号 | 审计发现问题 | 整改措施 | 责任单位 | 整改时限 |',
        '| 1 | 衔接资金项目未按期开工 | 督促相关乡镇制定开工倒排计划 | 东坪镇、西坪镇人民政府(牵头);县农牧局(配合) | 5月31日前 |',
        '| 2 | 设备采购未执行采购程序 | 对涉事采购项目全面复核 | 县卫生健康委(牵头);县财政局、县医院(配合) | 6月30日前 |',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['东坪镇人民政府', '西坪镇人民政府'], ['县农牧局']],
      [['县卫生健康委'], ['县财政局', '县医院']],
    ]);
  });

  it('reads marked units in 承办单位 lines', async () => {
    const plan = await parsePlan({
      text: [
        '某县2026年重点工作督办事项',
        '1.加快良种繁育基地建设,6月底前完成一期工程。',
        '承办单位:东坪镇人民政府(主办)、县农业农村局(协办)',
        '2.推进城区老旧小区改造,10月底前完工。',
        '承办单位:县住建局(主办),县财政局、西坪镇人民政府(协办)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['东坪镇人民政府'], ['县农业农村局']],
      [['县住建局'], ['县财政局', '西坪镇人民政府']],
    ]);
  });
});
