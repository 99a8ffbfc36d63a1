import { describe, expect, it } from 'vitest';
import { extractIndicators } from '@duban/core';

const ctx = { planYear: 2026, annual: true, line: 1 };
const dues = (text: string) => extractIndicators(text, 0, ctx).map((i) => [`${i.target}${i.unit}`, i.due]);

describe('extractIndicators: which deadline a target takes within its sentence', () => {
  it('takes a later 完工 deadline that closes the work', () => {
    expect(dues('新建乡村公路桥梁12座,9月底前完工。')).toEqual([['12座', '2026-09-30']]);
  });

  it('keeps 全年 for a yearly target when a month deadline closes the next clause', () => {
    expect(dues('全年新建公共充电桩800个,3月底前完成选址方案报批。')).toEqual([['800个', '2026-12-31']]);
  });

  it('takes a later deadline whose verb puts the work in service (投入使用, 上线, 运行)', () => {
    expect(dues('新建社区食堂6个,新增餐位900个,8月15日前投入使用。')).toEqual([
      ['6个', '2026-08-15'],
      ['900个', '2026-08-15'],
    ]);
    expect(dues('新增掌上办事项目20项,10月底前上线。')).toEqual([['20项', '2026-10-31']]);
  });

  it('takes a later deadline by which the work is done in full (到位, 完毕)', () => {
    expect(dues('困难群众救助标准每人每月提高30元,7月底前发放到位。')).toEqual([['30元', '2026-07-31']]);
    expect(dues('困难群众救助标准每人每月提高30元,7月底前开展到位情况督查。')).toEqual([['30元', '2026-12-31']]);
  });

  it('gives a deadline closing some work to the next clause’s rate of that very work', () => {
    expect(dues('各乡镇要在10月底前完成孕产妇产后访视,访视率不低于95%。')).toEqual([['95%', '2026-10-31']]);
    // A rate of other work keeps the plan year's end.
    expect(dues('各乡镇要在10月底前完成孕产妇产后访视,住院分娩率不低于99%。')).toEqual([['99%', '2026-12-31']]);
  });

  it('keeps a date deadline to the clause whose work it opens', () => {
    expect(dues('6月底前实现村级卫生室医保结算全覆盖,门诊报销比例不低于55%。')).toEqual([['55%', '2026-12-31']]);
    expect(dues('6月底前,门诊报销比例不低于55%。')).toEqual([['55%', '2026-06-30']]);
    expect(dues('到2027年实现全覆盖,门诊报销比例不低于55%。')).toEqual([['55%', '2027-12-31']]);
  });
});

describe('parsePlan: a plan dividing the work of 《政府工作报告》', () => {
  it('is annual even when its title names no year, so its targets fall due at the year end', async () => {
    const { parsePlan } = await import('../../src/index.js');
    const plan = await parsePlan({
      text: [
        '某县人民政府关于落实《政府工作报告》重点任务分工的通知',
        '各乡镇人民政府,县政府各部门:',
        '现将2025年重点任务分工通知如下。',
        '1.新建农村公路50公里。(县交通运输局)',
        '2.城镇新增就业3000人。(县人力资源社会保障局)',
        '某县人民政府',
        '2025年2月10日',
      ].join('\n'),
    });
    expect(plan.meta.annual).toBe(true);
    expect(plan.indicators.map((i) => [i.target, i.due])).toEqual([
      [50, '2025-12-31'],
      [3000, '2025-12-31'],
    ]);
  });
});

describe('extractIndicators: deadlines that name a month or describe the thing counted', () => {
  const plain = { planYear: 2026, annual: false, line: 1 };
  const due = (text: string) => extractIndicators(text, 0, plain).map((i) => [`${i.target}${i.unit}`, i.due]);

  it('dates the targets of a 到YYYY年M月底 sentence at that month end', () => {
    expect(due('到2026年9月底,全镇居民健康素养水平达到30%,规范管理率达到65%以上。')).toEqual([
      ['30%', '2026-09-30'],
      ['65%', '2026-09-30'],
    ]);
  });

  it('does not read a year-own 年底前 describing what is counted as the plan year end', () => {
    expect(due('到2027年,完成2005年底前建成的老旧小区改造,新增口袋公园12个。')).toEqual([['12个', '2027-12-31']]);
  });
});

describe('extractIndicators: a deadline closing the item after its attribution', () => {
  const annual = { planYear: 2026, annual: true, line: 1 };
  const due = (text: string) => extractIndicators(text, 0, annual).map((i) => [`${i.target}${i.unit}`, i.due]);

  it('governs the targets of the item, on its own line or after the unit names', () => {
    expect(due('建成社区健身驿站8个,培训指导员40名。(牵头单位:县体育局 责任单位:各乡镇)\n2026年8月底前')).toEqual([
      ['8个', '2026-08-31'],
      ['40名', '2026-08-31'],
    ]);
    expect(due('办理时间压缩至3个工作日以内。\n责任单位:县政务服务中心(牵头)、县税务局2026年5月底前')).toEqual([
      ['3个工作日', '2026-05-31'],
    ]);
  });

  it('is not read into a deadline phrase of the duty itself', () => {
    expect(due('建成社区健身驿站8个,10月底前完成验收。(牵头单位:县体育局)')).toEqual([['8个', '2026-10-31']]);
  });
});
