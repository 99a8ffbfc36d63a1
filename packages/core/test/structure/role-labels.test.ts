import { describe, expect, it } from 'vitest';
import { isPersonLabel } from '../../src/extract/structure/role-labels.js';
import { headerRole } from '../../src/extract/structure/table-columns.js';

describe('person labels', () => {
  it('reads labels that end in 领导 after a role morpheme, with or without a level', () => {
    for (const l of ['责任领导', '市政府分线领导', '包保领导', '牵头县领导', '县级包抓领导', '联系人', '项目责任人'])
      expect(isPersonLabel(l)).toBe(true);
  });
  it('leaves unit labels and headings alone', () => {
    for (const l of ['牵头单位', '责任单位', '领导小组', '组织领导', '主要责任单位']) expect(isPersonLabel(l)).toBe(false);
  });
  it('makes a people column a person column in a table header', () => {
    expect(headerRole('区政府分线领导')).toBe('person');
    expect(headerRole('其他责任单位')).toBe('part');
    expect(headerRole('2023年现状')).toBe('indicator');
  });
});

describe('unit labels read by their role morphemes', () => {
  it('reads supervising and guiding labels as participants, in a header and in a labelled line', async () => {
    expect(['监管部门', '督办单位', '指导科室'].map(headerRole)).toEqual(['part', 'part', 'part']);
    expect(headerRole('主体责任部门')).toBe('lead');
    const { parsePlan } = await import('../../src/index.js');
    const plan = await parsePlan({
      text: [
        '某县2025年防汛重点任务清单',
        '一、河道防汛',
        '1.清理行洪障碍物30处。',
        '  主体责任单位:县水利局  监管部门:县应急局、县自然资源局  完成时限:2025年5月',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants, t.due])).toEqual([[['县水利局'], ['县应急局', '县自然资源局'], ['2025-05-31']]]);
  });

  it('reads ministry labels closed by 司局 and the 会办 participant label', async () => {
    expect(['责任司局', '协办司局', '会办单位'].map(headerRole)).toEqual(['resp', 'part', 'part']);
    const { parsePlan } = await import('../../src/index.js');
    const plan = await parsePlan({
      text: [
        '某部2025年工作要点',
        '1.修订管理办法。完成办法修订并印发。(责任司局:法规司;协办司局:规划司、某部信息中心;时间要求:2025年9月底前)',
        '2.答复重点提案。主办单位:区交通委    会办单位:区建管委、某镇人民政府',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['法规司'], ['规划司', '某部信息中心']],
      [['区交通委'], ['区建管委', '某镇人民政府']],
    ]);
  });
});
