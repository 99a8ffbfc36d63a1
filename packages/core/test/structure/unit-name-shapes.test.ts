import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';
import { isUnitName, splitUnitList } from '../../src/extract/units/unit-name.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';

const dir = defaultUnitDirectory();

describe('unit shapes found in county and bureau plans', () => {
  it('keeps 单位 of a member-unit group when 配合 follows it', () => {
    expect(splitUnitList('县健康办各成员单位配合', dir)).toEqual(['县健康办各成员单位']);
    expect(splitUnitList('县爱卫会成员单位参与', dir)).toEqual(['县爱卫会成员单位']);
    // After 等, 部门/单位 is still the trailer.
    expect(splitUnitList('县教育局、县民政局等部门配合', dir)).toEqual(['县教育局', '县民政局']);
  });

  it('accepts bare township names and inspection teams, not words that end in 镇/乡/组', () => {
    for (const n of ['城南镇', '白马乡', '清水乡', '东山街道', '驻局纪检监察组', '县委第二巡察组'])
      expect(isUnitName(n, dir), n).toBe(true);
    for (const n of ['新型城镇', '特色小镇', '统筹城乡', '科技下乡', '鱼米之乡', '江南水乡', '中心镇', '建制镇', '分组', '每组'])
      expect(isUnitName(n, dir), n).toBe(false);
  });

  it('reads a bare list naming a township whose name ends in 水乡 (清水乡) as units', async () => {
    const plan = await parsePlan({ text: '一、重点任务\n1.指导清水乡创建省级卫生乡镇。(县爱卫办、清水乡)' });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([[['县爱卫办'], ['清水乡']]]);
  });

  it('drops a bracketed note about the page from the last name, keeps a note on the unit', () => {
    expect(splitUnitList('县医保局、县民政局(本页内容为节选,完整清单见附件下载)', dir)).toEqual(['县医保局', '县民政局']);
    expect(splitUnitList('县民政局(节选)', dir)).toEqual(['县民政局']);
    expect(splitUnitList('县政府办(应急办)', dir)).toEqual(['县政府办(应急办)']);
  });

  it('reads the attributions end to end', async () => {
    const text = [
      '一、重点任务',
      '1.开展夏季灭蚊行动。每月组织一次集中消杀(县卫健局牵头,县爱卫会各成员单位配合)。',
      '2.整治集镇环境。清理镇区卫生死角(城南镇牵头,白马乡、县城管局配合)。',
      '3.加强作风建设。开展廉洁从医教育[责任单位:局机关党委、驻局纪检监察组]',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['县卫健局'], ['县爱卫会各成员单位']],
      [['城南镇'], ['白马乡', '县城管局']],
      [['局机关党委'], ['驻局纪检监察组']],
    ]);
  });
});

describe('a 各-prefixed list of administrative levels with one government noun', () => {
  it('stays one unit', () => {
    expect(splitUnitList('各市、县(区)人民政府', dir)).toEqual(['各市、县(区)人民政府']);
    expect(splitUnitList('省卫生健康委、各市、县人民政府', dir)).toEqual(['省卫生健康委', '各市、县人民政府']);
    expect(splitUnitList('各州、市、县人民政府,省直有关部门', dir)).toEqual(['各州、市、县人民政府', '省直有关部门']);
    expect(splitUnitList('各设区市、县(市、区)人民政府', dir)).toEqual(['各设区市、县(市、区)人民政府']);
  });

  it('still splits ordinary lists', () => {
    expect(splitUnitList('各区人民政府、市卫健委', dir)).toEqual(['各区人民政府', '市卫健委']);
    expect(splitUnitList('市教育局、县人民政府', dir)).toEqual(['市教育局', '县人民政府']);
  });
});

describe('the enterprises of a trade named as one party', () => {
  it('are a unit in a 配合单位 list, beside a named office', async () => {
    const plan = await parsePlan({
      text: [
        '某街道2026年环境卫生工作要点',
        '1.开展老旧小区环境整治,每季度集中清理一次楼道杂物。',
        '  责任单位:街道城管办  配合单位:各社区居委会、燃气企业',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([[['街道城管办'], ['各社区居委会', '燃气企业']]]);
  });

  it('are not any phrase ending in 企业', () => {
    expect(isUnitName('物业企业', dir)).toBe(true);
    expect(isUnitName('帮扶企业', dir)).toBe(false);
    expect(isUnitName('培育企业', dir)).toBe(false);
  });
});
