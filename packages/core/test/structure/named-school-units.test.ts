import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { isUnitName } from '../../src/extract/units/unit-name.js';

describe('a school named by its own name is a unit', () => {
  it('reads 某某小学 / 某某中学 as unit names, never a kind of school', () => {
    expect(isUnitName('东河小学')).toBe(true);
    expect(isUnitName('西林实验中学')).toBe(true);
    expect(isUnitName('农村小学')).toBe(false);
    expect(isUnitName('中小学')).toBe(false);
    expect(isUnitName('公办幼儿园')).toBe(false);
    expect(isUnitName('新建小学')).toBe(false);
  });

  it('keeps a 配合部门 list that names a school', async () => {
    const plan = await parsePlan({
      text: [
        '东河镇2026年健康镇建设工作安排',
        '1.创建健康场所。指导东河小学创建健康促进学校。',
        '牵头领导:王五  责任部门:镇爱卫办  配合部门:东河小学、西林村村委会  完成时限:6月底前',
        '2.开展健康讲座。全年开展讲座10场。',
        '牵头领导:王五  责任部门:镇卫生院  配合部门:镇文化站、东河中学  完成时限:11月底前',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => t.participants)).toEqual([
      ['东河小学', '西林村村委会'],
      ['镇文化站', '东河中学'],
    ]);
  });
});
