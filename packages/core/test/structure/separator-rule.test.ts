import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const table = [
  '某市2026年学校卫生工作要点任务分工',
  '序号\t工作任务\t牵头单位\t协办单位\t完成时间',
  '1\t落实儿童青少年近视防控措施,近视率下降1个百分点\t市教育局;市卫生健康委\t各县区教体局\t2026年12月',
  '2\t开展健康学校建设,新增省级健康学校8所\t市教育局、市卫生健康委\t\t2026年12月',
];

describe('a legend saying leads split by a semicolon answer each for their part', () => {
  it('makes the leads of a ;-split lead cell separate leads', async () => {
    const plan = await parsePlan({
      text: ['二、压实工作责任。表中多个牵头单位以分号隔开的,按职责分工各负其责。', ...table].join('\n'),
    });
    expect(plan.tasks.filter((t) => /^\d/.test(t.number ?? '')).map((t) => [t.lead, t.participants, t.separateLeads])).toEqual([
      [['市教育局', '市卫生健康委'], ['各县区教体局'], true],
      [['市教育局', '市卫生健康委'], [], false],
    ]);
  });

  it('leaves ;-split leads joint without the legend', async () => {
    const plan = await parsePlan({ text: table.join('\n') });
    expect(plan.tasks.map((t) => t.separateLeads)).toEqual([false, false]);
  });
});
