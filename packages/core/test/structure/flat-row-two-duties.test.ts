import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { isUnitName } from '../../src/extract/units/unit-name.js';

describe('a flattened table row that holds two duties, each with its own deadline', () => {
  it('gives each duty a task under the row units, and reads on past the row', async () => {
    const plan = await parsePlan({
      text: [
        '某县2023年民生实事任务分解表',
        '',
        '序号',
        '',
        '民生实事',
        '',
        '责任单位',
        '',
        '完成时限',
        '',
        '1',
        '',
        '新建县第二幼儿园综合楼。',
        '',
        '县教育局',
        '',
        '9月底前',
        '',
        '2',
        '',
        '开工建设县残疾人康复中心。',
        '',
        '县残联',
        '',
        '6月底前动工',
        '',
        '改造提升村级互助幸福院6所。',
        '',
        '10月底前',
        '',
        '3',
        '',
        '新增公共停车泊位300个。',
        '',
        '县住建局',
        '',
        '县公安局交警大队',
        '',
        '12月底前',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.text.slice(0, 7), t.lead, t.participants, t.due])).toEqual([
      ['新建县第二幼儿', ['县教育局'], [], ['2023-09-30']],
      ['开工建设县残疾', ['县残联'], [], ['2023-06-30']],
      ['改造提升村级互', ['县残联'], [], ['2023-10-31']],
      ['新增公共停车泊', ['县住建局'], ['县公安局交警大队'], ['2023-12-31']],
    ]);
  });

  it('reads a second duty written without a full stop when the next row number follows its deadline', async () => {
    const cells = (...c: string[]) => c;
    const plan = await parsePlan({
      text: [
        '某县2024年重点工作任务分解表',
        ...cells('序号', '工作任务', '责任领导', '责任单位', '完成时限'),
        ...cells('1', '新建城东污水处理厂', '王某', '县住建局、县水利局', '2024年8月'),
        ...cells('2', '动工建设县儿童福利院', '李某', '县民政局', '2024年4月底前动工', '建成城南社区日间照料中心', '2024年11月底前'),
        ...cells('3', '改造农村危房200户', '李某', '县住建局', '2024年10月'),
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.lead, t.participants, t.due])).toEqual([
      ['新建城东污水', ['县住建局'], ['县水利局'], ['2024-08-31']],
      ['动工建设县儿', ['县民政局'], [], ['2024-04-30']],
      ['建成城南社区', ['县民政局'], [], ['2024-11-30']],
      ['改造农村危房', ['县住建局'], [], ['2024-10-31']],
    ]);
  });

  it('does not take a duty that starts a build as a unit name', () => {
    expect(isUnitName('开工建设县老年养护中心')).toBe(false);
    expect(isUnitName('动工建设县急救中心')).toBe(false);
  });
});

describe('a bracket that says where an office sits', () => {
  it('names no owner ("办公室(设在区卫生健康局)")', async () => {
    const plan = await parsePlan({
      text: [
        '某区创建工作方案',
        '一、工作要求',
        '(一)压实工作责任。各牵头单位要制定具体实施方案,于4月15日前报区创建办公室(设在区卫生健康局)。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([[[], []]]);
  });
});
