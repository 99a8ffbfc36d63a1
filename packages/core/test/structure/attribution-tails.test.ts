import { describe, expect, it } from 'vitest';
import { extractIndicators } from '@duban/core';
import { parsePlan } from '../../src/index.js';

const roles = (plan: Awaited<ReturnType<typeof parsePlan>>) =>
  plan.tasks.map((t) => [t.number, t.lead, t.participants, t.separateLeads, t.due, t.kind]);

describe('attribution tails in verb form closing on a deadline label', () => {
  it('reads X牵头,Y配合;完成时限:… and X、Y按职责分工负责;完成时限:…', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年优化营商环境重点任务',
        '清单所列事项未注明完成时限的,于2025年12月底前完成。',
        '一、重点任务',
        '1.推行工业用地弹性出让。(县自然资源局牵头,县住建局、各园区管委会配合;完成时限:10月底前)',
        '2.清理规范涉企收费。(县市场监管局、县发展改革局按职责分工负责;完成时限:8月底前)',
        '3.开展政务服务好差评。(牵头单位:县政务服务中心)',
        '二、保障措施',
        '(一)强化考核问效。将清单落实情况纳入年度考核。',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', ['县自然资源局'], ['县住建局', '各园区管委会'], false, ['2025-10-31'], 'task'],
      ['2', ['县市场监管局', '县发展改革局'], [], true, ['2025-08-31'], 'task'],
      ['3', ['县政务服务中心'], [], false, ['2025-12-31'], 'task'],
      // The default note speaks for the listed duties, not for how the plan is carried out.
      ['(一)', [], [], false, [], 'safeguard'],
    ]);
  });

  it('reads X、Y按职责分工负责,Z落实 with separate leads, in prose and in a table cell', async () => {
    const prose = await parsePlan({
      text: ['某省整改方案', '1.开展饮用水源地排查整治。(省生态环境厅、省水利厅按职责分工负责,各市县政府落实)'].join('\n'),
    });
    expect(roles(prose)[0]?.slice(1, 4)).toEqual([['省生态环境厅', '省水利厅'], ['各市县政府'], true]);
    const table = await parsePlan({
      text: [
        '某省整改清单',
        '| 序号 | 整改措施 | 责任单位 | 整改时限 |',
        '| 1 | 开展饮用水源地排查整治 | 省生态环境厅、省水利厅按职责分工负责,各市县政府落实 | 2025年10月底前 |',
      ].join('\n'),
    });
    expect(roles(table)[0]?.slice(1, 4)).toEqual([['省生态环境厅', '省水利厅'], ['各市县政府'], true]);
  });
});

describe('comparators of a reduction', () => {
  const ctx = { planYear: 2025, annual: true, line: 1 };
  const read = (text: string) => extractIndicators(text, 0, ctx).map((i) => [i.target, i.unit, i.comparator]);
  it('reads 缩短10% as a change amount and 压减20%以上 as a floor', () => {
    expect(read('民事案件平均审理周期缩短10%。')).toEqual([[10, '%', 'decrease_by']]);
    expect(read('证明材料压减20%以上。')).toEqual([[20, '%', '>=']]);
    expect(read('能耗较上年下降3%以上。')).toEqual([[3, '%', 'decrease_by']]);
  });
});
