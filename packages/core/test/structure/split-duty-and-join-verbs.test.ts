import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { splitUnitList } from '../../src/extract/units/unit-name.js';

const roles = (plan: Awaited<ReturnType<typeof parsePlan>>) => plan.tasks.map((t) => [t.number, t.lead, t.participants, t.separateLeads]);

describe('"(X、Y分工负责)" without 按职责', () => {
  it('makes every unit a lead for its own part', async () => {
    const plan = await parsePlan({
      text: [
        '某省2025年全民健康素养提升工作要点',
        '一、重点工作',
        '(一)编制全省健身步道建设指引。(省体育局、省住房城乡建设厅分工负责)',
        '(二)开展校园饮水安全抽查。(省市场监管局牵头,省教育厅配合)',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['(一)', ['省体育局', '省住房城乡建设厅'], [], true],
      ['(二)', ['省市场监管局'], ['省教育厅'], false],
    ]);
  });
});

describe('a join verb inside a unit cell', () => {
  it('splits 会同, and 会 written short after a section or bureau', () => {
    expect(splitUnitList('规划处会同财务处')).toEqual(['规划处', '财务处']);
    expect(splitUnitList('综合处会办公室')).toEqual(['综合处', '办公室']);
  });

  it('keeps a 会 that ends a name', () => {
    expect(splitUnitList('区科协会员服务部')).toEqual(['区科协会员服务部']);
    expect(splitUnitList('县总工会、县妇联')).toEqual(['县总工会', '县妇联']);
    expect(splitUnitList('市卫生健康委员会')).toEqual(['市卫生健康委员会']);
  });
});
